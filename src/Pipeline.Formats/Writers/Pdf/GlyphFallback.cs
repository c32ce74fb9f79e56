using Pipeline.Formats.Writers.Pdf.Fonts;
using Pipeline.Formats.Writers.Pdf.Layout;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>Turns model text into runs the shipped fonts can draw: control characters are dropped (tabs and line
/// ends become spaces), a character the style's face lacks is drawn in the fallback face, and one no shipped face
/// has (or one beyond U+FFFF, which PDFsharp's ToUnicode map truncates) becomes U+FFFD and is reported once per character.</summary>
internal sealed class GlyphFallback(WriterContext? context)
{
    private const int Replacement = 0xFFFD;
    private readonly HashSet<int> reported = [];
    private readonly StringBuilder chunkText = new();

    /// <summary>Plain text (already cleaned by <see cref="CleanPlain"/>, e.g. the running head's title) split into runs
    /// by the face that draws each character, exactly as body text is, without reporting missing glyphs (the same text
    /// drawn in the body reports them).</summary>
    public static List<StyledRun> Runs(string text, TextStyle style)
    {
        var runs = new List<StyledRun>(1);
        new GlyphFallback(null).Append(runs, text, style);
        return runs;
    }

    /// <summary>Appends <paramref name="text"/> to <paramref name="runs"/>, split by the face that draws each character.</summary>
    public void Append(List<StyledRun> runs, string text, TextStyle style, string? link = null, string? footnoteId = null)
    {
        var font = ShippedFonts.MetricsOf(style.Face);
        var plain = PrintableAsciiPrefix(text, font);
        while (plain < text.Length && DrawsAsIs(text[plain], font))
            plain++;
        if (plain == text.Length)
        {
            if (text.Length > 0)
                runs.Add(new StyledRun(text, style, link, footnoteId));
            return;
        }

        var chunk = chunkText.Clear().Append(text, 0, plain);
        var chunkFace = style.Face;
        for (var i = plain; i < text.Length; i++)
        {
            var lone = char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]));
            var codePoint = lone ? text[i] : CodePoints.At(text, ref i);
            if (!TryChoose(codePoint, lone, style.Face, out var face, out var drawn))
                continue;
            if (face != chunkFace && chunk.Length > 0)
            {
                runs.Add(new StyledRun(chunk.ToString(), style.WithFace(chunkFace), link, footnoteId));
                chunk.Clear();
            }

            chunkFace = face;
            if (drawn <= 0xFFFF)
                chunk.Append((char)drawn);
            else
                chunk.Append(char.ConvertFromUtf32(drawn));
        }

        if (chunk.Length > 0)
            runs.Add(new StyledRun(chunk.ToString(), style.WithFace(chunkFace), link, footnoteId));
    }

    /// <summary>Plain text cleaned the same way, for metadata, bookmarks and the running header.</summary>
    public static string CleanPlain(string text)
    {
        var builder = new StringBuilder(text.Length);
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (rune.Value is '\t' or '\n' or '\r')
                builder.Append(' ');
            else if (category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate) && rune != Rune.ReplacementChar)
                builder.Append(utf16[..rune.EncodeToUtf16(utf16)]);
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private bool TryChoose(int codePoint, bool lone, FontFace preferred, out FontFace face, out int drawn)
    {
        face = preferred;
        drawn = codePoint;
        if (codePoint is '\t' or '\n' or '\r')
        {
            drawn = ' ';
            return true;
        }

        if (!lone && codePoint <= 0xFFFF)
        {
            if (char.IsControl((char)codePoint))
                return false;
            if (ShippedFonts.MetricsOf(preferred).Covers(codePoint))
                return true;
            face = FontFace.Sans;
            if (ShippedFonts.MetricsOf(FontFace.Sans).Covers(codePoint))
                return true;
            if (CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.Format)
                return false;
        }

        face = FontFace.Sans;
        drawn = Replacement;
        if (context is not null && reported.Add(codePoint))
        {
            var what = lone ? $"a lone surrogate (U+{codePoint:X4})"
                : codePoint > 0xFFFF ? $"U+{codePoint:X4} (PDFsharp cannot map characters beyond U+FFFF back to text)"
                : $"U+{codePoint:X4}";
            context.Report(Diagnostic.Warning(DiagnosticCode.GlyphMissing, $"pdf: no shipped font can draw {what}; drawn as U+FFFD").With("format", "pdf").With("codePoint", $"U+{codePoint:X4}"));
        }

        return true;
    }

    /// <summary>The length of the printable ASCII the text starts with (found at once, not a character at a time) when
    /// <paramref name="font"/> covers all of it, as every shipped face does; else 0.</summary>
    private static int PrintableAsciiPrefix(string text, TrueTypeFont font)
    {
        if (!font.CoversPrintableAscii)
            return 0;
        var end = text.AsSpan().IndexOfAnyExceptInRange(' ', '~');
        return end < 0 ? text.Length : end;
    }

    /// <summary>Whether <paramref name="c"/> is kept as it is in the style's own face (what most text is made of):
    /// covered by the face, and neither a control character (tabs and line ends included) nor a surrogate.</summary>
    private static bool DrawsAsIs(char c, TrueTypeFont font) =>
        !char.IsControl(c) && !char.IsSurrogate(c) && font.Covers(c);
}
