using System.Buffers;
using System.Text;
using System.Text.Unicode;
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
/// flush, which is part of the package's bytes). It also hands the stream the same chunks: zlib's output depends on
/// where its input is cut, so the XmlWriter's buffer is mimicked — markup of fixed size is appended without a check,
/// and before each character of a name or text the buffer is written out once it holds <see cref="ChunkSize"/> bytes.</remarks>
internal sealed class DocxPartWriter : XmlWriter
{
    /// <summary>The bytes the XmlWriter's UTF-8 writer holds before it writes them out (its 6,144-byte buffer less the
    /// one byte it keeps in front).</summary>
    private const int ChunkSize = 6143;

    /// <summary>What markup, an escape or one character can add past <see cref="ChunkSize"/> before the next check.</summary>
    private const int Overflow = 64;


    private readonly Stream stream;
    private readonly byte[] buffer = ArrayPool<byte>.Shared.Rent(ChunkSize + Overflow);

    /// <summary>The open elements: local name, and whether its start tag declared <c>r</c>.</summary>
    private readonly Stack<(string LocalName, bool DeclaresR)> open = new();

    private int count;
    private bool startTagOpen;
    private bool inAttribute;
    private bool declaresW;
    private bool declaresR;
    private int openDeclaringR;
    private WriteState state = WriteState.Start;

    public DocxPartWriter(Stream stream) => this.stream = stream;

    public override WriteState WriteState => state;

    public override void WriteStartDocument() => Checked("<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8);

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
        Fixed("<"u8);
        Checked("w"u8);
        Fixed(":"u8);
        Checked(localName);
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
            Fixed(" />"u8);
            startTagOpen = false;
        }
        else
        {
            Fixed("</"u8);
            Checked("w"u8);
            Fixed(":"u8);
            Checked(open.Peek().LocalName);
            Fixed(">"u8);
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

        Fixed(" "u8);
        Checked(prefix!);
        Fixed(":"u8);
        Checked(localName);
        Fixed("=\""u8);
        inAttribute = true;
        state = WriteState.Attribute;
    }

    public override void WriteEndAttribute()
    {
        Fixed("\""u8);
        inAttribute = false;
        state = WriteState.Element;
    }

    public override void WriteString(string? text)
    {
        if (text is null)
            return;
        if (inAttribute)
        {
            Escaped(text, XmlEscape.InAttribute);
            return;
        }

        CloseStartTag();
        state = WriteState.Content;
        Escaped(text, XmlEscape.InText);
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
    public override void Flush()
    {
        WriteOut();
        stream.Flush();
    }

    /// <summary>Ends every open element and flushes, as the XmlWriter does when closed.</summary>
    public override void Close()
    {
        if (state == WriteState.Closed)
            return;
        WriteEndDocument();
        Flush();
        state = WriteState.Closed;
        ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <summary>Ends the open start tag with its namespace declarations and <c>&gt;</c>.</summary>
    private void CloseStartTag()
    {
        if (!startTagOpen)
            return;
        WriteDeclarations();
        Fixed(">"u8);
        startTagOpen = false;
    }

    /// <summary>The namespace declarations of the open start tag, after its attributes: <c>w</c> on the root, <c>r</c> on
    /// an element whose attribute needs it and no enclosing element declared.</summary>
    private void WriteDeclarations()
    {
        if (declaresW)
        {
            Declaration("w"u8, DocxXml.W);
            declaresW = false;
        }

        if (declaresR)
        {
            Declaration("r"u8, DocxXml.R);
            declaresR = false;
            open.Push((open.Pop().LocalName, true));
            openDeclaringR++;
        }
    }

    private static NotSupportedException Unsupported(string what) => new($"docx: the part writer does not write {what}");

    private void Declaration(ReadOnlySpan<byte> prefix, string ns)
    {
        Checked(" xmlns:"u8);
        Checked(prefix);
        Fixed("=\""u8);
        inAttribute = true;
        Escaped(ns, XmlEscape.InAttribute);
        inAttribute = false;
        Fixed("\""u8);
    }

    private void Escaped(ReadOnlySpan<char> text, SearchValues<char> specials)
    {
        while (!text.IsEmpty)
        {
            var run = text.IndexOfAny(specials);
            Checked(run < 0 ? text : text[..run]);
            if (run < 0)
                return;
            var c = text[run];
            text = text[(run + 1)..];
            WriteOutWhenFull();
            var escape = XmlEscape.Of(c, inAttribute);
            if (escape.IsEmpty)
                throw new ArgumentException($"docx: the character U+{(int)c:X4} is not allowed in XML", nameof(text));
            if (c == '\r' && !inAttribute && text is ['\n', ..])
                text = text[1..];
            Fixed(escape);
        }
    }

    /// <summary>Encodes text that needs no escape as UTF-8, writing the buffer out where the XmlWriter would; throws on a
    /// lone surrogate or U+FFFE/U+FFFF, as the XmlWriter does.</summary>
    private void Checked(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            WriteOutWhenFull();
            // Whole characters up to the chunk size in one go; the XmlWriter checks before each character, so the one that
            // would cross the chunk size is still written in full, past it.
            var status = Utf8.FromUtf16(text, buffer.AsSpan(count, ChunkSize - count), out var read, out var written, replaceInvalidSequences: false);
            ThrowOnNonCharacter(text[..read], written);
            count += written;
            text = text[read..];
            if (status == OperationStatus.InvalidData)
                throw new ArgumentException("docx: a lone surrogate is not allowed in XML", nameof(text));
            if (status == OperationStatus.DestinationTooSmall && count < ChunkSize)
            {
                var one = char.IsHighSurrogate(text[0]) && text.Length > 1 ? 2 : 1;
                if (Utf8.FromUtf16(text[..one], buffer.AsSpan(count), out read, out written, replaceInvalidSequences: false) != OperationStatus.Done)
                    throw new ArgumentException("docx: a lone surrogate is not allowed in XML", nameof(text));
                ThrowOnNonCharacter(text[..read], written);
                count += written;
                text = text[read..];
            }
        }
    }

    /// <summary>Throws when <paramref name="encoded"/>, which gave <paramref name="bytes"/> UTF-8 bytes, holds U+FFFE or
    /// U+FFFF; text that gave a byte a character is ASCII and is not searched (a name or a plain run).</summary>
    private static void ThrowOnNonCharacter(ReadOnlySpan<char> encoded, int bytes)
    {
        if (bytes != encoded.Length && encoded.IndexOfAny('\uFFFE', '\uFFFF') is var forbidden and >= 0)
            throw new ArgumentException($"docx: the character U+{(int)encoded[forbidden]:X4} is not allowed in XML", nameof(encoded));
    }

    /// <summary>ASCII markup written a character at a time, as the XmlWriter writes names.</summary>
    private void Checked(ReadOnlySpan<byte> ascii)
    {
        while (!ascii.IsEmpty)
        {
            WriteOutWhenFull();
            var length = Math.Min(ascii.Length, ChunkSize - count);
            ascii[..length].CopyTo(buffer.AsSpan(count));
            count += length;
            ascii = ascii[length..];
        }
    }

    /// <summary>Markup the XmlWriter appends without looking at its buffer (at most a few bytes between checks).</summary>
    private void Fixed(ReadOnlySpan<byte> markup)
    {
        markup.CopyTo(buffer.AsSpan(count));
        count += markup.Length;
    }

    private void WriteOutWhenFull()
    {
        if (count >= ChunkSize)
            WriteOut();
    }

    private void WriteOut()
    {
        if (count > 0)
            stream.Write(buffer, 0, count);
        count = 0;
    }
}
