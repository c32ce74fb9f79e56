using System.Xml;
using System.Xml.Linq;

namespace Pipeline.CorpusCheck;

/// <summary>The visible text of a TEI file, what a TEI reader must keep: every text node of the <c>text</c>
/// element(s). The header's titles are metadata: the check adds the one the reader chose (ParlaMint has one per
/// language). Parsed with DTDs ignored, so nothing is expanded or fetched.</summary>
internal static class TeiVisibleText
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };

    public static string Of(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
        var root = XDocument.Load(reader).Root!;
        var texts = root.Descendants().Where(e => e.Name.LocalName == "text" && !e.Ancestors().Any(a => a.Name.LocalName == "text"));
        var nodes = texts.SelectMany(t => t.DescendantNodes()).OfType<XText>().Select(t => t.Value);
        return string.Join(" ", nodes);
    }
}
