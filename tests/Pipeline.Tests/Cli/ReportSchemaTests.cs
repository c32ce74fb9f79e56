using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Cli;

/// <summary>Issue #15: the <c>--report</c> JSON the CLI writes is what <c>docs/report.schema.json</c> says, and the schema
/// is strict enough that a renamed, dropped or added field fails.</summary>
public sealed class ReportSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "report.schema.json"))));

    private readonly string folder = RepoPaths.NewTempFolder();

    [Fact]
    public async Task Reports_of_the_samples_a_bad_input_a_rerun_and_an_orphan_match_the_schema()
    {
        var extra = Path.Combine(folder, "extra");
        Directory.CreateDirectory(extra);
        File.WriteAllText(Path.Combine(extra, "no-cues.vtt"), "WEBVTT\n\n00:00:01.000 --> not a time\nhello\n");
        File.WriteAllText(Path.Combine(extra, "sitemap.xml"),
            "<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://example.org/</loc></url></urlset>\n");
        var gone = Path.Combine(extra, "gone.txt");
        File.WriteAllText(gone, "Gone tomorrow\n\nANNA LEE: Here today.\n\nBEN OKAFOR: And gone tomorrow.\n");
        string[] convert = ["convert", RepoPaths.Input, extra, "--out", Path.Combine(folder, "out"), "--to", "md", "--jobs", "2"];

        var first = await RunWithReport(convert, "first.json");
        AssertValid(first);
        var statuses = Statuses(first);
        Assert.Contains("converted", statuses);
        Assert.Contains("failed", statuses);
        Assert.Contains("unsupported", statuses);
        Assert.Contains(first.GetProperty("documents").EnumerateArray(), d => d.GetProperty("diagnostics").EnumerateArray().Any(x => x.GetProperty("line").ValueKind == JsonValueKind.Number));
        // Every diagnostic carries a code (the schema requires it); the samples give several, some with arguments.
        var diagnostics = first.GetProperty("documents").EnumerateArray().SelectMany(d => d.GetProperty("diagnostics").EnumerateArray()).ToList();
        Assert.True(diagnostics.Select(d => d.GetProperty("code").GetString()).Distinct().Count() >= 5, first.GetRawText());
        Assert.Contains(diagnostics, d => d.GetProperty("arguments").EnumerateObject().Any());

        // A second run: the samples are up to date (skipped), and the deleted input leaves an orphan.
        File.Delete(gone);
        var second = await RunWithReport(convert, "second.json");
        AssertValid(second);
        Assert.Contains("skipped", Statuses(second));
        Assert.Equal("gone.txt", second.GetProperty("orphans").EnumerateArray().Single().GetProperty("input").GetString());
    }

    [Fact]
    public async Task A_run_with_every_option_set_writes_a_valid_report()
    {
        var input = Path.Combine(RepoPaths.Input, "allotment-radio.srt");
        var report = await RunWithReport(["convert", input, "--out", Path.Combine(folder, "o"), "--to", "tei,pdf", "--page-size", "letter", "--strict=PL140,PL018", "--timeout", "0", "--shard", "0/1"], "one.json");
        AssertValid(report);
        var options = report.GetProperty("options");
        Assert.True(options.GetProperty("strict").GetBoolean());
        Assert.Equal(["PL018", "PL140"], options.GetProperty("strictCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Letter", options.GetProperty("pageSize").GetString());
        Assert.Equal(JsonValueKind.Null, options.GetProperty("timeoutSeconds").ValueKind);
        Assert.Equal("0/1", options.GetProperty("shard").GetString());
    }

    [Theory]
    [InlineData("documents/0", "relativePath", "relPath")]
    [InlineData("documents/0/diagnostics/0", "severity", "level")]
    [InlineData("documents/0/diagnostics/0", "code", "id")]
    [InlineData("totals", "outputsWritten", "written")]
    [InlineData("options", "pageSize", "page-size")]
    [InlineData("", "exitCode", "exit")]
    public async Task A_renamed_field_fails_the_schema(string parent, string field, string renamed)
    {
        var report = JsonNode.Parse((await RunWithReport(["convert", Path.Combine(RepoPaths.Input, "harbour-interview.txt"), "--out", Path.Combine(folder, "o"), "--to", "md"], "r.json")).GetRawText())!;
        var owner = parent.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(report, (node, step) => int.TryParse(step, out var i) ? node[i]! : node[step]!).AsObject();
        Assert.True(owner.Remove(field, out var value), $"the report has {parent}/{field}");
        owner[renamed] = value;
        Assert.NotEmpty(Errors(JsonDocument.Parse(report.ToJsonString()).RootElement));
    }

    [Theory]
    [InlineData("PL18")]
    [InlineData("W018")]
    [InlineData("")]
    public async Task A_diagnostic_code_not_shaped_PLnnn_fails_the_schema(string code)
    {
        var report = JsonNode.Parse((await RunWithReport(["convert", Path.Combine(RepoPaths.Input, "harbour-interview.txt"), "--out", Path.Combine(folder, "o"), "--to", "md"], "c.json")).GetRawText())!;
        var diagnostic = report["documents"]![0]!["diagnostics"]![0]!.AsObject();
        Assert.Matches("^PL[0-9]{3}$", diagnostic["code"]!.GetValue<string>());
        diagnostic["code"] = code;
        Assert.NotEmpty(Errors(JsonDocument.Parse(report.ToJsonString()).RootElement));
    }

    private async Task<JsonElement> RunWithReport(string[] args, string reportName)
    {
        var path = Path.Combine(folder, reportName);
        var (code, stdout, stderr) = await CliRunner.Run([.. args, "--report", path]);
        Assert.True(code is 0 or 1, $"exit {code}\n{stdout}\n{stderr}");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.Clone();
    }

    private static HashSet<string> Statuses(JsonElement report) =>
        [.. report.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("status").GetString()!)];

    private static void AssertValid(JsonElement report)
    {
        var errors = Errors(report);
        Assert.True(errors.Count == 0, "the report does not match docs/report.schema.json:\n" + string.Join("\n", errors) + "\n" + report.GetRawText());
    }

    private static List<string> Errors(JsonElement instance)
    {
        var result = Schema.Value.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
            return [];
        var errors = (result.Details ?? []).Prepend(result)
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : ["invalid (no detail given)"];
    }
}
