using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Pipeline.Cli;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Cli;

/// <summary>Issue 16 item 2: diagnostic codes in the text log, the JSON log (the report's document shape), inspect, and
/// <c>--strict=CODES</c>.</summary>
public sealed class DiagnosticCodeCliTests
{
    // PL018: a '[' that is never closed (warning). PL002: control characters removed (warning).
    private const string Unclosed = "A title\n\nANNA LEE: Hello.\n\n[A note that is never closed\n\nBEN OKAFOR: Hi.\n";
    private const string Controls = "A title\n\nANNA LEE: Hello\u0007 there.\n\nBEN OKAFOR: Hi.\n";

    private readonly string folder = RepoPaths.NewTempFolder();

    private string Inputs()
    {
        var input = Path.Combine(folder, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "unclosed.txt"), Unclosed);
        File.WriteAllText(Path.Combine(input, "controls.txt"), Controls);
        return input;
    }

    [Fact]
    public async Task The_text_log_names_the_code_before_the_file_and_line()
    {
        var (code, _, stderr) = await CliRunner.Run("convert", Inputs(), "--out", Path.Combine(folder, "out"), "--to", "md");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Matches(@"(?m)^warning PL018: \S*unclosed\.txt:5: ", stderr);
        Assert.Matches(@"(?m)^warning PL002: \S*controls\.txt:3: ", stderr);
    }

    [Theory]
    [InlineData("--strict=PL018", "unclosed.txt")]
    [InlineData("--strict=pl002", "controls.txt")]
    [InlineData("--strict=PL002,PL018", "both")]
    [InlineData("--strict", "both")]
    [InlineData("--strict=PL013", "both")] // an info code may be listed too: the language was guessed for both
    [InlineData("--strict=PL144", "neither")] // roll-up captions: not in these documents
    public async Task Strict_with_codes_fails_only_the_documents_with_those_codes(string strict, string fails)
    {
        var report = Path.Combine(folder, "report.json");
        var (code, stdout, stderr) = await CliRunner.Run("convert", Inputs(), "--out", Path.Combine(folder, "out"), "--to", "md", strict, "--report", report);

        var statuses = JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => Path.GetFileName(d.GetProperty("input").GetString()!), d => d.GetProperty("status").GetString());
        Assert.Equal(fails is "unclosed.txt" or "both" ? "failed" : "converted", statuses["unclosed.txt"]);
        Assert.Equal(fails is "controls.txt" or "both" ? "failed" : "converted", statuses["controls.txt"]);
        Assert.True(code == (fails == "neither" ? ExitCodes.Success : ExitCodes.SomeFailed), $"exit {code}\n{stdout}\n{stderr}");
        if (fails == "unclosed.txt")
            Assert.Contains("--strict: PL018 ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bare_strict_before_an_input_still_takes_the_input()
    {
        var (code, _, stderr) = await CliRunner.Run("convert", "--strict", Inputs(), "--out", Path.Combine(folder, "out"), "--to", "md");

        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Contains("--strict: PL018", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--strict=PLO18", "unknown diagnostic code 'PLO18' (did you mean 'PL018'?)")]
    [InlineData("--strict=PL999", "unknown diagnostic code 'PL999'")]
    [InlineData("--strict=PL018,PL01", "unknown diagnostic code 'PL01'")]
    public async Task An_unknown_code_is_a_usage_error_that_names_it(string strict, string expected)
    {
        var (code, stdout, stderr) = await CliRunner.Run("convert", Inputs(), "--out", Path.Combine(folder, "out"), "--to", "md", strict);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("converted", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strict_codes_can_come_from_the_environment_and_a_bad_one_names_the_variable()
    {
        var out1 = Path.Combine(folder, "out1");
        var (code, _, stderr) = await CliRunner.Run(new Dictionary<string, string> { ["PIPELINE_STRICT"] = "PL002" }, "convert", Inputs(), "--out", out1, "--to", "md");
        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Contains("--strict: PL002", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(out1, "unclosed.md")));

        (code, _, stderr) = await CliRunner.Run(new Dictionary<string, string> { ["PIPELINE_STRICT"] = "PL2" }, "convert", Inputs(), "--out", Path.Combine(folder, "out2"), "--to", "md");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("PIPELINE_STRICT=PL2: unknown diagnostic code 'PL2'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_log_document_lines_have_the_report_document_shape_with_codes()
    {
        var documentSchema = DocumentSchema();
        var (code, stdout, _) = await CliRunner.Run("convert", Inputs(), "--out", Path.Combine(folder, "out"), "--to", "md", "--log-format", "json", "--verbose");

        Assert.Equal(ExitCodes.Success, code);
        var documents = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject())
            .Where(l => l["event"]!.GetValue<string>() == "document").ToList();
        Assert.Equal(2, documents.Count);
        foreach (var line in documents)
        {
            foreach (var envelope in new[] { "time", "level", "event" })
                Assert.True(line.Remove(envelope), envelope);
            // What is left is a report's document entry: valid against the schema's $defs/document.
            var entry = JsonDocument.Parse(line.ToJsonString()).RootElement;
            Assert.True(documentSchema.Evaluate(entry).IsValid, line.ToJsonString());
        }

        var unclosed = documents.Single(d => d["input"]!.GetValue<string>().EndsWith("unclosed.txt", StringComparison.Ordinal));
        var warning = unclosed["diagnostics"]!.AsArray().Single(d => d!["severity"]!.GetValue<string>() == "warning")!;
        Assert.Equal("PL018", warning["code"]!.GetValue<string>());
        Assert.Equal(5, warning["line"]!.GetValue<int>());
        // --verbose: the notes are there too, each with its code.
        Assert.Contains(unclosed["diagnostics"]!.AsArray(), d => d!["severity"]!.GetValue<string>() == "info" && d["code"]!.GetValue<string>() == "PL010");
    }

    [Fact]
    public async Task Inspect_prints_the_code_in_the_dump_and_in_json()
    {
        var file = Path.Combine(Inputs(), "unclosed.txt");

        var (code, text, _) = await CliRunner.Run("inspect", file);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("  warning PL018 5: ", text, StringComparison.Ordinal);

        (code, var json, _) = await CliRunner.Run("inspect", file, "--json");
        Assert.Equal(ExitCodes.Success, code);
        var diagnostics = JsonDocument.Parse(json).RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Contains(diagnostics, d => d.GetProperty("code").GetString() == "PL018" && d.GetProperty("line").GetInt32() == 5);
        Assert.All(diagnostics, d => Assert.Matches("^PL[0-9]{3}$", d.GetProperty("code").GetString()));
    }

    /// <summary>The report schema's <c>$defs/document</c> as a schema of its own.</summary>
    private static JsonSchema DocumentSchema()
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "report.schema.json")))!.AsObject();
        var document = new JsonObject
        {
            ["$schema"] = root["$schema"]!.DeepClone(),
            ["$id"] = "https://pipeline.invalid/report-document.schema.json",
            ["$defs"] = root["$defs"]!.DeepClone(),
            ["$ref"] = "#/$defs/document",
        };
        return JsonSchema.FromText(document.ToJsonString());
    }
}
