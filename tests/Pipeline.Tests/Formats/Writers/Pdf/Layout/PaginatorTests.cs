using Pipeline.Formats.Writers.Pdf.Fonts;
using Pipeline.Formats.Writers.Pdf.Layout;

namespace Pipeline.Tests.Formats.Writers.Pdf.Layout;

public sealed class PaginatorTests
{
    private static readonly TextStyle Body = new(FontFace.Serif, 10);

    private static Line L(double height = 10, params string[] footnotes) =>
        new([new Fragment("x", Body, 0, 5, null)], 5, height, 8, [.. footnotes]);

    private static LayoutBlock B(int lines, BlockRole role = BlockRole.Paragraph, bool keep = false) =>
        new(role, [.. Enumerable.Range(0, lines).Select(_ => L())], KeepWithNext: keep);

    [Fact]
    public void Heading_is_never_last_on_a_page()
    {
        var pages = new Paginator(100).Paginate([B(9), B(1, BlockRole.Heading1, keep: true), B(5)], []);
        Assert.Equal(2, pages.Length);
        Assert.Equal(BlockRole.Heading1, pages[1].Body[0].Block.Role);
    }

    [Fact]
    public void Speaker_label_and_heading_chain_moves_together()
    {
        var pages = new Paginator(100).Paginate([B(7), B(1, BlockRole.Heading1, keep: true), B(1, BlockRole.SpeakerLabel, keep: true), B(4)], []);
        Assert.Equal(7, pages[0].Body.Length);
        Assert.Equal(BlockRole.Heading1, pages[1].Body[0].Block.Role);
    }

    [Fact]
    public void No_orphan_first_line_at_a_page_bottom()
    {
        var pages = new Paginator(100).Paginate([B(9), B(5)], []);
        Assert.Equal(9, pages[0].Body.Length);
        Assert.Equal(5, pages[1].Body.Length);
    }

    [Fact]
    public void No_widow_last_line_at_a_page_top()
    {
        var pages = new Paginator(100).Paginate([B(6), B(5)], []);
        Assert.Equal(6 + 3, pages[0].Body.Length);
        Assert.Equal(2, pages[1].Body.Length);
    }

    [Fact]
    public void Footnote_goes_on_the_page_of_its_marker_and_pushes_body_lines_on()
    {
        var note = new LayoutFootnote("fn1", 1, new LayoutBlock(BlockRole.Footnote, [L(8), L(8)]));
        var lines = Enumerable.Range(0, 20).Select(i => i == 5 ? L(10, "fn1") : L()).ToArray();
        var pages = new Paginator(100, footnoteGap: 10).Paginate([new LayoutBlock(BlockRole.Paragraph, [.. lines])], [note]);
        Assert.Equal(2, pages[0].Footnotes.Length);
        Assert.Equal(7, pages[0].Body.Length);
        var lastBodyBottom = pages[0].Body[^1].Top + 10;
        Assert.True(pages[0].Footnotes[0].Top >= lastBodyBottom + 10 - 0.001, "footnote area must not overlap the body");
        Assert.Empty(pages[1].Footnotes);
    }

    [Fact]
    public void Unreferenced_footnote_is_still_placed()
    {
        var note = new LayoutFootnote("fn9", 1, new LayoutBlock(BlockRole.Footnote, [L(8)]));
        var pages = new Paginator(100).Paginate([B(3)], [note]);
        Assert.Single(pages.SelectMany(p => p.Footnotes));
    }

    [Fact]
    public void Block_taller_than_a_page_spreads_over_pages_without_loss()
    {
        var pages = new Paginator(100).Paginate([B(35)], []);
        Assert.Equal(35, pages.Sum(p => p.Body.Length));
        Assert.All(pages, p => Assert.True(p.Body.Length >= 2));
    }

    [Theory]
    [InlineData("A4", 595.28, 841.89)]
    [InlineData("letter", 612, 792)]
    public void Page_geometry_knows_a4_and_letter(string name, double width, double height)
    {
        var geometry = PageGeometry.For(name);
        Assert.Equal((width, height), (geometry.Width, geometry.Height));
        Assert.True(geometry.BodyWidth > 400 && geometry.BodyHeight > 600);
    }
}
