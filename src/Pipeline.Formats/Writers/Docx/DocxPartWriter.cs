using System.Xml;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Writes the XML of the document and footnotes parts as UTF-8 straight into a buffer, byte for byte what
/// <see cref="XmlWriter.Create(Stream, XmlWriterSettings)"/> with the part settings of <see cref="DocxXml"/> writes for
/// the same calls, without its well-formedness checks and namespace bookkeeping (a third of the DOCX writer's time).</summary>
/// <remarks>Knows only what these parts use: elements and attributes in the <c>w</c> namespace (declared on the root
/// element), attributes in the <c>r</c> namespace (declared on the element that has them, after its attributes, as the
/// XmlWriter does), <c>xml:space</c>, and text; anything else throws <see cref="NotSupportedException"/>. Like the
/// XmlWriter it escapes <c>&lt; &gt; &amp;</c> (and <c>"</c>, tab and line breaks in attributes), writes line breaks in
/// text as <c>\n</c>, throws on characters XML forbids, and flushes the stream when closed (on a deflate stream a sync
/// flush, which is part of the package's bytes). It also hands the stream the same chunks (<see cref="DocxXmlBuffer"/>).</remarks>
internal sealed class DocxPartWriter : XmlWriter
{
    private readonly DocxXmlBuffer output;

    /// <summary>The open elements: local name, and whether its start tag declared <c>r</c>.</summary>
    private readonly Stack<(string LocalName, bool DeclaresR)> open = new();

    private bool startTagOpen;
    private bool inAttribute;
    private bool declaresW;
    private bool declaresR;
    private int openDeclaringR;
    private WriteState state = WriteState.Start;

    public DocxPartWriter(Stream stream) => output = new DocxXmlBuffer(stream);

    public override WriteState WriteState => state;

    public override void WriteStartDocument() => output.Checked("<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8);

    public override void WriteStartDocument(bool standalone) => throw Unsupported("a standalone declaration");

    public override void WriteEndDocument()
    {
        while (open.Count > 0)
            WriteEndElement();
    }

    public override void WriteDocType(string name, string? pubid, string? sysid, string? subset) => throw Unsupported("a document type");

    public override void WriteStartElement(string? prefix, string localName, string? ns)
    {
        if (prefix != "w" || ns != DocxXml.W)
            throw Unsupported($"the element {prefix}:{localName} in {ns}");
        CloseStartTag();
        output.Tag("<"u8, "w"u8, localName);
        declaresW = state == WriteState.Start;
        open.Push((localName, false));
        startTagOpen = true;
        state = WriteState.Element;
    }

    public override void WriteEndElement()
    {
        if (startTagOpen)
        {
            WriteDeclarations();
            output.Fixed(" />"u8);
            startTagOpen = false;
        }
        else
        {
            output.Tag("</"u8, "w"u8, open.Peek().LocalName);
            output.Fixed(">"u8);
        }

        if (open.Pop().DeclaresR)
            openDeclaringR--;
        state = WriteState.Content;
    }

    public override void WriteFullEndElement() => throw Unsupported("a full end element");

    public override void WriteStartAttribute(string? prefix, string localName, string? ns)
    {
        if (!startTagOpen || inAttribute)
            throw new InvalidOperationException("docx: an attribute outside a start tag");
        switch (prefix, ns)
        {
            case ("w", DocxXml.W):
            case ("xml", null) when localName == "space":
                break;
            // On the root, the XmlWriter would order the declarations of w and r in a way not needed (nor tested) here.
            case ("r", DocxXml.R) when !declaresW:
                declaresR |= openDeclaringR == 0;
                break;
            default:
                throw Unsupported($"the attribute {prefix}:{localName} in {ns}");
        }

        output.AttributeName(prefix, localName);
        inAttribute = true;
        state = WriteState.Attribute;
    }

    public override void WriteEndAttribute()
    {
        output.Fixed("\""u8);
        inAttribute = false;
        state = WriteState.Element;
    }

    public override void WriteString(string? text)
    {
        if (text is null)
            return;
        if (inAttribute)
        {
            output.Escaped(text, inAttribute: true);
            return;
        }

        CloseStartTag();
        state = WriteState.Content;
        output.Escaped(text, inAttribute: false);
    }

    public override void WriteCData(string? text) => throw Unsupported("CDATA");

    public override void WriteComment(string? text) => throw Unsupported("a comment");

    public override void WriteProcessingInstruction(string name, string? text) => throw Unsupported("a processing instruction");

    public override void WriteEntityRef(string name) => throw Unsupported("an entity reference");

    public override void WriteCharEntity(char ch) => throw Unsupported("a character entity");

    public override void WriteWhitespace(string? ws) => throw Unsupported("white space");

    public override void WriteSurrogateCharEntity(char lowChar, char highChar) => throw Unsupported("a character entity");

    public override void WriteChars(char[] buffer, int index, int count) => throw Unsupported("characters from an array");

    public override void WriteRaw(char[] buffer, int index, int count) => throw Unsupported("raw text");

    public override void WriteRaw(string data) => throw Unsupported("raw text");

    public override void WriteBase64(byte[] buffer, int index, int count) => throw Unsupported("base64");

    public override string? LookupPrefix(string ns) => ns switch
    {
        DocxXml.W when state != WriteState.Start => "w",
        DocxXml.R when openDeclaringR > 0 || declaresR => "r",
        _ => null,
    };

    /// <summary>Writes what is buffered to the stream and flushes it.</summary>
    public override void Flush() => output.Flush();

    /// <summary>Ends every open element and flushes, as the XmlWriter does when closed.</summary>
    public override void Close()
    {
        if (state == WriteState.Closed)
            return;
        WriteEndDocument();
        Flush();
        state = WriteState.Closed;
        output.Dispose();
    }

    /// <summary>Ends the open start tag with its namespace declarations and <c>&gt;</c>.</summary>
    private void CloseStartTag()
    {
        if (!startTagOpen)
            return;
        WriteDeclarations();
        output.Fixed(">"u8);
        startTagOpen = false;
    }

    /// <summary>The namespace declarations of the open start tag, after its attributes: <c>w</c> on the root, <c>r</c> on
    /// an element whose attribute needs it and no enclosing element declared.</summary>
    private void WriteDeclarations()
    {
        if (declaresW)
        {
            output.Declaration("w"u8, DocxXml.W);
            declaresW = false;
        }

        if (declaresR)
        {
            output.Declaration("r"u8, DocxXml.R);
            declaresR = false;
            open.Push((open.Pop().LocalName, true));
            openDeclaringR++;
        }
    }

    private static NotSupportedException Unsupported(string what) => new($"docx: the part writer does not write {what}");
}
