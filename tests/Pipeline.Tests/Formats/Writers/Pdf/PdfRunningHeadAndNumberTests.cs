using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Pipeline.Core.Model;
using Pipeline.Formats.Writers.Pdf;
using Pipeline.Tests.TestSupport;
using UglyToad.PdfPig;

namespace Pipeline.Tests.Formats.Writers.Pdf;

/// <summary>Issue 17, item 2, second round: the running head's glyph fallback and the content writer's numbers.</summary>
public sealed class PdfRunningHeadAndNumberTests
{
    [Fact]
    public void Running_head_draws_a_CJK_title_as_the_body_does_not_as_missing_glyph_boxes()
    {
        const string title = "立法會會議 Council 過程正式紀錄";
        var paragraphs = Enumerable.Range(1, 120)
            .Select(i => (Block)new Turn("simmons", SpeakerAttribution.Labelled, [new Paragraph([new Text($"Paragraph {i} of a long sitting, long enough to need more than one page of text.")])]))
            .ToImmutableArray();
        var document = SampleDocuments.Cyrillic() with
        {
            Metadata = new DocumentMetadata { Title = title, Language = "zh-HK" },
            Blocks = paragraphs,
        };

        using var pdf = PdfDocument.Open(PdfRendering.Render(document).Bytes);
        Assert.True(pdf.NumberOfPages > 1);
        // No shipped face has Han characters: the body (GlyphFallback) draws U+FFFD in the fallback face; the running
        // head must do the same rather than draw glyph 0 of its own face.
        var titleLetters = pdf.GetPage(1).Letters.Where(l => l.Value == "\uFFFD").ToList();
        Assert.NotEmpty(titleLetters);
        var cjkFont = titleLetters[0].FontName;
        var page = pdf.GetPage(2);
        var head = page.Letters.Where(l => l.StartBaseLine.Y > page.Height - 60).ToList();
        var shown = string.Concat(title.Select(c => c >= 0x3000 ? '\uFFFD' : c));
        Assert.Equal(shown.Replace(" ", "", StringComparison.Ordinal), string.Concat(head.Select(l => l.Value)).Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal(11, head.Count(l => l.Value == "\uFFFD"));
        foreach (var letter in head.Where(l => l.Value[0] >= 0x3000))
            Assert.Equal(cjkFont, letter.FontName);
        Assert.Contains(head, l => l.Value == "C" && l.FontName != cjkFont);
    }

    [Fact]
    public void Running_head_runs_split_by_face_only_where_the_style_face_lacks_a_character()
    {
        var latin = GlyphFallback.Runs("Harbour interview", PdfTheme.Running);
        Assert.Equal("Harbour interview", Assert.Single(latin).Text);
        Assert.Equal(PdfTheme.Running, latin[0].Style);

        var mixed = GlyphFallback.Runs("Hearing 立法會 record", PdfTheme.Running);
        Assert.Equal(["Hearing ", "\uFFFD\uFFFD\uFFFD", " record"], mixed.Select(r => r.Text));
        Assert.NotEqual(PdfTheme.Running.Face, mixed[1].Style.Face);
        Assert.Equal(PdfTheme.Running.Face, mixed[2].Style.Face);
    }

    [Fact]
    public void Content_numbers_match_four_decimal_rounding_without_trailing_zeros()
    {
        var random = new Random(17);
        var values = new List<double> { 0, -0.0, 0.00004, -0.00004, 0.00005, -0.00005, 1, -1, 10, 100.5, 595.2756, 841.8898, 0.1 + 0.2, 1e9 + 0.12345, -72.00005 };
        for (var i = 0; i < 20000; i++)
            values.Add(Math.Round((random.NextDouble() - 0.2) * 2000, random.Next(0, 9)));
        Span<byte> buffer = stackalloc byte[32];
        foreach (var value in values)
        {
            var written = PdfContentWriter.FormatNumber(value, buffer);
            Assert.Equal(Expected(value), Encoding.ASCII.GetString(buffer[..written]));
        }

        static string Expected(double value)
        {
            var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
            if (rounded == 0)
                rounded = 0;
            return ((decimal)rounded).ToString("0.####", CultureInfo.InvariantCulture);
        }
    }
}
