using System.Buffers;
using System.Buffers.Text;
using Pipeline.Formats.Writers.Pdf.Fonts;
using Pipeline.Formats.Writers.Pdf.Layout;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>The bytes of one page's content stream, written operator by operator: text objects (BT/ET, Tf, Tm, Tj
/// with two-byte glyph ids for Identity-H), fill and stroke colours, rules, and marked content (BDC with an MCID for
/// tagged content, /Artifact BMC for running head, foot and rules). One buffer serves every page of a document:
/// <see cref="Reset"/> starts the next page once the previous one has been compressed; <see cref="Dispose"/> keeps the
/// buffer for the thread's next document.</summary>
internal sealed class PdfContentWriter(PdfFontSet fonts) : IDisposable
{
    /// <summary>A buffer that grew beyond this (a page of a long table of contents, say) is left to the collector.</summary>
    private const int KeptCapacity = 256 * 1024;

    /// <summary>The buffer of the thread's last document (documents may be written in parallel): each document's pages
    /// are written into it rather than into 16 KB allocated and cleared anew.</summary>
    [ThreadStatic]
    private static byte[]? kept;

    private byte[] buffer = TakeKept();
    private int length;
    private PdfFontSet.Entry? font;
    private double fontSize;
    private Ink? ink;

    /// <summary>The fonts drawn on the current page, one bit per <see cref="PdfFontSet.Entry.Number"/>.</summary>
    private int pageFonts;

    /// <summary>The bytes written since <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

    /// <summary>Starts a new page: empty buffer, no font or colour set.</summary>
    public void Reset()
    {
        length = 0;
        font = null;
        ink = null;
        pageFonts = 0;
    }

    /// <summary>Keeps the buffer for the next writer on this thread; this one is not used again.</summary>
    public void Dispose()
    {
        if (buffer.Length <= KeptCapacity)
            kept = buffer;
        buffer = [];
        length = 0;
    }

    /// <summary>Whether <paramref name="entry"/> was drawn on the current page.</summary>
    public bool DrewOnPage(PdfFontSet.Entry entry) => (pageFonts & (1 << entry.Number)) != 0;

    /// <summary>Opens a tagged marked-content sequence: <c>/Tag &lt;&lt;/MCID n&gt;&gt; BDC</c>.</summary>
    public void BeginMarked(string tag, int mcid)
    {
        Raw(tag).Raw("<</MCID "u8).Integer(mcid).Raw(">>BDC\n"u8);
    }

    /// <summary>Opens an artifact: <c>/Artifact BMC</c>.</summary>
    public void BeginArtifact() => Raw("/Artifact BMC\n"u8);

    public void EndMarked() => Raw("EMC\n"u8);

    /// <summary>Draws <paramref name="text"/> with its left end of the baseline at (<paramref name="x"/>,
    /// <paramref name="y"/>) in PDF user space (origin bottom left), as one BT … ET text object.</summary>
    public void Text(ReadOnlySpan<char> text, TextStyle style, double x, double y)
    {
        if (text.Length == 0)
            return;
        Raw("BT\n"u8);
        var entry = fonts.For(style.Face);
        pageFonts |= 1 << entry.Number;
        if (!ReferenceEquals(entry, font) || fontSize != style.Size)
        {
            Raw(entry.ResourceNameBytes).Raw(" "u8).Number(style.Size).Raw(" Tf\n"u8);
            font = entry;
            fontSize = style.Size;
        }

        if (ink != style.Ink)
        {
            Raw(style.Ink switch
            {
                Ink.Text => "0 0 0 rg\n"u8,
                Ink.Muted => "0.376 0.376 0.376 rg\n"u8,
                Ink.Link => "0.078 0.275 0.667 rg\n"u8,
                _ => throw new ArgumentOutOfRangeException(nameof(style), style.Ink, "unknown ink"),
            });
            ink = style.Ink;
        }

        Raw("1 0 0 1 "u8).Number(x).Raw(" "u8).Number(y).Raw(" Tm\n<"u8);
        Ensure((text.Length * 4) + 8);
        var glyphs = buffer.AsSpan(length);
        var written = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var asciiLength = text[i..].IndexOfAnyExceptInRange('\0', (char)(PdfFontSet.AsciiLimit - 1));
            var asciiEnd = asciiLength < 0 ? text.Length : i + asciiLength;
            written += entry.UseAscii(text[i..asciiEnd], glyphs[written..]);
            i = asciiEnd;
            if (i == text.Length)
                break;
            var at = i;
            var codePoint = char.IsSurrogate(text[i]) ? CodePoints.At(text, ref i) : text[i];
            var glyph = entry.Use(codePoint, text.Slice(at, i - at + 1));
            written += HexDigits.Lower(glyph, glyphs[written..]);
        }

        length += written;

        Raw(">Tj\nET\n"u8);
    }

    /// <summary>A grey 0.5 pt horizontal rule from (<paramref name="x1"/>, <paramref name="y"/>) to (<paramref name="x2"/>, <paramref name="y"/>).</summary>
    public void Rule(double x1, double x2, double y)
    {
        Raw("q\n0.5 w\n0.627 0.627 0.627 RG\n"u8).Number(x1).Raw(" "u8).Number(y).Raw(" m\n"u8)
            .Number(x2).Raw(" "u8).Number(y).Raw(" l\nS\nQ\n"u8);
    }

    private PdfContentWriter Raw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
        return this;
    }

    private PdfContentWriter Raw(string ascii)
    {
        Ensure(ascii.Length);
        length += Encoding.ASCII.GetBytes(ascii, buffer.AsSpan(length));
        return this;
    }

    private PdfContentWriter Integer(int value)
    {
        Ensure(12);
        Utf8Formatter.TryFormat(value, buffer.AsSpan(length), out var written);
        length += written;
        return this;
    }

    /// <summary>A number with at most four decimals, trailing zeros dropped.</summary>
    private PdfContentWriter Number(double value)
    {
        Ensure(32);
        length += FormatNumber(value, buffer.AsSpan(length));
        return this;
    }

    /// <summary>Writes <paramref name="value"/> rounded to four decimals (midpoints away from zero, as
    /// <c>Math.Round(value, 4, MidpointRounding.AwayFromZero)</c>), trailing zeros and a bare point dropped, no "-0",
    /// from a scaled integer: no decimal conversion, no culture. Returns the bytes written (at most 32).</summary>
    internal static int FormatNumber(double value, Span<byte> destination)
    {
        var scaled = (long)Math.Round(value * 10000, MidpointRounding.AwayFromZero);
        var at = 0;
        if (scaled < 0)
        {
            destination[at++] = (byte)'-';
            scaled = -scaled;
        }

        var whole = scaled / 10000;
        var fraction = (int)(scaled % 10000);
        Utf8Formatter.TryFormat(whole, destination[at..], out var written);
        at += written;
        if (fraction == 0)
            return at;
        destination[at++] = (byte)'.';
        var digits = 4;
        while (fraction % 10 == 0)
        {
            fraction /= 10;
            digits--;
        }

        for (var i = digits - 1; i >= 0; i--)
        {
            destination[at + i] = (byte)('0' + (fraction % 10));
            fraction /= 10;
        }

        return at + digits;
    }

    private static byte[] TakeKept()
    {
        var taken = kept ?? new byte[16 * 1024];
        kept = null;
        return taken;
    }

    private void Ensure(int more)
    {
        if (length + more <= buffer.Length)
            return;
        Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + more));
    }
}
