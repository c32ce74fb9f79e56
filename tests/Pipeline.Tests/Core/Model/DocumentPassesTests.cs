using System.Collections.Immutable;
using Pipeline.Core.Model;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Core.Model;

public sealed class DocumentPassesTests
{
    private static Paragraph P(params Inline[] inlines) => new([.. inlines]);

    private static Footnote Note(string id, params Inline[] inlines) => new(id, id, [P(inlines)]);

    private static TranscriptDocument Doc(ImmutableArray<Block> blocks, ImmutableArray<Footnote> footnotes) =>
        new(DocumentMetadata.Empty, [], blocks, footnotes, [], new SourceInfo("t.txt", "text", null));

    [Fact]
    public void Footnotes_are_numbered_by_first_body_reference_then_inside_footnotes_then_the_rest()
    {
        var document = Doc(
            [P(new Text("x"), new FootnoteReference("b", "2")), P(new Emphasis([new FootnoteReference("a", "1")]), new FootnoteReference("b", "2"))],
            [Note("a", new FootnoteReference("c", "3")), Note("b"), Note("c"), Note("d"), Note("a")]);
        var order = FootnoteOrder.Of(document);
        Assert.Equal(["b", "a", "c", "d"], order.Ordered.Select(f => f.Id));
        Assert.Equal(2, order.NumberOf("a"));
        Assert.Null(order.NumberOf("missing"));
        Assert.True(order.IsMarkedInBody("a"));
        Assert.False(order.IsMarkedInBody("c"));
        Assert.Same(document.Footnotes[0], order.Ordered[1]);
    }

    [Fact]
    public void Passes_are_computed_once_per_document_instance()
    {
        var document = SampleDocuments.AllNodeTypes();
        var passes = DocumentPasses.Of(document);
        Assert.Same(passes, DocumentPasses.Of(document));
        Assert.Same(passes.Footnotes, DocumentPasses.Of(document).Footnotes);
        Assert.NotSame(passes, DocumentPasses.Of(document with { }));
    }

    [Fact]
    public void Content_ids_ignore_the_source_and_change_with_the_content()
    {
        var document = SampleDocuments.AllNodeTypes();
        var moved = document with { Source = new SourceInfo("elsewhere/other.html", "html", "utf-8") };
        var changed = document with { Blocks = document.Blocks.Add(new Paragraph(InlineText.Of("one more"))) };
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", DocumentPasses.Of(document).ContentUrn);
        Assert.Matches("^transcript-[0-9a-f]{16}$", DocumentPasses.Of(document).ContentShortId);
        Assert.Equal(ContentId.Urn(document), ContentId.Urn(moved));
        Assert.Equal(ContentId.Short(document), ContentId.Short(moved));
        Assert.NotEqual(ContentId.Urn(document), ContentId.Urn(changed));
        Assert.NotEqual(ContentId.Short(document), ContentId.Short(changed));
    }

    [Fact]
    public void Participant_index_finds_the_first_participant_with_an_id()
    {
        var first = new Participant("smith", "Jane Smith", null, null, []);
        var index = new ParticipantIndex([first, new Participant("smith", "Other", null, null, []), new Participant("doe", "John Doe", null, null, [])]);
        Assert.Same(first, index.Find("smith"));
        Assert.Equal("John Doe", index.Find("doe")?.DisplayName);
        Assert.Null(index.Find("nobody"));
        Assert.False(index.Contains("nobody"));
    }

    [Fact]
    public void Sections_are_the_shared_split()
    {
        var document = SampleDocuments.AllNodeTypes();
        var sections = DocumentPasses.Of(document).Sections;
        Assert.Equal(DocumentSections.Split(document.Blocks).Select(s => s.Number), sections.Select(s => s.Number));
        Assert.Equal(document.Blocks.Length, sections.Sum(s => s.Blocks.Length + (s.Heading is null ? 0 : 1)));
    }
}
