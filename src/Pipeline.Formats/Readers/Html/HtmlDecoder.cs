using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Core.Decoding;
using Pipeline.Core.Diagnostics;

namespace Pipeline.Formats.Readers.Html;

/// <summary>Turns the bytes of a web page into text: a byte-order mark wins, then a declared <c>meta</c> charset,
/// else strict UTF-8 or a detected legacy code page (as <see cref="TextDecoder"/> does for plain text).</summary>
internal static partial class HtmlDecoder
{
    private const int PrescanBytes = 2048;

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*(?<cs>[A-Za-z0-9._:\-]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    public static DecodedText Decode(string path, ReadOnlySpan<byte> bytes)
    {
        if (TextDecoder.HasByteOrderMark(bytes) || DeclaredEncoding(bytes) is not { } declared)
            return TextDecoder.Decode(path, bytes);
        if (declared.CodePage == Encoding.UTF8.CodePage)
            return TextDecoder.Decode(path, bytes);
        var text = declared.GetString(bytes);
        return TextDecoder.Clean(text, declared.WebName, Diagnostic.Info($"decoded as {declared.WebName}, the charset the page declares"));
    }

    /// <summary>The encoding a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> content type near the start names, mapped as browsers map it.</summary>
    internal static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes.Length > PrescanBytes ? bytes[..PrescanBytes] : bytes);
        var match = MetaCharset().Match(head);
        if (!match.Success)
            return null;
        var name = match.Groups["cs"].Value.ToLowerInvariant() switch
        {
            "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "iso8859-1" => "windows-1252",
            "utf8" => "utf-8",
            var other => other,
        };
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
