using PdfSharp.Drawing;
using Pipeline.Formats.Writers.Pdf.Fonts;
using Pipeline.Formats.Writers.Pdf.Layout;

namespace Pipeline.Tests.Formats.Writers.Pdf.Layout;

public sealed class LineBreakerTests
{
    private static readonly TextStyle Body = new(FontFace.Serif, 10);
    private readonly LineBreaker breaker = new(new TextMeasurer());

    [Fact]
    public void Lines_never_exceed_the_width_and_keep_every_word_in_order()
    {
        var random = new Random(7);
        var words = Enumerable.Range(0, 2000).Select(_ => new string('x', 1 + random.Next(12))).ToList();
        var lines = breaker.Break([new StyledRun(string.Join(' ', words), Body)], 200);
        Assert.All(lines, l => Assert.True(l.Width <= 200.001, $"{l.Width}"));
        Assert.Equal(words, lines.SelectMany(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList());
        Assert.True(lines.Length > 20);
    }

    [Fact]
    public void Greedy_fills_a_line_before_breaking()
    {
        var measurer = new TextMeasurer();
        var width = measurer.Width("alpha beta", Body) + 0.01;
        var lines = breaker.Break([new StyledRun("alpha beta gamma", Body)], width);
        Assert.Equal(["alpha beta", "gamma"], lines.Select(l => l.Text).ToList());
    }

    [Fact]
    public void Word_longer_than_the_line_is_broken_between_characters()
    {
        var lines = breaker.Break([new StyledRun("a " + new string('m', 80) + " b", Body)], 100);
        Assert.True(lines.Length >= 5);
        Assert.All(lines, l => Assert.True(l.Width <= 100.001));
        Assert.Equal("a" + new string('m', 80) + "b", string.Concat(lines.Select(l => l.Text.Replace(" ", "", StringComparison.Ordinal))));
    }

    [Fact]
    public void No_break_space_holds_words_together()
    {
        var measurer = new TextMeasurer();
        var width = measurer.Width("aaaa bbbb", Body) + 0.01;
        var lines = breaker.Break([new StyledRun("aaaa bbbb\u00A0cccc", Body)], width);
        Assert.Equal(["aaaa", "bbbb\u00A0cccc"], lines.Select(l => l.Text).ToList());
    }

    [Fact]
    public void Forced_break_and_styles_make_separate_lines_and_fragments()
    {
        var bold = Body with { Face = FontFace.SerifBold };
        var lines = breaker.Break([new StyledRun("one ", Body), new StyledRun("two", bold), new StyledRun(StyledRun.LineBreak, Body), new StyledRun("three", Body)], 400);
        Assert.Equal(2, lines.Length);
        Assert.Equal(["one ", "two"], lines[0].Fragments.Select(f => f.Text).ToList());
        Assert.Equal(lines[0].Fragments[0].Width, lines[0].Fragments[1].X, 3);
    }

    [Fact]
    public void Footnote_markers_are_recorded_on_their_line()
    {
        var marker = new TextStyle(FontFace.Serif, 6, Superscript: true);
        var lines = breaker.Break([new StyledRun(string.Join(' ', Enumerable.Repeat("word", 60)), Body), new StyledRun("1", marker, FootnoteId: "fn1")], 150);
        Assert.Equal(["fn1"], lines[^1].FootnoteIds);
        Assert.All(lines.Take(lines.Length - 1), l => Assert.Empty(l.FootnoteIds));
    }

    [Theory]
    [InlineData(FontFace.Serif, "Съешь же ещё этих мягких булок, Ελλάδα.")]
    [InlineData(FontFace.SerifBoldItalic, "The quick brown fox — “jumps”.")]
    public void Measured_width_matches_pdfsharp(FontFace face, string text)
    {
        EmbeddedFontResolver.EnsureInstalled();
        var (family, bold, italic) = EmbeddedFontResolver.Request(face);
        var style = bold ? italic ? XFontStyleEx.BoldItalic : XFontStyleEx.Bold : italic ? XFontStyleEx.Italic : XFontStyleEx.Regular;
        var font = new XFont(family, 11, style, new XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode));
        using var gfx = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
        Assert.Equal(gfx.MeasureString(text, font).Width, new TextMeasurer().Width(text, new TextStyle(face, 11)), 2);
    }

    [Fact]
    public void Cmap_coverage_drives_fallback_choice()
    {
        Assert.True(ShippedFonts.MetricsOf(FontFace.Serif).Covers('Ж'));
        Assert.True(ShippedFonts.MetricsOf(FontFace.Serif).Covers('λ'));
        Assert.False(ShippedFonts.MetricsOf(FontFace.Serif).Covers('ש'));
        Assert.True(ShippedFonts.MetricsOf(FontFace.Sans).Covers('ש'));
        Assert.True(ShippedFonts.MetricsOf(FontFace.Sans).Covers(0xFFFD));
    }

    [Fact]
    public void Printable_ascii_coverage_agrees_with_the_cmap()
    {
        foreach (var face in ShippedFonts.All)
        {
            var font = ShippedFonts.MetricsOf(face);
            Assert.Equal(Enumerable.Range(' ', '~' - ' ' + 1).All(font.Covers), font.CoversPrintableAscii);
            Assert.True(font.CoversPrintableAscii, face.ToString());
        }
    }

    [Fact]
    public void Em_width_sums_the_advances_of_code_points()
    {
        var font = ShippedFonts.MetricsOf(FontFace.Serif);
        Assert.Equal(font.Advance('a') + font.Advance('b'), font.EmWidth("ab"));
        Assert.Equal(font.Advance('a') + font.Advance(0x1F600), font.EmWidth("a\U0001F600"));
        Assert.Equal(font.Advance(0xD800) + font.Advance('x'), font.EmWidth("\uD800x"));
        Assert.Equal(0, font.EmWidth(""));
    }

    [Fact]
    public void Runs_of_one_look_share_a_fragment_and_a_slice_keeps_its_own_text()
    {
        var lines = breaker.Break([new StyledRun("one ", Body), new StyledRun("two three four", Body)], 400);
        var fragment = Assert.Single(Assert.Single(lines).Fragments);
        Assert.Equal("one two three four", fragment.Text);

        var measurer = new TextMeasurer();
        var split = breaker.Break([new StyledRun("alpha beta gamma delta", Body)], measurer.Width("alpha beta gamma", Body) - 1);
        Assert.Equal(["alpha beta", "gamma delta"], split.Select(l => l.Text).ToList());
        Assert.Equal(measurer.Width("gamma delta", Body), split[1].Width, 9);
    }

    [Fact]
    public void A_fragment_is_as_wide_as_its_words_and_spaces_summed_in_order_across_runs()
    {
        var measurer = new TextMeasurer();
        var lines = breaker.Break([new StyledRun("one  two ", Body), new StyledRun("three   four", Body)], 400);
        var fragment = Assert.Single(Assert.Single(lines).Fragments);
        var expected = 0.0;
        foreach (var piece in new[] { "one", "  ", "two", " ", "three", "   ", "four" })
            expected += measurer.Width(piece, Body);
        Assert.Equal(expected, fragment.Width);
        Assert.Equal("one  two three   four", fragment.Text);
    }

    [Fact]
    public void A_breaker_used_again_starts_from_nothing()
    {
        var first = breaker.Break([new StyledRun(string.Join(' ', Enumerable.Repeat("word", 40)), Body)], 120);
        var second = breaker.Break([new StyledRun("short", Body)], 120);
        Assert.True(first.Length > 1);
        Assert.Equal(["short"], second.Select(l => l.Text).ToList());
    }
}
