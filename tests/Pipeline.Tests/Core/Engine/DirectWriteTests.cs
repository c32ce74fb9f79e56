using Pipeline.Core.Engine;
using Pipeline.Formats;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Core.Engine;

/// <summary>Issue #17.6: a big document's outputs are written straight into their temporary files (no memory buffer);
/// the bytes, the manifest and the all-or-none rename are those of the buffered path.</summary>
public sealed class DirectWriteTests
{
    private readonly string folder = RepoPaths.NewTempFolder();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Outputs_written_without_a_buffer_are_byte_for_byte_those_written_with_one()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 3, paragraphs: 6);
        var registry = BuiltInFormats.CreateRegistry();
        var all = registry.Writers.ToList();
        var buffered = Path.Combine(folder, "buffered");
        var direct = Path.Combine(folder, "direct");

        var first = await new BatchConverter(registry).RunAsync(BatchFixtures.Inputs(input), BatchFixtures.Options(registry, buffered) with { Writers = all }, _ => { }, Cancellation);
        var second = await new BatchConverter(registry).RunAsync(BatchFixtures.Inputs(input), BatchFixtures.Options(registry, direct) with { Writers = all, DirectWriteFrom = 0 }, _ => { }, Cancellation);

        Assert.Equal((3, 0), (first.Converted, first.Failed));
        Assert.Equal((3, 0), (second.Converted, second.Failed));
        var files = Outputs(buffered);
        Assert.Equal(3 * all.Count, files.Count);
        Assert.Equal(files, Outputs(direct));
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(buffered, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(direct, file))), file);

        // The manifest records each output's hash and length from the file on disk, so they match the buffered run's.
        Assert.Equal(File.ReadAllText(Path.Combine(buffered, ".pipeline", "manifest.json")), File.ReadAllText(Path.Combine(direct, ".pipeline", "manifest.json")));
    }

    [Fact]
    public async Task A_retried_direct_write_ends_with_complete_outputs_and_no_temporaries()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 2);
        var registry = BuiltInFormats.CreateRegistry();
        var output = Path.Combine(folder, "out");
        var store = FailingStore.LockedAtFirst(1);
        var results = new List<DocumentResult>();
        var summary = await new BatchConverter(registry, store).RunAsync(BatchFixtures.Inputs(input), BatchFixtures.Options(registry, output) with { DirectWriteFrom = 0 }, r =>
        {
            lock (results)
                results.Add(r);
        }, Cancellation);

        Assert.True(summary.Converted == 2, string.Join("\n", results.Select(r => r.Error)));
        Assert.Contains("Paragraph 1 of document 1", File.ReadAllText(Path.Combine(output, "doc-001.md")), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(output, AtomicFile.TemporaryPrefix + "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_direct_write_to_a_full_disk_leaves_nothing_behind()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 2);
        var registry = BuiltInFormats.CreateRegistry();
        var output = Path.Combine(folder, "out");
        var summary = await new BatchConverter(registry, FailingStore.Full()).RunAsync(BatchFixtures.Inputs(input), BatchFixtures.Options(registry, output) with { DirectWriteFrom = 0 }, _ => { }, Cancellation);

        Assert.Equal(0, summary.Converted);
        Assert.Empty(Outputs(output));
        Assert.Empty(Directory.Exists(output) ? Directory.EnumerateFiles(output, AtomicFile.TemporaryPrefix + "*", SearchOption.AllDirectories) : []);
    }

    /// <summary>The output files of a folder, relative and sorted, without the run's own bookkeeping.</summary>
    private static List<string> Outputs(string output) => !Directory.Exists(output)
        ? []
        : [.. Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f))
            .Where(f => !f.StartsWith(".pipeline", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
}
