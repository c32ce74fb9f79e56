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

    [Fact]
    public void Speaker_label_moves_when_its_speech_would_split_two_and_one()
    {
        // Room for the label and two lines, but the three-line speech cannot leave one line (a widow) for the next page.
        var pages = new Paginator(100).Paginate([B(7), B(1, BlockRole.SpeakerLabel, keep: true), B(3)], []);
        Assert.Equal(7, pages[0].Body.Length);
        Assert.Equal(BlockRole.SpeakerLabel, pages[1].Body[0].Block.Role);
        Assert.Equal(4, pages[1].Body.Length);
    }

    [Fact]
    public void Speaker_label_stays_with_two_lines_when_a_long_speech_can_break()
    {
        var pages = new Paginator(100).Paginate([B(7), B(1, BlockRole.SpeakerLabel, keep: true), B(6)], []);
        Assert.Equal(7 + 1 + 2, pages[0].Body.Length);
        Assert.Equal(4, pages[1].Body.Length);
    }

    [Fact]
    public void Speaker_label_keeps_two_lines_of_speech_across_a_one_line_paragraph()
    {
        // Label, a one-line paragraph, then a long one: the label needs that line and two more on its page.
        var pages = new Paginator(100).Paginate([B(7), B(1, BlockRole.SpeakerLabel, keep: true), B(1), B(6)], []);
        Assert.Equal(7, pages[0].Body.Length);
        Assert.Equal(BlockRole.SpeakerLabel, pages[1].Body[0].Block.Role);
    }

    [Fact]
    public void Heading_summary_and_label_travel_with_the_first_turn()
    {
        var pages = new Paginator(100).Paginate(
            [B(6), B(1, BlockRole.Heading1, keep: true), B(1, BlockRole.Editorial, keep: true), B(1, BlockRole.SpeakerLabel, keep: true), B(4)], []);
        Assert.Equal(6, pages[0].Body.Length);
        Assert.Equal(BlockRole.Heading1, pages[1].Body[0].Block.Role);
    }

    [Fact]
    public void Footnote_brought_by_the_first_lines_of_speech_counts_when_keeping_a_label()
    {
        var note = new LayoutFootnote("fn1", 1, new LayoutBlock(BlockRole.Footnote, [L(10), L(10)]));
        var speech = new LayoutBlock(BlockRole.Paragraph, [L(10, "fn1"), L(), L(), L(), L()]);
        var pages = new Paginator(100, footnoteGap: 5).Paginate([B(6), B(1, BlockRole.SpeakerLabel, keep: true), speech], [note]);
        Assert.Equal(6, pages[0].Body.Length);
        Assert.Equal(BlockRole.SpeakerLabel, pages[1].Body[0].Block.Role);
    }

    [Fact]
    public void Keep_chain_taller_than_a_page_is_placed_without_an_empty_page()
    {
        var pages = new Paginator(100).Paginate([B(3), B(12, BlockRole.Heading1, keep: true), B(4)], []);
        Assert.All(pages, p => Assert.NotEmpty(p.Body));
        Assert.Equal(3 + 12 + 4, pages.Sum(p => p.Body.Length));
    }

    [Fact]
    public void Random_transcripts_never_end_a_page_with_a_label_nor_leave_a_single_line_of_a_paragraph()
    {
        var random = new Random(14);
        for (var round = 0; round < 300; round++)
        {
            var blocks = new List<LayoutBlock>();
            for (var i = 0; i < 40; i++)
            {
                if (random.Next(8) == 0)
                    blocks.Add(B(1, BlockRole.Heading2, keep: true));
                blocks.Add(B(1, BlockRole.SpeakerLabel, keep: true));
                for (var p = 0; p < 1 + random.Next(3); p++)
                    blocks.Add(B(1 + random.Next(12)));
            }

            var pages = new Paginator(100 + random.Next(200)).Paginate(blocks, []);
            Assert.Equal(blocks.Sum(b => b.Lines.Length), pages.Sum(p => p.Body.Length));
            for (var n = 0; n < pages.Length; n++)
            {
                var body = pages[n].Body;
                if (n < pages.Length - 1)
                    Assert.False(body[^1].Block.KeepWithNext, $"round {round}: page {n + 1} ends with a {body[^1].Block.Role}");
                foreach (var piece in body.GroupBy(l => l.Block))
                {
                    if (piece.Key.Lines.Length > 1)
                        Assert.True(piece.Count() >= 2, $"round {round}: page {n + 1} has one line of a {piece.Key.Lines.Length}-line paragraph");
                }

                var labels = body.Select((l, i) => (l, i)).Where(x => x.l.Block.Role == BlockRole.SpeakerLabel).ToList();
                foreach (var (label, at) in labels)
                {
                    var following = body.Skip(at + 1).TakeWhile(l => !l.Block.KeepWithNext).Count();
                    var speech = SpeechLines(blocks, label.Block);
                    Assert.True(following >= Math.Min(2, speech), $"round {round}: label on page {n + 1} has {following} lines of its speech with it");
                }
            }
        }
    }

    /// <summary>How many lines of speech follow a label before the next keep-with-next block.</summary>
    private static int SpeechLines(List<LayoutBlock> blocks, LayoutBlock label) =>
        blocks.SkipWhile(b => !ReferenceEquals(b, label)).Skip(1).TakeWhile(b => !b.KeepWithNext).Sum(b => b.Lines.Length);

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
