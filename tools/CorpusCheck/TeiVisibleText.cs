using System.Xml;
using System.Xml.Linq;

namespace Pipeline.CorpusCheck;

/// <summary>The visible text of a TEI file, what a TEI reader must keep: every text node of the <c>text</c>
/// element(s) and the header's first title. Parsed with DTDs ignored, so nothing is expanded or fetched.</summary>
internal static class TeiVisibleText
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };

    public static string Of(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
        var root = XDocument.Load(reader).Root!;
        var title = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "titleStmt")?.Elements().FirstOrDefault(e => e.Name.LocalName == "title");
        var texts = root.Descendants().Where(e => e.Name.LocalName == "text" && !e.Ancestors().Any(a => a.Name.LocalName == "text"));
        var nodes = texts.SelectMany(t => t.DescendantNodes()).OfType<XText>().Select(t => t.Value);
        return string.Join(" ", nodes.Prepend(title?.Value ?? ""));
    }
}
