using System.Diagnostics;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Writers.Markdown;

public sealed class MarkdownWriterDeterminismTests
{
    [Fact]
    public void Two_runs_give_identical_bytes()
    {
        Assert.Equal(MarkdownRun.Of(SampleDocuments.AllNodeTypes()).Bytes, MarkdownRun.Of(SampleDocuments.AllNodeTypes()).Bytes);
        Assert.Equal(MarkdownRun.Of(SampleDocuments.HostileText()).Bytes, MarkdownRun.Of(SampleDocuments.HostileText()).Bytes);
    }

    [Fact]
    public void Identifier_follows_the_content_not_the_file_name()
    {
        var original = SampleDocuments.Cyrillic();
        var moved = original with { Source = original.Source with { Path = "elsewhere/renamed.txt" } };
        var edited = original with { Metadata = original.Metadata with { Title = original.Metadata.Title + "!" } };

        Assert.Equal(Identifier(original), Identifier(moved));
        Assert.NotEqual(Identifier(original), Identifier(edited));
    }

    [Fact]
    public void Writes_in_parallel_without_interference()
    {
        var expected = MarkdownRun.Of(SampleDocuments.AllNodeTypes()).Markdown;

        var results = Enumerable.Range(0, 16).AsParallel().Select(_ => MarkdownRun.Of(SampleDocuments.AllNodeTypes()).Markdown).ToList();

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void A_one_megabyte_document_is_written_whole_and_parses_back()
    {
        var document = MarkdownSamples.Large(1_100_000);
        var watch = Stopwatch.StartNew();

        var run = MarkdownRun.Of(document);

        watch.Stop();
        TestContext.Current.SendDiagnosticMessage($"1 MB document: {run.Bytes.Length} bytes in {watch.ElapsedMilliseconds} ms");
        Assert.True(run.Bytes.Length > 1_000_000, $"only {run.Bytes.Length} bytes");
        var view = new MarkdigView(run.Markdown);
        Assert.Equal(document.Footnotes.Length, view.Footnotes.Count);
        Assert.Equal(document.Blocks.Count(b => b is Pipeline.Core.Model.Heading) + 1, view.Headings.Count);
        Assert.Empty(view.UnexpectedNodes());
    }

    private static string Identifier(Pipeline.Core.Model.TranscriptDocument document)
    {
        var markdown = MarkdownRun.Of(document).Markdown;
        return markdown.Split('\n').Single(l => l.StartsWith("  text: 'urn:uuid:", StringComparison.Ordinal));
    }
}
