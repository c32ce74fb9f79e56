using System.Buffers;
using System.Xml;

namespace Pipeline.Formats.Writers;

/// <summary>The escapes an <see cref="XmlWriter"/> writes, for the raw UTF-8 writers that reproduce its bytes
/// (<see cref="Tei.TeiXmlWriter"/>, <see cref="Docx.DocxPartWriter"/>).</summary>
internal static class XmlEscape
{
    /// <summary>What text cannot carry as it is: markup characters and every control character.</summary>
    public static readonly SearchValues<char> InText = SearchValues.Create(WithControls("<>&"));

    /// <summary>What an attribute value cannot carry as it is: as text, and the quote.</summary>
    public static readonly SearchValues<char> InAttribute = SearchValues.Create(WithControls("<>&\""));

    /// <summary>The bytes the XmlWriter writes for <paramref name="c"/>, one of the characters above. A carriage return in
    /// text becomes a new line, <c>\n</c> (the caller drops a line feed right after it: "\r\n" is one line break).
    /// Empty for a character XML forbids.</summary>
    public static ReadOnlySpan<byte> Of(char c, bool inAttribute) => c switch
    {
        '<' => "&lt;"u8,
        '>' => "&gt;"u8,
        '&' => "&amp;"u8,
        '"' => "&quot;"u8,
        '\t' => inAttribute ? "&#x9;"u8 : "\t"u8,
        '\n' => inAttribute ? "&#xA;"u8 : "\n"u8,
        '\r' => inAttribute ? "&#xD;"u8 : "\n"u8,
        _ => default,
    };

    private static string WithControls(string escaped)
    {
        var chars = new StringBuilder(escaped);
        for (var c = '\0'; c < ' '; c++)
            chars.Append(c);
        return chars.ToString();
    }
}
