namespace Pipeline.Formats.Readers.Html;

/// <summary>Turns the bytes of a web page into text: a byte-order mark wins; then a declared <c>meta</c> charset, but
/// only when the bytes agree with it; else what <see cref="TextDecoder"/> finds (strict UTF-8, a detected legacy code
/// page, damaged UTF-8). The declaration is found by reading the head as ASCII, so a page that declares UTF-16 or
/// UTF-32 cannot be in it; a page whose bytes are valid UTF-8 with non-ASCII letters is UTF-8 whatever it declares;
/// bytes the declared code page has no character for disprove it. A UTF-7 declaration is refused.</summary>
internal static partial class HtmlDecoder
{
    private const int PrescanBytes = 2048;

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*(?<cs>[A-Za-z0-9._:\-]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    public static DecodedText Decode(string path, ReadOnlySpan<byte> bytes)
    {
        if (TextDecoder.HasByteOrderMark(bytes) || DeclaredName(bytes) is not { } name)
            return TextDecoder.Decode(path, bytes);
        if (TextDecoder.IsUtf7(name))
            throw TextDecoder.Utf7Refused(path, $"the page declares charset {name}");
        if (Resolve(name) is not { } declared || declared.CodePage == Encoding.UTF8.CodePage)
            return TextDecoder.Decode(path, bytes);

        var decoded = TextDecoder.Decode(path, bytes);
        var disagreement = Disagreement(declared, bytes, decoded);
        if (disagreement is not null)
        {
            var note = Diagnostic.Info(DiagnosticCode.DeclaredCharsetOverruled, $"the page declares charset {name}, but {disagreement}; decoded as {decoded.EncodingName}").With("declared", name).With("encoding", decoded.EncodingName);
            return decoded with { Diagnostic = decoded.Diagnostic is null ? note : decoded.Diagnostic };
        }

        var text = declared.GetString(bytes);
        return TextDecoder.Clean(text, declared.WebName, Diagnostic.Info(DiagnosticCode.DeclaredCharset, $"decoded as {declared.WebName}, the charset the page declares").With("encoding", declared.WebName));
    }

    /// <summary>Why the bytes disprove the declared encoding, or null when they agree with it.</summary>
    private static string? Disagreement(Encoding declared, ReadOnlySpan<byte> bytes, DecodedText asFound)
    {
        const string Probe = "<meta charset=\"x\">";
        if (!declared.GetBytes(Probe).AsSpan().SequenceEqual(Encoding.ASCII.GetBytes(Probe)))
            return "the page is written in an ASCII-compatible encoding and that one is not";
        if (asFound.EncodingName == "utf-8" && asFound.Diagnostic is null && bytes.ContainsAnyInRange((byte)0x80, (byte)0xFF))
            return "its bytes are valid UTF-8";
        var strict = (Encoding)declared.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            strict.GetCharCount(bytes);
            return null;
        }
        catch (DecoderFallbackException)
        {
            return $"its bytes are not valid {declared.WebName}";
        }
    }

    /// <summary>The charset a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> content type near the start names.</summary>
    private static string? DeclaredName(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes.Length > PrescanBytes ? bytes[..PrescanBytes] : bytes);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    /// <summary>The encoding a declared name stands for, mapped as browsers map it; null when .NET has none.</summary>
    private static Encoding? Resolve(string declaredName)
    {
        var name = declaredName.ToLowerInvariant() switch
        {
            "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "iso8859-1" => "windows-1252",
            "utf8" => "utf-8",
            var other => other,
        };
        try
        {
            var encoding = Encoding.GetEncoding(name);
            return encoding.CodePage == 65000 ? null : encoding;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
