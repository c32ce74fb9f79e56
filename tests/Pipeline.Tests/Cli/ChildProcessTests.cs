using System.Text.Json;
using System.Xml.Linq;
using Pipeline.Cli;
using Pipeline.Core.Engine;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Cli;

/// <summary>The batch as a real process: killed with SIGKILL mid-batch, and stopped with SIGTERM.</summary>
public sealed class ChildProcessTests
{
    private const int Documents = 400;
    private readonly string folder = RepoPaths.NewTempFolder();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private string Output => Path.Combine(folder, "out");

    private string Journal => Path.Combine(Output, ".pipeline", "journal.jsonl");

    private int JournalLines() => File.Exists(Journal) ? File.ReadLines(Journal).Count() : 0;

    [Trait("Category", "Slow")]
    [Fact]
    public async Task A_kill_9_mid_batch_leaves_only_complete_files_and_the_rerun_finishes_the_batch()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "needs POSIX process semantics");
        var input = BatchFixtures.TranscriptFolder(folder, Documents, paragraphs: 30);
        using (var child = PipelineProcess.Start("convert", input, "--out", Output, "--to", "md,tei", "--jobs", "2"))
        {
            var midBatch = await child.WaitUntil(() => JournalLines() >= 5, Cancellation);
            Assert.True(midBatch && !child.Process.HasExited, "the batch finished before it could be killed:\n" + child.Output);
            child.Process.Kill(entireProcessTree: true);
            await child.Process.WaitForExitAsync(Cancellation);
        }

        var recorded = JournalLines();
        var finalFiles = Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.Contains(BuildManifest.FolderName, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(finalFiles);
        Assert.All(finalFiles.Where(f => f.EndsWith(".tei.xml", StringComparison.Ordinal)), f => XDocument.Load(f));

        var (code, stdout, _) = await CliRunner.Run("convert", input, "--out", Output, "--to", "md,tei", "--jobs", "2", "--log-format", "json");

        Assert.Equal(ExitCodes.Success, code);
        var summary = JsonDocument.Parse(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]).RootElement;
        Assert.True(summary.GetProperty("skipped").GetInt32() >= recorded - 1, $"documents the killed run recorded are skipped ({recorded} recorded): {summary}");
        Assert.Equal(Documents, summary.GetProperty("skipped").GetInt32() + summary.GetProperty("converted").GetInt32());
        Assert.Empty(Directory.EnumerateFiles(Output, AtomicFile.TemporaryPrefix + "*", SearchOption.AllDirectories));
        await AssertSameAsACleanRun(input, finalFiles);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task SIGTERM_stops_taking_documents_writes_the_report_and_exits_143()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "needs POSIX signals");
        var input = BatchFixtures.TranscriptFolder(folder, Documents, paragraphs: 30);
        var report = Path.Combine(folder, "report.json");
        using var child = PipelineProcess.Start("convert", input, "--out", Output, "--to", "md,tei", "--jobs", "2", "--report", report);
        var midBatch = await child.WaitUntil(() => JournalLines() >= 5, Cancellation);
        Assert.True(midBatch && !child.Process.HasExited, "the batch finished before it could be stopped:\n" + child.Output);

        child.Terminate();
        await child.Process.WaitForExitAsync(Cancellation);

        Assert.Equal(ExitCodes.Terminated, child.Process.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var totals = json.RootElement.GetProperty("totals");
        Assert.True(totals.GetProperty("notAttempted").GetInt32() > 0, child.Output);
        Assert.Equal(Documents, totals.GetProperty("documents").GetInt32());
        Assert.Equal(143, json.RootElement.GetProperty("exitCode").GetInt32());
        Assert.Contains("stopped", child.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(Output, AtomicFile.TemporaryPrefix + "*", SearchOption.AllDirectories));

        var (code, stdout, _) = await CliRunner.Run("convert", input, "--out", Output, "--to", "md,tei", "--jobs", "2", "--log-format", "json");
        Assert.Equal(ExitCodes.Success, code);
        var rerun = JsonDocument.Parse(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]).RootElement;
        Assert.Equal(totals.GetProperty("converted").GetInt32(), rerun.GetProperty("skipped").GetInt32());
        Assert.Equal(Documents, rerun.GetProperty("skipped").GetInt32() + rerun.GetProperty("converted").GetInt32());
    }

    /// <summary>Every file the killed run left under a final name is byte for byte what an uninterrupted run writes.</summary>
    private async Task AssertSameAsACleanRun(string input, IReadOnlyList<string> filesAfterKill)
    {
        var clean = Path.Combine(folder, "clean");
        var (code, _, _) = await CliRunner.Run("convert", input, "--out", clean, "--to", "md,tei", "--jobs", "2");
        Assert.Equal(ExitCodes.Success, code);
        foreach (var file in filesAfterKill)
        {
            var twin = Path.Combine(clean, Path.GetRelativePath(Output, file));
            Assert.True(File.ReadAllBytes(twin).AsSpan().SequenceEqual(File.ReadAllBytes(file)), $"{file} differs from a clean run's output");
        }
    }
}
