using Pipeline.Cli;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Cli;

public sealed class CliTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await Pipeline.Cli.Cli.RunAsync(args, stdout, stderr, TestContext.Current.CancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string Transcript(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Good = "A title\n\nANNA LEE: Hello.\n\nBEN OKAFOR: Hi.\n";

    [Fact]
    public async Task Formats_lists_readers_and_writers()
    {
        var (code, output, _) = await Run("formats");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("text", output, StringComparison.Ordinal);
        Assert.Contains(".txt", output, StringComparison.Ordinal);
        Assert.Contains("Writers", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_prints_the_dump_and_json()
    {
        var folder = RepoPaths.NewTempFolder();
        var file = Transcript(folder, "a.txt", Good);
        var (code, output, _) = await Run("inspect", file);
        Assert.Equal(0, code);
        Assert.Contains("turn lee labelled", output, StringComparison.Ordinal);
        (code, output, _) = await Run("inspect", file, "--json");
        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("turn", json.RootElement.GetProperty("blocks")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Unknown_format_and_missing_input_are_usage_errors()
    {
        var folder = RepoPaths.NewTempFolder();
        var file = Transcript(folder, "a.txt", Good);
        var (code, _, err) = await Run("convert", file, "--out", Path.Combine(folder, "out"), "--to", "nope");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("nope", err, StringComparison.Ordinal);
        (code, _, err) = await Run("convert", Path.Combine(folder, "missing.txt"), "--out", Path.Combine(folder, "out"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("missing.txt", err, StringComparison.Ordinal);
        (code, _, _) = await Run("convert", file, "--bogus-option");
        Assert.Equal(ExitCodes.Usage, code);
    }

    [Fact]
    public async Task A_bad_document_fails_alone_and_the_batch_goes_on()
    {
        var folder = RepoPaths.NewTempFolder();
        var input = Path.Combine(folder, "in");
        Transcript(input, "good.txt", Good);
        Transcript(input, "sub/also-good.txt", Good);
        File.WriteAllBytes(Path.Combine(input, "broken.txt"), [0, 1, 2, 3, 0, 0, 0, 5, 6, 0, 0, 0]);
        var output = Path.Combine(folder, "out");
        var (code, stdout, stderr) = await Run("convert", input, "--out", output, "--to", "all");
        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Contains("broken.txt", stderr, StringComparison.Ordinal);
        Assert.Contains("2 converted, 1 failed", stdout, StringComparison.Ordinal);
        Assert.True(Directory.EnumerateFiles(Path.Combine(output, "sub")).Any(), "relative folders are kept under --out");
        Assert.DoesNotContain(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories), f => Path.GetFileName(f).StartsWith(".pipeline-tmp-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_inputs_that_would_write_the_same_output_are_an_error_not_an_overwrite()
    {
        var folder = RepoPaths.NewTempFolder();
        var a = Transcript(Path.Combine(folder, "a"), "same.txt", Good);
        var b = Transcript(Path.Combine(folder, "b"), "same.txt", Good);
        var (code, _, stderr) = await Run("convert", a, b, "--out", Path.Combine(folder, "out"));
        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Contains("same output", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Globs_select_files()
    {
        var folder = RepoPaths.NewTempFolder();
        Transcript(folder, "x/one.txt", Good);
        Transcript(folder, "x/deep/two.txt", Good);
        var (code, stdout, _) = await Run("convert", Path.Combine(folder, "x", "**", "*.txt"), "--out", Path.Combine(folder, "out"));
        Assert.Equal(0, code);
        Assert.Contains("2 converted, 0 failed", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_shows_examples()
    {
        var (code, stdout, _) = await Run("convert", "--help");
        Assert.Equal(0, code);
        Assert.Contains("Examples:", stdout, StringComparison.Ordinal);
    }
}
