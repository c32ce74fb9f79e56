using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;
using Pipeline.Cli;
using Pipeline.Core.Engine;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Cli;

/// <summary>Issue 11 (data safety), engine and command-line side: the tool never destroys, overwrites or corrupts
/// what the user has.</summary>
public sealed class DataSafetyTests
{
    private const string Transcript = "A harbour conversation\n\nANNA LEE: The boats came in at dawn.\n\nBEN OKAFOR: And the gulls followed them home.\n";
    private readonly string folder = RepoPaths.NewTempFolder();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private string In => Path.Combine(folder, "in");

    private string Out => Path.Combine(folder, "out");

    private string Add(string relative, string content)
    {
        var path = Path.Combine(In, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(File.ReadAllBytes(f)));

    [Fact]
    public async Task The_input_folder_as_output_folder_is_refused_and_the_input_stays_byte_identical()
    {
        Add("sub/podcast.md", "# Podcast\n\n**ANNA LEE:** Hello there.\n");
        Add("a.txt", Transcript);
        var before = Snapshot(In);

        var (code, _, err) = await CliRunner.Run("convert", In, "-o", In, "--to", "md");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(In, err, StringComparison.Ordinal);
        Assert.Contains("output folder", err, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(In));
    }

    [Fact]
    public async Task A_report_inside_the_output_folder_is_written_on_every_run()
    {
        Add("a.txt", Transcript);
        var report = Path.Combine(Out, "report.json");
        for (var run = 0; run < 2; run++)
        {
            var (code, _, err) = await CliRunner.Run("convert", In, "--out", Out, "--to", "md", "--report", report);
            Assert.True(code == ExitCodes.Success, err);
            using var json = JsonDocument.Parse(File.ReadAllText(report));
            Assert.Equal(0, json.RootElement.GetProperty("exitCode").GetInt32());
        }

        Assert.Empty(Directory.EnumerateFiles(Out, AtomicFile.TemporaryPrefix + "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_report_naming_an_input_is_refused_before_anything_is_written()
    {
        var input = Add("a.txt", Transcript);

        var (code, _, err) = await CliRunner.Run("convert", In, "--out", Out, "--report", input);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(input, err, StringComparison.Ordinal);
        Assert.Equal(Transcript, File.ReadAllText(input));
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task An_output_folder_inside_the_input_folder_is_never_read_back()
    {
        Add("a.txt", Transcript);
        var output = Path.Combine(In, "out");
        var first = await CliRunner.Run("convert", In, "--out", output, "--to", "tei");
        var second = await CliRunner.Run("convert", In, "--out", output, "--to", "tei");

        Assert.True(first.Code == ExitCodes.Success, first.Err);
        Assert.True(second.Code == ExitCodes.Success, second.Err);
        Assert.Contains("0 converted", second.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output, "out")));
        Assert.Equal(["a.tei.xml"], Directory.GetFiles(output).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Pruning_after_a_rename_to_another_readers_ending_keeps_the_fresh_outputs()
    {
        var text = Add("a.txt", Transcript);
        Assert.Equal(ExitCodes.Success, (await CliRunner.Run("convert", In, "--out", Out, "--to", "md,tei")).Code);
        File.Delete(text);
        Add("a.html", "<html><body><h1>Renamed page</h1><p><b>ANNA LEE:</b> Mackerel season.</p></body></html>");

        var (code, stdout, err) = await CliRunner.Run("convert", In, "--out", Out, "--to", "md,tei", "--prune");

        Assert.True(code == ExitCodes.Success, err);
        Assert.Contains("Mackerel", File.ReadAllText(Path.Combine(Out, "a.md")), StringComparison.Ordinal);
        XDocument.Load(Path.Combine(Out, "a.tei.xml"));
        Assert.Contains("pruned: a.txt", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_manifest_never_deletes_outside_the_output_folder()
    {
        Add("gone.txt", Transcript);
        Assert.Equal(ExitCodes.Success, (await CliRunner.Run("convert", In, "--out", Out, "--to", "md")).Code);
        File.Delete(Path.Combine(In, "gone.txt"));
        Add("kept.txt", Transcript);
        var victim = Path.Combine(folder, "victim.txt");
        var linked = Path.Combine(folder, "linked");
        Directory.CreateDirectory(linked);
        File.WriteAllText(victim, "precious");
        File.WriteAllText(Path.Combine(linked, "v.md"), "precious");
        Directory.CreateSymbolicLink(Path.Combine(Out, "link"), linked);
        var manifest = Path.Combine(Out, ".pipeline", "manifest.json");
        var hash = new string('0', 64);
        string Output(string path) => $"{{\"path\":{JsonSerializer.Serialize(path)},\"hash\":\"{hash}\",\"length\":1}}";
        File.WriteAllText(manifest, $$"""
            {"version":1,"tool":"x","entries":[
              {"input":"gone.txt","reader":"text","inputHash":"{{hash}}","sidecarHash":null,"options":"x","outputs":[{{Output("gone.md")}}]},
              {"input":"evil.txt","reader":"text","inputHash":"{{hash}}","sidecarHash":null,"options":"x","outputs":[{{Output("../victim.txt")}},{{Output(victim)}},{{Output("link/v.md")}},{{Output(".pipeline/manifest.json")}}]},
              {"input":"evil2.txt","reader":"text","inputHash":"{{hash}}","sidecarHash":null,"options":"x","outputs":[{{Output("link/v.md")}}]}
            ]}
            """);

        var (code, _, err) = await CliRunner.Run("convert", In, "--out", Out, "--to", "md", "--prune");

        Assert.True(code == ExitCodes.Success, err);
        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Equal("precious", File.ReadAllText(Path.Combine(linked, "v.md")));
        Assert.False(File.Exists(Path.Combine(Out, "gone.md")));
        Assert.True(File.Exists(Path.Combine(Out, "kept.md")));
    }

    [Fact]
    public async Task Six_file_names_of_240_bytes_convert()
    {
        for (var i = 0; i < 6; i++)
            Add($"{i}{new string('x', 235)}.txt", Transcript);

        var (code, _, err) = await CliRunner.Run("convert", In, "--out", Out, "--to", "all", "--jobs", "2");

        Assert.True(code == ExitCodes.Success, err);
        Assert.Equal(24, Directory.GetFiles(Out).Length);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"version\":1,\"tool\":null,\"entries\":null}")]
    [InlineData("{\"version\":1,\"tool\":null,\"entries\":[null,{\"input\":null},{\"input\":\"a.txt\",\"reader\":null,\"outputs\":[null]},{\"input\":\"a.txt\",\"reader\":\"text\",\"inputHash\":\"x\",\"options\":\"x\",\"outputs\":null}]}")]
    [InlineData("{\"version\":\"one\",\"entries\":{}}")]
    [InlineData("[1,2,3]")]
    public async Task A_manifest_and_journal_full_of_nulls_cost_a_rebuild_not_a_crash(string manifest)
    {
        Add("a.txt", Transcript);
        Assert.Equal(ExitCodes.Success, (await CliRunner.Run("convert", In, "--out", Out, "--to", "md")).Code);
        File.WriteAllText(Path.Combine(Out, ".pipeline", "manifest.json"), manifest);
        File.WriteAllText(Path.Combine(Out, ".pipeline", "journal.jsonl"), "null\n{\"entry\":null,\"removed\":null}\n{\"entry\":{\"input\":\"a.txt\",\"outputs\":null}}\n{\"entry\":{\"input\":null}}\n[1]\n\"text\"\n");

        var (code, stdout, err) = await CliRunner.Run("convert", In, "--out", Out, "--to", "md");

        Assert.True(code == ExitCodes.Success, err);
        Assert.Contains("1 converted", stdout, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, (await CliRunner.Run("convert", In, "--out", Out, "--to", "md")).Code);
    }

    [Fact]
    public async Task Files_no_reader_takes_are_skipped_by_name_and_do_not_fail_the_batch()
    {
        Add("a.txt", Transcript);
        Add("sitemap.xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://example.org/</loc></url></urlset>");
        Add("data.json", "{\"speaker\": \"ANNA\"}\n");
        Add("turns.csv", "speaker,text\nANNA,hello\n");
        var report = Path.Combine(Out, "report.json");

        var (code, stdout, err) = await CliRunner.Run("convert", In, "--out", Out, "--to", "md", "--report", report);

        Assert.True(code == ExitCodes.Success, err);
        Assert.Contains(stdout.Split('\n'), l => l.StartsWith("skipped (no reader): ", StringComparison.Ordinal) && l.Contains("sitemap.xml", StringComparison.Ordinal));
        Assert.Contains(stdout.Split('\n'), l => l.StartsWith("skipped (no reader): ", StringComparison.Ordinal) && l.Contains("data.json", StringComparison.Ordinal));
        Assert.Contains(stdout.Split('\n'), l => l.StartsWith("ok: ", StringComparison.Ordinal) && l.Contains("turns.csv", StringComparison.Ordinal));
        var summary = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        Assert.Contains("2 skipped (no reader", summary, StringComparison.Ordinal);
        Assert.Contains("sitemap.xml", summary, StringComparison.Ordinal);
        Assert.Contains("data.json", summary, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var unsupported = json.RootElement.GetProperty("documents").EnumerateArray()
            .Where(d => d.GetProperty("status").GetString() == "unsupported").Select(d => d.GetProperty("relativePath").GetString()).Order().ToList();
        Assert.Equal(["data.json", "sitemap.xml"], unsupported);
        Assert.Equal(2, json.RootElement.GetProperty("totals").GetProperty("unsupported").GetInt32());
    }

    [Fact]
    public async Task A_folder_whose_name_is_not_UTF8_is_reported_not_passed_over()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file names are bytes");
        Add("a.txt", Transcript);
        using (var shell = Process.Start("/bin/sh", ["-c", "mkdir \"$1/bad$(printf '\\377')\" && printf 'ANNA: hi\\n' > \"$1/bad$(printf '\\377')/x.txt\"", "sh", In])!)
            await shell.WaitForExitAsync(Cancellation);

        var (code, stdout, err) = await CliRunner.Run("convert", In, "--out", Out, "--to", "md");

        Assert.True(code == ExitCodes.Success, err);
        Assert.Contains(stdout.Split('\n'), l => l.StartsWith("skipped (unreadable): ", StringComparison.Ordinal) && l.Contains("not valid UTF-8", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(Out, "a.md")));
    }

    [Theory]
    [InlineData("--out", "")]
    [InlineData("--report", "")]
    public async Task An_empty_path_is_a_usage_error(string option, string value)
    {
        Add("a.txt", Transcript);
        string[] args = option == "--out" ? ["convert", In, "--out", value] : ["convert", In, "--out", Out, option, value];
        var (code, _, err) = await CliRunner.Run(args);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(option, err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99999999999999999")]
    [InlineData("-5")]
    [InlineData("soon")]
    public async Task A_SOURCE_DATE_EPOCH_out_of_range_is_a_usage_error_naming_it(string value)
    {
        Add("a.txt", Transcript);
        var (code, _, err) = await CliRunner.Run(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = value }, "convert", In, "--out", Out, "--to", "md");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("SOURCE_DATE_EPOCH", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_newline_in_a_file_name_cannot_start_a_workflow_command()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows file names cannot hold a newline");
        Add("ok\n::error title=injected::converted.txt", Transcript);
        Add("bad\n::error title=injected::failed.txt", "");

        var (code, stdout, err) = await CliRunner.Run(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "convert", In, "--out", Out, "--to", "md");

        Assert.Equal(ExitCodes.SomeFailed, code);
        var lines = (stdout + err).Split('\n');
        Assert.DoesNotContain(lines, l => l.StartsWith("::error title=injected", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("ok: ", StringComparison.Ordinal) && l.Contains("ok\\n::error title=injected", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("::error file=", StringComparison.Ordinal) && l.Contains("bad%0A", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Inputs_in_different_shards_that_would_write_one_file_are_caught()
    {
        var stem = Enumerable.Range(0, 1000).Select(k => $"a{k}").First(s => new Shard(0, 2).Contains(s + ".txt") != new Shard(0, 2).Contains(s + ".html"));
        Add(stem + ".txt", Transcript);
        Add(stem + ".html", "<html><body><p><b>ANNA LEE:</b> Hello.</p></body></html>");

        var shard0 = await CliRunner.Run("convert", In, "--out", Out, "--to", "md", "--shard", "0/2");
        var shard1 = await CliRunner.Run("convert", In, "--out", Out, "--to", "md", "--shard", "1/2");

        Assert.Equal((ExitCodes.SomeFailed, ExitCodes.SomeFailed), (shard0.Code, shard1.Code));
        Assert.Contains("would write the same output", shard0.Err, StringComparison.Ordinal);
        Assert.Contains("would write the same output", shard1.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Out, stem + ".md")));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task Two_concurrent_runs_into_one_folder_leave_only_complete_files()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "needs POSIX process semantics");
        var input = BatchFixtures.TranscriptFolder(folder, 60, paragraphs: 20);
        using var first = PipelineProcess.Start("convert", input, "--out", Out, "--to", "md,tei", "--jobs", "1");
        using var second = PipelineProcess.Start("convert", input, "--out", Out, "--to", "md,tei", "--jobs", "1");
        await Task.WhenAll(first.Process.WaitForExitAsync(Cancellation), second.Process.WaitForExitAsync(Cancellation));

        var output = first.Output + second.Output;
        Assert.DoesNotContain("could not find file", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(ExitCodes.Success, new[] { first.Process.ExitCode, second.Process.ExitCode });
        foreach (var child in new[] { first, second }.Where(c => c.Process.ExitCode != ExitCodes.Success))
        {
            Assert.Equal(ExitCodes.SomeFailed, child.Process.ExitCode);
            Assert.Contains("in use by another run", child.Output, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.EnumerateFiles(Out, AtomicFile.TemporaryPrefix + "*", SearchOption.AllDirectories));
        var tei = Directory.GetFiles(Out, "*.tei.xml", SearchOption.AllDirectories);
        Assert.Equal(60, tei.Length);
        Assert.All(tei, f => XDocument.Load(f));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task A_5_MB_transcript_that_times_out_leaves_no_outputs()
    {
        var line = "ANNA LEE: The boats came in at dawn, heavy with herring, and the gulls followed them all the way home.\n\n";
        Add("big.txt", "A very long hearing\n\n" + string.Concat(Enumerable.Repeat(line, 5_000_000 / line.Length)));
        Add("small.txt", Transcript);
        using var child = PipelineProcess.Start("convert", In, "--out", Out, "--to", "all", "--timeout", "1", "--jobs", "2");
        await child.Process.WaitForExitAsync(Cancellation);

        Assert.True(child.Process.ExitCode == ExitCodes.SomeFailed, child.Output);
        Assert.Contains("big.txt: timed out", child.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(Out, "big*", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(Out, AtomicFile.TemporaryPrefix + "*", SearchOption.AllDirectories));
    }
}
