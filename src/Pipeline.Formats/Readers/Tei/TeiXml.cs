using System.Xml;

namespace Pipeline.Formats.Readers.Tei;

/// <summary>Secure XML parsing for the TEI reader: a DOCTYPE is skipped, never processed, so no entity is
/// expanded and nothing is fetched (no billion laughs, no external entities); and the root-element check.</summary>
internal static class TeiXml
{
    public static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    private static readonly XmlReaderSettings Settings = Xml.XmlSource.Settings;

    /// <summary>The parsed file with line information; bad XML, and entities a DTD would have declared, are a
    /// <see cref="TranscriptException"/> naming the file and line.</summary>
    public static XDocument Load(string path, ReadOnlyMemory<byte> content)
    {
        if (!TextDecoder.HasByteOrderMark(content.Span) && TextDecoder.LooksBinary(content.Span))
            throw new TranscriptException(path, "binary file, not XML (NUL bytes and control characters)");
        try
        {
            var bytes = content.ToArray();
            Xml.XmlSource.CheckNesting(path, bytes);
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new TranscriptException(path, $"not well-formed XML ({ex.Message}); DTDs and entities they declare are never processed", ex.LineNumber > 0 ? ex.LineNumber : null, ex);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or System.Text.DecoderFallbackException)
        {
            throw new TranscriptException(path, $"unreadable XML ({ex.Message})", null, ex);
        }
    }

    /// <summary>The name of the root element, or null when the bytes end (or break) before it.</summary>
    public static XName? RootName(ReadOnlySpan<byte> content)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content.ToArray(), writable: false), Settings);
            return reader.MoveToContent() == XmlNodeType.Element ? XName.Get(reader.LocalName, reader.NamespaceURI) : null;
        }
        catch (Exception ex) when (ex is XmlException or ArgumentException or NotSupportedException or System.Text.DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Whether a root element is TEI: in the TEI namespace, or a <c>TEI</c>/<c>teiCorpus</c> root in none.</summary>
    public static bool IsTeiRoot(XName root) =>
        root.Namespace == Tei || (root.Namespace == XNamespace.None && root.LocalName is "TEI" or "teiCorpus");

    /// <summary>What to say about a root that is not TEI: <c>not TEI (root element Hansard)</c>.</summary>
    public static string NotTei(XName root) =>
        root.Namespace == XNamespace.None
            ? $"not TEI (root element {root.LocalName}); no reader takes this XML"
            : $"not TEI (root element {root.LocalName} in namespace {root.NamespaceName}); no reader takes this XML";
}
