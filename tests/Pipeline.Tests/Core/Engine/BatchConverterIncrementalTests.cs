using Pipeline.Core.Engine;
using Pipeline.Formats;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Core.Engine;

public sealed class BatchConverterIncrementalTests
{
    private readonly string folder = RepoPaths.NewTempFolder();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private async Task<(BatchSummary Summary, List<DocumentResult> Results)> Run(string input, Func<BatchOptions, BatchOptions>? change = null)
    {
        var registry = BuiltInFormats.CreateRegistry();
        var options = BatchFixtures.Options(registry, Path.Combine(folder, "out"));
        var results = new List<DocumentResult>();
        var summary = await new BatchConverter(registry).RunAsync(BatchFixtures.Inputs(input), change?.Invoke(options) ?? options, r =>
        {
            lock (results)
                results.Add(r);
        }, Cancellation);
        return (summary, results);
    }

    [Fact]
    public async Task A_second_run_skips_unchanged_inputs_without_touching_their_outputs()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 4);
        var first = await Run(input);
        Assert.Equal(4, first.Summary.Converted);
        var output = Path.Combine(folder, "out", "doc-001.md");
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(output, stamp);

        var second = await Run(input);

        Assert.Equal((0, 4), (second.Summary.Converted, second.Summary.Skipped));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(output));
        Assert.All(second.Results, r => Assert.Equal("text", r.Reader));
        Assert.True(File.Exists(Path.Combine(folder, "out", ".pipeline", "manifest.json")));
        Assert.False(File.Exists(Path.Combine(folder, "out", ".pipeline", "journal.jsonl")), "the journal is folded into the manifest at the end");
    }

    [Fact]
    public async Task A_changed_input_or_sidecar_is_converted_again_and_force_rebuilds_everything()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 3);
        await Run(input);
        File.AppendAllText(Path.Combine(input, "doc-001.txt"), "\nANNA LEE: One more thing.\n");
        File.WriteAllText(Path.Combine(input, "doc-002.meta.json"), """{ "title": "Renamed" }""");

        var second = await Run(input);
        Assert.Equal((2, 1), (second.Summary.Converted, second.Summary.Skipped));
        Assert.Contains("Renamed", File.ReadAllText(Path.Combine(folder, "out", "doc-002.md")), StringComparison.Ordinal);

        var forced = await Run(input, o => o with { Force = true });
        Assert.Equal((3, 0), (forced.Summary.Converted, forced.Summary.Skipped));
    }

    [Fact]
    public async Task Other_options_or_a_missing_output_mean_a_rebuild()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 2);
        await Run(input);
        var strict = await Run(input, o => o with { Strict = true });
        Assert.Equal(2, strict.Summary.Converted);
        File.Delete(Path.Combine(folder, "out", "doc-001.tei.xml"));
        var again = await Run(input, o => o with { Strict = true });
        Assert.Equal((1, 1), (again.Summary.Converted, again.Summary.Skipped));
    }

    [Fact]
    public async Task Outputs_of_a_vanished_input_are_listed_and_removed_only_with_prune()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 3);
        await Run(input);
        File.Delete(Path.Combine(input, "doc-001.txt"));
        var orphanOutput = Path.Combine(folder, "out", "doc-001.md");

        var listed = await Run(input);
        var orphan = Assert.Single(listed.Summary.Orphans);
        Assert.Equal("doc-001.txt", orphan.Input);
        Assert.False(orphan.Removed);
        Assert.True(File.Exists(orphanOutput));

        var pruned = await Run(input, o => o with { Prune = true });
        Assert.True(Assert.Single(pruned.Summary.Orphans).Removed);
        Assert.False(File.Exists(orphanOutput));
        Assert.Empty((await Run(input)).Summary.Orphans);
    }

    [Fact]
    public async Task Leftover_temporaries_of_a_killed_run_are_removed_at_the_next_start()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 1);
        var leftover = Path.Combine(folder, "out", "sub", AtomicFile.TemporaryPrefix + "dead-doc-000.md");
        Directory.CreateDirectory(Path.GetDirectoryName(leftover)!);
        File.WriteAllText(leftover, "half a docu");
        await Run(input);
        Assert.False(File.Exists(leftover));
    }
}
