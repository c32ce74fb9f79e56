using System.Collections.Immutable;
using Pipeline.Core.Model;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Core.Model;

public sealed class WalkTests
{
    private static readonly ImmutableArray<Inline> Nested =
    [
        new Text("a "),
        new Emphasis([new Text("b "), new Strong([new Link("https://example.org", [new Text("c")])])]),
        new Quote([new FootnoteReference("fn1", "*")]),
        new LineBreak(),
    ];

    [Fact]
    public void Inlines_are_visited_in_reading_order_children_after_their_parent()
    {
        var kinds = Walk.Inlines(Nested).Select(i => i is Text t ? t.Value : i.GetType().Name).ToList();
        Assert.Equal(["a ", "Emphasis", "b ", "Strong", "Link", "c", "Quote", "FootnoteReference", "LineBreak"], kinds);
    }

    [Fact]
    public void Inlines_of_a_deeply_nested_list_do_not_overflow_the_stack()
    {
        Inline inline = new Text("deep");
        for (var i = 0; i < 100_000; i++)
            inline = new Emphasis([inline]);
        Assert.Equal(100_001, Walk.Inlines([inline]).Count());
    }

    [Fact]
    public void Body_inlines_cover_every_block_kind_but_not_footnotes()
    {
        var document = SampleDocuments.AllNodeTypes();
        var text = string.Concat(Walk.BodyInlines(document).OfType<Text>().Select(t => t.Value));
        foreach (var block in document.Blocks)
        {
            foreach (var inlines in Walk.InlineLists(block))
                Assert.Contains(string.Concat(Walk.Inlines(inlines).OfType<Text>().Select(t => t.Value)), text, StringComparison.Ordinal);
        }

        foreach (var footnote in document.Footnotes)
            Assert.DoesNotContain(InlineText.ToPlainText(footnote.Paragraphs), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_rewrites_inside_every_container_and_keeps_the_rest()
    {
        var mapped = Walk.Map(Nested, i => i is Text t ? new Text(t.Value.ToUpperInvariant()) : i);
        Assert.Equal("A B C*\n", InlineText.ToPlainText(mapped));
        Assert.IsType<Link>(((Strong)((Emphasis)mapped[1]).Content[1]).Content[0]);
    }

    [Fact]
    public void Map_that_changes_nothing_returns_the_same_instances()
    {
        var document = SampleDocuments.AllNodeTypes();
        Assert.Same(document, Walk.Map(document, i => i));
        Assert.Same(document.Blocks[0], Walk.Map(document.Blocks[0], i => i));
    }

    [Fact]
    public void Map_over_a_document_reaches_footnote_bodies()
    {
        var document = SampleDocuments.AllNodeTypes();
        var mapped = Walk.Map(document, i => i is Text ? new Text("x") : i);
        Assert.All(mapped.Footnotes.SelectMany(f => Walk.Inlines(f)).OfType<Text>(), t => Assert.Equal("x", t.Value));
        Assert.All(Walk.BodyInlines(mapped).OfType<Text>(), t => Assert.Equal("x", t.Value));
    }
}
