using System.Globalization;
using System.Text;
using PdfSharp.Pdf;
using Pipeline.Formats.Writers.Pdf;
using Pipeline.Formats.Writers.Pdf.Fonts;
using Pipeline.Formats.Writers.Pdf.Layout;

namespace Pipeline.Tests.Formats.Writers.Pdf;

/// <summary>The content writer's glyph ids: ASCII stretches written at once agree with the code point by code point mapping.</summary>
public sealed class PdfContentWriterTests
{
    [Theory]
    [InlineData("plain ASCII, all of it ~")]
    [InlineData("ab é c\U0001F600d中xyz~")]
    [InlineData("ü")]
    [InlineData("\uD800 lone, then a\tcontrol")]
    public void Text_writes_the_glyph_id_of_every_code_point_first_and_later_times(string text)
    {
        using var pdf = new PdfDocument();
        var content = new PdfContentWriter(new PdfFontSet(pdf));
        var style = new TextStyle(FontFace.Sans, 10);
        content.Text(text, style, 0, 0);
        content.Text(text, style, 0, 0);

        var font = ShippedFonts.MetricsOf(FontFace.Sans);
        var expected = new StringBuilder("<");
        for (var i = 0; i < text.Length; i++)
            expected.Append(font.Glyph(CodePoints.At(text, ref i)).ToString("x4", CultureInfo.InvariantCulture));
        expected.Append(">Tj");
        var written = Encoding.ASCII.GetString(content.Written);
        Assert.Equal(2, written.Split(expected.ToString()).Length - 1);
    }
}
