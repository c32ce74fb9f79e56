using Pipeline.Cli;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Cli;

public sealed class ConvertEnvironmentTests
{
    private readonly string folder = RepoPaths.NewTempFolder();

    [Fact]
    public async Task Every_setting_can_come_from_the_environment()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 3);
        var extra = Path.Combine(folder, "extra.txt");
        File.WriteAllText(extra, BatchFixtures.Transcript);
        var output = Path.Combine(folder, "out");
        var report = Path.Combine(folder, "report.json");
        var environment = new Dictionary<string, string>
        {
            ["PIPELINE_INPUT"] = input + Path.PathSeparator + extra,
            ["PIPELINE_OUTPUT"] = output,
            ["PIPELINE_TO"] = "md",
            ["PIPELINE_JOBS"] = "1",
            ["PIPELINE_TIMEOUT"] = "30",
            ["PIPELINE_STRICT"] = "false",
            ["PIPELINE_FORCE"] = "true",
            ["PIPELINE_PRUNE"] = "0",
            ["PIPELINE_REPORT"] = report,
            ["PIPELINE_LOG_FORMAT"] = "json",
            ["PIPELINE_PAGE_SIZE"] = "Letter",
        };

        var (code, stdout, _) = await CliRunner.Run(environment);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(4, Directory.EnumerateFiles(output, "*.md", SearchOption.AllDirectories).Count());
        Assert.Empty(Directory.EnumerateFiles(output, "*.pdf", SearchOption.AllDirectories));
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(report));
        var options = json.RootElement.GetProperty("options");
        Assert.Equal("Letter", options.GetProperty("pageSize").GetString());
        Assert.Equal(1, options.GetProperty("jobs").GetInt32());
        Assert.Equal(30, options.GetProperty("timeoutSeconds").GetDouble());
        Assert.True(options.GetProperty("force").GetBoolean());
        Assert.All(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1), line => System.Text.Json.JsonDocument.Parse(line).Dispose());
    }

    [Fact]
    public async Task Flags_win_over_environment_variables()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 1);
        var environment = new Dictionary<string, string>
        {
            ["PIPELINE_OUTPUT"] = Path.Combine(folder, "from-env"),
            ["PIPELINE_TO"] = "pdf",
            ["PIPELINE_STRICT"] = "true",
            ["PIPELINE_LOG_FORMAT"] = "json",
        };
        var output = Path.Combine(folder, "from-flag");

        var (code, stdout, _) = await CliRunner.Run(environment, "convert", input, "--out", output, "--to", "tei", "--strict", "false", "--log-format", "text");

        Assert.Equal(ExitCodes.Success, code);
        Assert.True(File.Exists(Path.Combine(output, "doc-000.tei.xml")) || File.Exists(Path.Combine(output, "sub", "doc-000.tei.xml")));
        Assert.False(Directory.Exists(Path.Combine(folder, "from-env")));
        Assert.Contains("1 converted, 0 failed", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PIPELINE_JOBS", "many")]
    [InlineData("PIPELINE_STRICT", "maybe")]
    [InlineData("PIPELINE_TIMEOUT", "-5")]
    [InlineData("PIPELINE_LOG_FORMAT", "xml")]
    [InlineData("PIPELINE_SHARD", "9/3")]
    [InlineData("PIPELINE_PAGE_SIZE", "A0")]
    public async Task A_malformed_variable_is_a_usage_error_that_names_it(string name, string value)
    {
        var input = BatchFixtures.TranscriptFolder(folder, 1);
        var (code, _, stderr) = await CliRunner.Run(new Dictionary<string, string> { [name] = value }, "convert", input, "--out", Path.Combine(folder, "out"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(value, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_without_inputs_or_PIPELINE_INPUT_is_a_usage_error()
    {
        var (code, _, stderr) = await CliRunner.Run("convert");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("PIPELINE_INPUT", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_arguments_with_PIPELINE_INPUT_converts_it()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 2);
        var output = Path.Combine(folder, "out");
        var environment = new Dictionary<string, string> { ["PIPELINE_INPUT"] = input, ["PIPELINE_OUTPUT"] = output, ["PIPELINE_TO"] = "tei" };

        var (code, stdout, _) = await CliRunner.Run(environment);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("2 converted, 0 failed", stdout, StringComparison.Ordinal);
        Assert.Equal(2, Directory.EnumerateFiles(output, "*.tei.xml", SearchOption.AllDirectories).Count());
    }
}
