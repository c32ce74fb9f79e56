using System.Xml;

namespace Pipeline.Formats.Readers.Tei;

/// <summary>Small helpers over TEI elements: names, ids, line numbers and text with layout whitespace removed.</summary>
internal static partial class TeiText
{
    [GeneratedRegex(@"[ \t\r]*\n[ \t\r\n]*", RegexOptions.CultureInvariant)]
    private static partial Regex LayoutBreak();

    /// <summary>Whether the element is <paramref name="localName"/> (in the TEI namespace or in none).</summary>
    public static bool Is(this XElement element, string localName) => element.Name.LocalName == localName;

    public static IEnumerable<XElement> Children(this XElement element, string localName) =>
        element.Elements().Where(e => e.Name.LocalName == localName);

    public static XElement? Child(this XElement element, string localName) => element.Children(localName).FirstOrDefault();

    public static IEnumerable<XElement> Below(this XElement element, string localName) =>
        element.Descendants().Where(e => e.Name.LocalName == localName);

    public static string? Attr(this XElement element, string name) => (string?)element.Attribute(name);

    public static string? XmlId(XElement element) => (string?)element.Attribute(XNamespace.Xml + "id");

    public static string? Lang(XElement element) => (string?)element.Attribute(XNamespace.Xml + "lang");

    public static int? Line(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    /// <summary>A text node's value with line breaks and the indentation after them (pretty-printing, not
    /// content) turned into one space.</summary>
    public static string Layout(string text) => text.Contains('\n', StringComparison.Ordinal) ? LayoutBreak().Replace(text, " ") : text;

    /// <summary>The element's text, words of neighbouring child elements kept apart, layout whitespace removed, trimmed.</summary>
    public static string Plain(XElement element)
    {
        var builder = new StringBuilder();
        Append(builder, element);
        return Layout(builder.ToString()).Trim();
    }

    private static void Append(StringBuilder builder, XElement element)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
            {
                builder.Append(text.Value);
            }
            else if (node is XElement child)
            {
                if (builder.Length > 0 && !char.IsWhiteSpace(builder[^1]))
                    builder.Append(' ');
                Append(builder, child);
            }
        }
    }
}
