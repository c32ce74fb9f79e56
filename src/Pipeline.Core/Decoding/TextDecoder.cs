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

/// <summary>Turns bytes into text, in this order: a byte-order mark says the encoding outright; else strict UTF-8; else
/// the legacy code page UTF.Unknown detects (Shift-JIS, GBK, Big5, EUC-JP, TIS-620, cp1251, cp1252, …), reported as a
/// diagnostic — unless the bytes are mostly valid UTF-8 with some damaged sequences, which are then replaced
/// with U+FFFD and a warning names their lines (see <see cref="DamagedUtf8"/>); else windows-1252 with a warning. A
/// byte-order mark followed by a bad sequence is damaged text too, never a failed document. UTF-7 is refused: it can
/// hide markup from every check that reads bytes. Newlines come out as <c>\n</c>; control characters are removed (see
/// <see cref="ControlCharacters"/>).</summary>
public static class TextDecoder
{
    private const int MaxNulPerMille = 1;
    private const int MaxControlPercent = 5;
    private const float MinConfidence = 0.3f;
    private const int Utf7CodePage = 65000;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The byte-order marks, longest first (UTF-32LE starts like UTF-16LE).</summary>
    private static readonly (byte[] Mark, string Name, Func<Encoding> Encoding)[] Marks =
    [
        ([0xEF, 0xBB, 0xBF], "utf-8", () => new UTF8Encoding(false, false)),
        ([0xFF, 0xFE, 0, 0], "utf-32le", () => new UTF32Encoding(false, false, false)),
        ([0, 0, 0xFE, 0xFF], "utf-32be", () => new UTF32Encoding(true, false, false)),
        ([0xFF, 0xFE], "utf-16le", () => new UnicodeEncoding(false, false, false)),
        ([0xFE, 0xFF], "utf-16be", () => new UnicodeEncoding(true, false, false)),
    ];

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="TranscriptException"/> for binary content and UTF-7.</summary>
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
    public static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) => ByteOrderMarkLength(bytes) > 0;

    /// <summary>The length of the byte-order mark the bytes start with (0 when there is none): the one place that knows them.</summary>
    public static int ByteOrderMarkLength(ReadOnlySpan<byte> bytes) => FindMark(bytes) is { } mark ? mark.Mark.Length : 0;

    /// <summary>Whether an encoding is UTF-7, which this project refuses to decode.</summary>
    public static bool IsUtf7(string encodingName) =>
        encodingName.Trim().ToLowerInvariant() is "utf-7" or "utf7" or "unicode-1-1-utf-7" or "unicode-2-0-utf-7" or "csunicode11utf7" or "x-unicode-1-1-utf-7" or "x-unicode-2-0-utf-7";

    /// <summary>The error for UTF-7 input (declared, detected or marked).</summary>
    public static TranscriptException Utf7Refused(string path, string how) =>
        new(path, $"UTF-7 ({how}) is refused: it is obsolete and can hide markup; save the file as UTF-8");

    /// <summary><c>\r\n</c>, <c>\r</c>, NEL, LS and PS become <c>\n</c>.</summary>
    public static string NormalizeNewlines(string text)
    {
        if (text.AsSpan().IndexOfAny('\r', '\u0085', '\u2028') < 0 && !text.Contains('\u2029', StringComparison.Ordinal))
            return text;
        return text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n').Replace('\u0085', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n');
    }

    private static (byte[] Mark, string Name, Func<Encoding> Encoding)? FindMark(ReadOnlySpan<byte> bytes)
    {
        foreach (var mark in Marks)
        {
            if (bytes.StartsWith(mark.Mark))
                return mark;
        }

        return null;
    }

    private static (string Text, string Name, Diagnostic? Diagnostic) DecodeRaw(string path, ReadOnlySpan<byte> bytes)
    {
        if (FindMark(bytes) is { } mark)
            return WithMark(bytes[mark.Mark.Length..], mark.Name, mark.Encoding());
        if (bytes.StartsWith("+/v"u8) && bytes.Length > 3 && bytes[3] is (byte)'8' or (byte)'9' or (byte)'+' or (byte)'/')
            throw Utf7Refused(path, "byte-order mark +/v");

        if (LooksBinary(bytes))
            throw new TranscriptException(path, "binary file, not text (NUL bytes and control characters)");

        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8", null);
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: a legacy code page, or UTF-8 with a few damaged sequences.
        }

        var detected = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        if (detected?.Encoding is { CodePage: Utf7CodePage })
            throw Utf7Refused(path, "detected");
        var legacy = detected?.Encoding is { } found && found.CodePage != Encoding.UTF8.CodePage ? found : null;

        // A legacy code page wins unless the bytes are mostly valid UTF-8: then the bad sequences are damage.
        if (DamagedUtf8.TryDecode(bytes) is { } damaged)
            return (damaged.Text, "utf-8", damaged.Warning);
        if (legacy is not null && detected!.Confidence >= MinConfidence)
        {
            return (legacy.GetString(bytes), legacy.WebName,
                Diagnostic.Info(DiagnosticCode.LegacyEncodingDetected, $"not UTF-8; decoded as {legacy.WebName} (detected, confidence {detected.Confidence:0.00})").With("encoding", legacy.WebName).With("confidence", detected.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var fallback = Encoding.GetEncoding(1252);
        return (fallback.GetString(bytes), fallback.WebName, Diagnostic.Warning(DiagnosticCode.EncodingFallback, "not UTF-8 and no code page detected with confidence; decoded as windows-1252").With("encoding", fallback.WebName));
    }

    /// <summary>Text after a byte-order mark: its encoding is certain, so a bad sequence is damage, replaced with U+FFFD and
    /// named in a warning, exactly as in UTF-8 without a mark.</summary>
    private static (string Text, string Name, Diagnostic? Diagnostic) WithMark(ReadOnlySpan<byte> bytes, string name, Encoding encoding)
    {
        if (encoding is UTF8Encoding)
        {
            var (text, warning) = DamagedUtf8.DecodeAnyway(bytes, "invalid UTF-8");
            return (text, name, warning);
        }

        try
        {
            return (Strict(encoding).GetString(bytes), name, null);
        }
        catch (DecoderFallbackException)
        {
            return (encoding.GetString(bytes), name, Diagnostic.Warning(DiagnosticCode.InvalidBytesReplaced, $"invalid {name} despite its byte-order mark; the bad sequences were replaced with U+FFFD").With("encoding", name));
        }
    }

    private static Encoding Strict(Encoding encoding)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        return strict;
    }

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
