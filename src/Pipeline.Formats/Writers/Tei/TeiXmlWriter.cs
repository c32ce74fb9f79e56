using System.Buffers;
using System.Text.Unicode;
using System.Xml;

namespace Pipeline.Formats.Writers.Tei;

/// <summary>Writes the XML of a TEI file as UTF-8 straight into a buffer: byte for byte what
/// <see cref="XmlWriter.Create(Stream, XmlWriterSettings)"/> with the TEI writer's settings (UTF-8 without a byte-order
/// mark, no indentation, new lines as <c>\n</c>) writes for the same calls, without its per-document buffers,
/// well-formedness checks and namespace bookkeeping.</summary>
/// <remarks>Knows only what TEI uses: elements in the TEI namespace (declared, as the default namespace, on the root
/// element after its attributes), unprefixed and <c>xml:</c> attributes, text and white space. Like the XmlWriter it
/// escapes <c>&lt; &gt; &amp;</c> (and <c>"</c>, tab and line breaks in attributes), writes line breaks in text as
/// <c>\n</c>, throws <see cref="ArgumentException"/> on characters XML forbids, writes an element without content as
/// <c>&lt;name /&gt;</c>, and when disposed ends the open elements and flushes the stream.</remarks>
internal sealed class TeiXmlWriter : IDisposable
{
    public const string Namespace = "http://www.tei-c.org/ns/1.0";

    private const int BufferSize = 16 * 1024;

    /// <summary>What one piece of markup or one escape can take; the buffer is written out before it would not fit.</summary>
    private const int MarkupRoom = 64;


    private readonly Stream stream;
    private readonly List<string> open = [];
    private readonly byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int count;
    private bool disposed;
    private bool startTagOpen;
    private bool declaresNamespace;

    public TeiXmlWriter(Stream stream) => this.stream = stream;

    public void WriteStartDocument() => Markup("<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8);

    /// <summary>Starts an element in the TEI namespace.</summary>
    public void WriteStartElement(string name)
    {
        CloseStartTag();
        Markup("<"u8);
        Name(name);
        declaresNamespace = open.Count == 0;
        open.Add(name);
        startTagOpen = true;
    }

    /// <summary>An attribute without a prefix.</summary>
    public void WriteAttribute(string name, string value)
    {
        StartAttribute();
        Name(name);
        AttributeValue(value);
    }

    /// <summary>An attribute pointing to an element of the same file: <c>name="#id"</c>.</summary>
    public void WritePointer(string name, string id)
    {
        StartAttribute();
        Name(name);
        Markup("=\"#"u8);
        Escaped(id, XmlEscape.InAttribute, inAttribute: true);
        Markup("\""u8);
    }

    /// <summary>An attribute in the XML namespace: <c>xml:id</c>, <c>xml:lang</c>.</summary>
    public void WriteXmlAttribute(string localName, string value)
    {
        StartAttribute();
        Markup("xml:"u8);
        Name(localName);
        AttributeValue(value);
    }

    /// <summary>Ends the innermost open element: <c>&lt;name /&gt;</c> when nothing was written into it.</summary>
    public void WriteEndElement()
    {
        var name = open[^1];
        open.RemoveAt(open.Count - 1);
        if (startTagOpen)
        {
            WriteDeclaration();
            Markup(" />"u8);
            startTagOpen = false;
            return;
        }

        Markup("</"u8);
        Name(name);
        Markup(">"u8);
    }

    /// <summary>Text content; white space (an indent) is written the same way.</summary>
    public void WriteString(string text)
    {
        CloseStartTag();
        Escaped(text, XmlEscape.InText, inAttribute: false);
    }

    /// <summary>Ends every open element and writes what is buffered to the stream, which is flushed.</summary>
    public void Dispose()
    {
        if (disposed)
            return;
        while (open.Count > 0)
            WriteEndElement();
        WriteOut();
        stream.Flush();
        ArrayPool<byte>.Shared.Return(buffer);
        disposed = true;
    }

    private void StartAttribute()
    {
        if (!startTagOpen)
            throw new InvalidOperationException("tei: an attribute outside a start tag");
        Markup(" "u8);
    }

    private void AttributeValue(string value)
    {
        Markup("=\""u8);
        Escaped(value, XmlEscape.InAttribute, inAttribute: true);
        Markup("\""u8);
    }

    /// <summary>Ends the open start tag, after the root element's namespace declaration.</summary>
    private void CloseStartTag()
    {
        if (!startTagOpen)
            return;
        WriteDeclaration();
        Markup(">"u8);
        startTagOpen = false;
    }

    private void WriteDeclaration()
    {
        if (!declaresNamespace)
            return;
        Markup(" xmlns=\""u8);
        Escaped(Namespace, XmlEscape.InAttribute, inAttribute: true);
        Markup("\""u8);
        declaresNamespace = false;
    }

    /// <summary>An element or attribute name: the writer's own ASCII constants.</summary>
    private void Name(string name)
    {
        if (count + name.Length > buffer.Length)
            WriteOut();
        if (Ascii.FromUtf16(name, buffer.AsSpan(count), out var written) != OperationStatus.Done)
            throw new NotSupportedException($"tei: the XML writer does not write the name '{name}'");
        count += written;
    }

    private void Escaped(ReadOnlySpan<char> text, SearchValues<char> specials, bool inAttribute)
    {
        while (!text.IsEmpty)
        {
            var run = text.IndexOfAny(specials);
            Encoded(run < 0 ? text : text[..run]);
            if (run < 0)
                return;
            var c = text[run];
            text = text[(run + 1)..];
            var escape = XmlEscape.Of(c, inAttribute);
            if (escape.IsEmpty)
                throw new ArgumentException($"tei: the character U+{(int)c:X4} is not allowed in XML", nameof(text));
            if (c == '\r' && !inAttribute && text is ['\n', ..])
                text = text[1..];
            Markup(escape);
        }
    }

    /// <summary>Text that needs no escape, as UTF-8; throws on a lone surrogate or U+FFFE/U+FFFF, as the XmlWriter does.</summary>
    private void Encoded(ReadOnlySpan<char> text)
    {
        if (!Ascii.IsValid(text) && text.IndexOfAny('\uFFFE', '\uFFFF') is var forbidden and >= 0)
            throw new ArgumentException($"tei: the character U+{(int)text[forbidden]:X4} is not allowed in XML", nameof(text));
        while (true)
        {
            var status = Utf8.FromUtf16(text, buffer.AsSpan(count), out var read, out var written, replaceInvalidSequences: false);
            count += written;
            if (status == OperationStatus.Done)
                return;
            if (status == OperationStatus.InvalidData)
                throw new ArgumentException("tei: a lone surrogate is not allowed in XML", nameof(text));
            text = text[read..];
            WriteOut();
        }
    }

    /// <summary>Markup of at most <see cref="MarkupRoom"/> bytes.</summary>
    private void Markup(ReadOnlySpan<byte> markup)
    {
        if (count + MarkupRoom > buffer.Length)
            WriteOut();
        markup.CopyTo(buffer.AsSpan(count));
        count += markup.Length;
    }

    private void WriteOut()
    {
        if (count > 0)
            stream.Write(buffer, 0, count);
        count = 0;
    }
}
