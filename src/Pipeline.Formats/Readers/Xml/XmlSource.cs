using System.Xml;

namespace Pipeline.Formats.Readers.Xml;

/// <summary>Secure XML parsing shared by the Transcriber and generic XML readers: a DOCTYPE is skipped, never processed,
/// so no entity is expanded and nothing is fetched; and the few facts about a document the readers sniff.</summary>
internal static class XmlSource
{
    /// <summary>The one set of secure reader settings, shared with the TEI reader.</summary>
    internal static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>The parsed file with line information; bad XML is a <see cref="TranscriptException"/> naming the file and line.</summary>
    public static XDocument Load(string path, ReadOnlyMemory<byte> content)
    {
        if (content.Length == 0 || content.Span.Trim(" \t\r\n"u8).Length == 0)
            throw new TranscriptException(path, "empty file: no text to convert");
        if (!TextDecoder.HasByteOrderMark(content.Span) && TextDecoder.LooksBinary(content.Span))
            throw new TranscriptException(path, "binary file, not XML (NUL bytes and control characters)");
        try
        {
            var bytes = content.ToArray();
            CheckNesting(path, bytes);
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            throw new TranscriptException(path, $"not well-formed XML ({ex.Message}); DTDs and entities they declare are never processed", ex.LineNumber > 0 ? ex.LineNumber : null, ex);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or DecoderFallbackException or InvalidOperationException)
        {
            throw new TranscriptException(path, $"unreadable XML ({ex.Message})", null, ex);
        }
    }

    /// <summary>Refuses elements nested deeper than <see cref="ReaderLimits.MaxNesting"/> levels, naming the line of the first
    /// one too deep. A streaming pass that stops there, before a tree is built: building an <see cref="XDocument"/> costs
    /// time that grows with the square of the depth (28 s at 80,000 levels), and everything after it (the walks, the
    /// writers) may then recurse on depth.</summary>
    internal static void CheckNesting(string path, byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth >= ReaderLimits.MaxNesting)
            {
                var line = reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : (int?)null;
                throw new TranscriptException(path, $"elements nest more than {ReaderLimits.MaxNesting} levels deep (<{reader.LocalName}> here); refused", line);
            }
        }
    }

    /// <summary>The root element's name, or null when the bytes are not XML (or end before the root).</summary>
    public static XName? RootName(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
            return null;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content.ToArray(), writable: false), Settings);
            return reader.MoveToContent() == XmlNodeType.Element ? XName.Get(reader.LocalName, reader.NamespaceURI) : null;
        }
        catch (Exception ex) when (ex is XmlException or ArgumentException or NotSupportedException or DecoderFallbackException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The 1-based line of a node, when the parser recorded it.</summary>
    public static int? Line(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    /// <summary>The 1-based column of a node, when the parser recorded it.</summary>
    public static int? Column(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LinePosition : null;

    /// <summary>An attribute's value by local name, ignoring namespaces; null when absent.</summary>
    public static string? Attr(this XElement element, string localName) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value;

    /// <summary>Text with XML white space collapsed to single spaces (no-break spaces kept).</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }

        if (space && builder.Length > 0)
            builder.Append(' ');
        return builder.ToString();
    }

    /// <summary>The encoding the XML declaration names (lower case), else UTF-8.</summary>
    public static string EncodingOf(XDocument document) =>
        document.Declaration?.Encoding is { Length: > 0 } declared ? declared.ToLowerInvariant() : "utf-8";
}
