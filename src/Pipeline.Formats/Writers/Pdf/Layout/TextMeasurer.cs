using Pipeline.Formats.Writers.Pdf.Fonts;

namespace Pipeline.Formats.Writers.Pdf.Layout;

/// <summary>Widths of strings in points, from the shipped fonts' advance widths (what PDFsharp writes to the
/// font's /W array). The per-face advance tables are built once per process and shared by every document, so no
/// per-string cache is kept (hashing a word cost as much as summing its advances).</summary>
public sealed class TextMeasurer
{
    /// <summary>The width of <paramref name="text"/> drawn in <paramref name="style"/>, in points.</summary>
    public double Width(string text, TextStyle style) => Width(text.AsSpan(), style);

    /// <summary>The width of <paramref name="text"/> (a slice of a run, measured without copying it) in points.</summary>
    public double Width(ReadOnlySpan<char> text, TextStyle style) => ShippedFonts.MetricsOf(style.Face).EmWidth(text) * style.Size;

    /// <summary>The width of one code point in points, uncached (for breaking over-long words).</summary>
    public static double CodePointWidth(int codePoint, TextStyle style) =>
        ShippedFonts.MetricsOf(style.Face).Advance(codePoint) * style.Size;
}

/// <summary>Code point access that tolerates lone surrogates.</summary>
internal static class CodePoints
{
    /// <summary>The code point at <paramref name="index"/>; advances <paramref name="index"/> past a surrogate pair.</summary>
    public static int At(ReadOnlySpan<char> text, ref int index)
    {
        if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            var codePoint = char.ConvertToUtf32(text[index], text[index + 1]);
            index++;
            return codePoint;
        }

        return text[index];
    }
}
