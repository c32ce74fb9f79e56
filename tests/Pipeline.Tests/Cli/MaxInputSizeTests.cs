using System.Text.Json;
using Pipeline.Cli;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Cli;

/// <summary>Issue 17 item 6: <c>--max-input-size</c> (and <c>PIPELINE_MAX_INPUT_SIZE</c>) fails a file above it alone, with
/// an error naming the file, its size and the limit; the rest of the batch converts.</summary>
public sealed class MaxInputSizeTests
{
    private readonly string folder = RepoPaths.NewTempFolder();

    private (string Input, string Big) Inputs()
    {
        var input = Directory.CreateDirectory(Path.Combine(folder, "in")).FullName;
        File.WriteAllText(Path.Combine(input, "small.txt"), BatchFixtures.Transcript);
        var big = Path.Combine(input, "big.txt");
        File.WriteAllText(big, string.Concat(Enumerable.Repeat(BatchFixtures.Transcript + "\n\n", 4096 / BatchFixtures.Transcript.Length + 2)));
        return (input, big);
    }

    [Fact]
    public async Task A_file_above_the_limit_fails_alone_naming_its_size_and_the_limit()
    {
        var (input, big) = Inputs();
        var output = Path.Combine(folder, "out");
        var report = Path.Combine(folder, "report.json");

        var (code, stdout, stderr) = await CliRunner.Run("convert", input, "--out", output, "--to", "md", "--max-input-size", "4KB", "--report", report);

        Assert.Equal(ExitCodes.SomeFailed, code);
        var size = new FileInfo(big).Length;
        Assert.Contains($"big.txt: input too large: {Pipeline.Core.Engine.InputSizeLimit.Format(size)} ({size.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes) is above --max-input-size 4 KB (4,096 bytes); not read",
            stdout + stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "small.md")));
        Assert.False(File.Exists(Path.Combine(output, "big.md")));
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal(4096, json.RootElement.GetProperty("options").GetProperty("maxInputSize").GetInt64());
    }

    [Fact]
    public async Task The_environment_variable_sets_it_and_zero_lifts_it()
    {
        var (input, _) = Inputs();
        var limited = await CliRunner.Run(new Dictionary<string, string> { ["PIPELINE_MAX_INPUT_SIZE"] = "4096" }, "convert", input, "--out", Path.Combine(folder, "a"), "--to", "md");
        var unlimited = await CliRunner.Run(new Dictionary<string, string> { ["PIPELINE_MAX_INPUT_SIZE"] = "4096" }, "convert", input, "--out", Path.Combine(folder, "b"), "--to", "md", "--max-input-size", "0");

        Assert.Equal(ExitCodes.SomeFailed, limited.Code);
        Assert.Contains("input too large", limited.Out + limited.Err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, unlimited.Code);
        Assert.True(File.Exists(Path.Combine(folder, "b", "big.md")));
    }

    [Fact]
    public async Task One_file_to_one_output_is_refused_too()
    {
        var (_, big) = Inputs();

        var (code, stdout, stderr) = await CliRunner.Run("convert", big, "-o", Path.Combine(folder, "big.md"), "--max-input-size", "1KB");

        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Contains("above --max-input-size 1 KB (1,024 bytes)", stdout + stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "big.md")));
    }

    [Fact]
    public async Task A_value_that_is_no_size_is_a_usage_error()
    {
        var (input, _) = Inputs();

        var (code, _, stderr) = await CliRunner.Run("convert", input, "--out", Path.Combine(folder, "out"), "--max-input-size", "lots");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("max input size 'lots'", stderr, StringComparison.Ordinal);
    }
}
