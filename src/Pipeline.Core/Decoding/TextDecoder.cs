using System.Text;
using Pipeline.Core.Diagnostics;
using UtfUnknown;

namespace Pipeline.Core.Decoding;

/// <summary>The text of a file and how it was decoded.</summary>
public sealed record DecodedText(string Text, string EncodingName, Diagnostic? Diagnostic)
{
    /// <summary>The warning about control characters removed from the text, if any were.</summary>
    public Diagnostic? Removal { get; init; }

    /// <summary>Every diagnostic decoding produced.</summary>
    public IEnumerable<Diagnostic> Diagnostics => new[] { Diagnostic, Removal }.OfType<Diagnostic>();
}

/// <summary>Turns bytes into text: a byte-order mark wins; else strict UTF-8; else UTF-8 with a few damaged
/// sequences replaced (a warning names their lines); else the legacy code page that UTF.Unknown detects (cp1251,
/// cp1252, …), reported as a diagnostic. Newlines come out as <c>\n</c>; control characters are removed (see
/// <see cref="ControlCharacters"/>).</summary>
public static class TextDecoder
{
    private const int MaxNulPerMille = 1;
    private const int MaxControlPercent = 5;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="TranscriptException"/> for binary content.</summary>
    public static DecodedText Decode(string path, ReadOnlySpan<byte> bytes)
    {
        var (text, name, diagnostic) = DecodeRaw(path, bytes);
        return Clean(text, name, diagnostic);
    }

    /// <summary>Normalises the newlines of decoded text and removes the control characters no output can carry.</summary>
    public static DecodedText Clean(string text, string encodingName, Diagnostic? diagnostic)
    {
        var (clean, removal) = ControlCharacters.Strip(NormalizeNewlines(text));
        return new DecodedText(clean, encodingName, diagnostic) { Removal = removal };
    }

    /// <summary>True when the bytes start with a UTF-8, UTF-16 or UTF-32 byte-order mark, which says the encoding outright.</summary>
    public static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]);

    /// <summary><c>\r\n</c>, <c>\r</c>, NEL, LS and PS become <c>\n</c>.</summary>
    public static string NormalizeNewlines(string text)
    {
        if (text.AsSpan().IndexOfAny('\r', '\u0085', '\u2028') < 0 && !text.Contains('\u2029', StringComparison.Ordinal))
            return text;
        return text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n').Replace('\u0085', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n');
    }

    private static (string Text, string Name, Diagnostic? Diagnostic) DecodeRaw(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
            return (Strict(path, StrictUtf8, bytes[3..]), "utf-8", null);
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE, 0, 0 }))
            return (Strict(path, new UTF32Encoding(false, false, true), bytes[4..]), "utf-32le", null);
        if (bytes.StartsWith(new byte[] { 0, 0, 0xFE, 0xFF }))
            return (Strict(path, new UTF32Encoding(true, false, true), bytes[4..]), "utf-32be", null);
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }))
            return (Strict(path, new UnicodeEncoding(false, false, true), bytes[2..]), "utf-16le", null);
        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
            return (Strict(path, new UnicodeEncoding(true, false, true), bytes[2..]), "utf-16be", null);

        if (LooksBinary(bytes))
            throw new TranscriptException(path, "binary file, not text (NUL bytes and control characters)");

        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8", null);
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: damaged UTF-8 or a legacy code page.
        }

        if (DamagedUtf8.TryDecode(bytes) is { } damaged)
            return (damaged.Text, "utf-8", damaged.Warning);

        var detected = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        Encoding encoding;
        Diagnostic diagnostic;
        if (detected?.Encoding is { } found && found.CodePage != 65001 && detected.Confidence >= 0.3f)
        {
            encoding = found;
            diagnostic = Diagnostic.Info($"not UTF-8; decoded as {encoding.WebName} (detected, confidence {detected.Confidence:0.00})");
        }
        else
        {
            encoding = Encoding.GetEncoding(1252);
            diagnostic = Diagnostic.Warning("not UTF-8 and no code page detected with confidence; decoded as windows-1252");
        }

        return (encoding.GetString(bytes), encoding.WebName, diagnostic);
    }

    private static string Strict(string path, Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new TranscriptException(path, $"invalid {encoding.WebName} despite its byte-order mark: {ex.Message}");
        }
    }

    /// <summary>Text files have no NUL bytes and few C0 controls; UTF-16 without a mark is caught here too and reported.</summary>
    /// <summary>True for bytes that are no text in any encoding this project reads without a byte-order mark:
    /// NUL bytes or too many control bytes.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > 8192 ? bytes[..8192] : bytes;
        if (sample.IsEmpty)
            return false;
        var nul = 0;
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
                nul++;
            else if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C and not 0x1A)
                controls++;
        }

        // Compressed or random bytes hold a NUL in every 256 and a control in every 10; a text with a stray NUL or an
        // escape sequence here and there stays text (and loses those characters with a warning).
        return nul * 1000 >= sample.Length * MaxNulPerMille || (nul + controls) * 100 >= sample.Length * MaxControlPercent;
    }
}
