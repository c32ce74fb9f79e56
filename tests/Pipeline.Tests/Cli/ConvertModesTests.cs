using System.Text.Json;
using Pipeline.Cli;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Cli;

public sealed class ConvertModesTests
{
    private readonly string folder = RepoPaths.NewTempFolder();

    private string Output => Path.Combine(folder, "out");

    private const string Warned = "A title\n\nANNA LEE: Hello.\n\n[A note that is never closed\n\nBEN OKAFOR: Hi.\n";

    [Fact]
    public async Task The_report_lists_every_document_with_status_outputs_diagnostics_and_totals()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 2);
        File.WriteAllBytes(Path.Combine(input, "broken.txt"), [0, 1, 2, 3, 0, 0, 0, 5, 6, 0, 0, 0]);
        var report = Path.Combine(folder, "reports", "run.json");
        await CliRunner.Run("convert", input, "--out", Output, "--to", "md", "--report", report);
        var (code, _, _) = await CliRunner.Run("convert", input, "--out", Output, "--to", "md", "--report", report);

        Assert.Equal(ExitCodes.SomeFailed, code);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("reportVersion").GetInt32());
        var documents = root.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(3, documents.Count);
        var skipped = documents.First(d => d.GetProperty("status").GetString() == "skipped");
        Assert.Equal("text", skipped.GetProperty("reader").GetString());
        Assert.Single(skipped.GetProperty("outputs").EnumerateArray());
        var failed = documents.Single(d => d.GetProperty("status").GetString() == "failed");
        Assert.Contains("broken.txt", failed.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.True(documents[0].GetProperty("durationMs").GetDouble() >= 0);
        var totals = root.GetProperty("totals");
        Assert.Equal((2, 1, 0), (totals.GetProperty("skipped").GetInt32(), totals.GetProperty("failed").GetInt32(), totals.GetProperty("converted").GetInt32()));
        Assert.Equal(1, root.GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public async Task Diagnostics_in_the_report_carry_severity_line_and_message_and_strict_fails_on_them()
    {
        var input = Path.Combine(folder, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "warned.txt"), Warned);
        var report = Path.Combine(folder, "run.json");
        var (lenient, _, _) = await CliRunner.Run("convert", input, "--out", Output, "--to", "md", "--report", report);
        var (strict, _, stderr) = await CliRunner.Run("convert", input, "--out", Output, "--to", "md", "--strict", "--report", report);

        Assert.Equal(ExitCodes.Success, lenient);
        Assert.Equal(ExitCodes.SomeFailed, strict);
        Assert.Contains("--strict", stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var document = json.RootElement.GetProperty("documents")[0];
        Assert.Equal("failed", document.GetProperty("status").GetString());
        var diagnostic = document.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("severity").GetString() == "warning");
        Assert.Equal(JsonValueKind.Number, diagnostic.GetProperty("line").ValueKind);
        Assert.False(string.IsNullOrEmpty(diagnostic.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Under_GitHub_Actions_failures_and_warnings_are_also_workflow_annotations()
    {
        var input = Path.Combine(folder, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "warned.txt"), Warned);
        File.WriteAllBytes(Path.Combine(input, "broken.txt"), [0, 1, 2, 3, 0, 0, 0, 5, 6, 0, 0, 0]);
        var environment = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" };

        var (code, stdout, _) = await CliRunner.Run(environment, "convert", input, "--out", Output, "--to", "md");

        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Matches(@"(?m)^::error file=[^,:]*broken\.txt::", stdout);
        Assert.Matches(@"(?m)^::warning file=[^,:]*warned\.txt,line=\d+(,col=\d+)?,title=PL\d{3}::\S", stdout);
        Assert.DoesNotContain("\u001b[", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_logs_are_one_object_per_line_ending_with_a_summary()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 3);
        var (code, stdout, stderr) = await CliRunner.Run("convert", input, "--out", Output, "--to", "md", "--log-format", "json");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count(l => l.GetProperty("event").GetString() == "document"));
        var summary = lines[^1];
        Assert.Equal("summary", summary.GetProperty("event").GetString());
        Assert.StartsWith("3 converted, 0 failed", summary.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_folder_that_cannot_be_created_stops_the_run_before_any_document_or_report()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 40);
        var blocker = Path.Combine(folder, "a-file");
        File.WriteAllText(blocker, "not a folder");
        var report = Path.Combine(folder, "run.json");

        var (code, stdout, stderr) = await CliRunner.Run("convert", input, "--out", Path.Combine(blocker, "out"), "--to", "md", "--jobs", "2", "--report", report);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"output folder {Path.Combine(blocker, "out")} cannot be created", line, StringComparison.Ordinal);
        Assert.False(File.Exists(report));
    }

    [Fact]
    public async Task Shards_from_the_flag_or_the_Kubernetes_variables_together_convert_everything_once()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 30);
        var converted = new List<string>();
        for (var index = 0; index < 3; index++)
        {
            var environment = index == 2 ? new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = "2", ["PIPELINE_SHARD_COUNT"] = "3" } : null;
            string[] shard = index == 2 ? [] : ["--shard", $"{index}/3"];
            var (code, stdout, _) = await CliRunner.Run(environment, ["convert", input, "--out", Output, "--to", "md", .. shard]);
            Assert.Equal(ExitCodes.Success, code);
            converted.AddRange(stdout.Split('\n').Where(l => l.StartsWith("ok: ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]));
        }

        Assert.Equal(30, converted.Count);
        Assert.Equal(30, converted.Distinct().Count());
        Assert.Equal(30, Directory.EnumerateFiles(Output, "*.md", SearchOption.AllDirectories).Count());
        Assert.Equal(3, Directory.EnumerateFiles(Path.Combine(Output, ".pipeline"), "manifest.shard-*.json").Count());
    }

    [Fact]
    public async Task Vanished_inputs_are_listed_then_pruned()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 2);
        await CliRunner.Run("convert", input, "--out", Output, "--to", "md");
        File.Delete(Path.Combine(input, "doc-001.txt"));

        var (_, listed, _) = await CliRunner.Run("convert", input, "--out", Output, "--to", "md");
        Assert.Contains("input gone: doc-001.txt", listed, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Output, "doc-001.md")));

        var (_, pruned, _) = await CliRunner.Run("convert", input, "--out", Output, "--to", "md", "--prune");
        Assert.Contains("pruned: doc-001.txt", pruned, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Output, "doc-001.md")));
    }
}
