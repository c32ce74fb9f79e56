using Pipeline.Formats.Writers.Pdf;
using Pipeline.Formats.Writers.Pdf.Fonts;
using Pipeline.Formats.Writers.Pdf.Layout;

namespace Pipeline.Tests.Formats.Writers.Pdf;

public sealed class GlyphFallbackTests
{
    private static readonly TextStyle Body = new(FontFace.Serif, 10);

    [Fact]
    public void Text_the_face_draws_as_it_is_stays_one_run_of_the_same_string()
    {
        const string text = "Plain words, “quoted” — and Cyrillic: Съешь.";
        var runs = GlyphFallback.Runs(text, Body);
        var run = Assert.Single(runs);
        Assert.Same(text, run.Text);
        Assert.Same(Body, run.Style);
    }

    [Fact]
    public void Characters_after_a_plain_start_are_still_cleaned_and_given_the_fallback_face()
    {
        var runs = GlyphFallback.Runs("ab\tc\u0001d שלום e\r\n", Body);
        Assert.Equal(["ab cd ", "שלום", " e  "], runs.Select(r => r.Text).ToList());
        Assert.Equal([FontFace.Serif, FontFace.Sans, FontFace.Serif], runs.Select(r => r.Style.Face).ToList());
    }

    [Fact]
    public void A_control_character_just_past_printable_ascii_ends_the_plain_start()
    {
        var runs = GlyphFallback.Runs("abc\u007Fdef~", Body);
        Assert.Equal(["abcdef~"], runs.Select(r => r.Text).ToList());
        Assert.Same("plain ascii ~", Assert.Single(GlyphFallback.Runs("plain ascii ~", Body)).Text);
    }

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character_in_the_fallback_face()
    {
        var runs = GlyphFallback.Runs("x\uD800y", Body);
        Assert.Equal(["x", "\uFFFD", "y"], runs.Select(r => r.Text).ToList());
        Assert.Equal(FontFace.Sans, runs[1].Style.Face);
    }

    [Fact]
    public void Empty_text_makes_no_run()
    {
        Assert.Empty(GlyphFallback.Runs("", Body));
    }
}
