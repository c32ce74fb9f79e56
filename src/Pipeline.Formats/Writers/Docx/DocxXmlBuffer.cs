using System.Buffers;
using System.Text.Unicode;
using System.Xml;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>XML as UTF-8 in a buffer written out to a stream in the chunks the <see cref="XmlWriter"/> of
/// <see cref="DocxXml.Part"/> writes: zlib's output depends on where its input is cut, so a part written here gives the
/// same deflated bytes as the XmlWriter only when the XmlWriter's buffer is mimicked. Markup of fixed size
/// (<see cref="Fixed"/>) is appended without a check, and before each character of a name or text the buffer is written
/// out once it holds <see cref="ChunkSize"/> bytes.</summary>
internal sealed class DocxXmlBuffer(Stream stream) : IDisposable
{
    /// <summary>The bytes the XmlWriter's UTF-8 writer holds before it writes them out (its 6,144-byte buffer less the
    /// one byte it keeps in front).</summary>
    private const int ChunkSize = 6143;

    /// <summary>What markup, an escape or one character can add past <see cref="ChunkSize"/> before the next check.</summary>
    private const int Overflow = 64;

    private readonly byte[] buffer = ArrayPool<byte>.Shared.Rent(ChunkSize + Overflow);
    private int count;
    private bool returned;

    /// <summary>The start of a tag, <c>&lt;</c> or <c>&lt;/</c>, and the element's name.</summary>
    public void Tag(ReadOnlySpan<byte> opening, ReadOnlySpan<byte> prefix, ReadOnlySpan<char> localName)
    {
        Fixed(opening);
        Checked(prefix);
        Fixed(":"u8);
        Checked(localName);
    }

    /// <summary>The start of an attribute, <c> prefix:localName="</c>; its value follows (<see cref="Escaped"/>).</summary>
    public void AttributeName(ReadOnlySpan<char> prefix, ReadOnlySpan<char> localName)
    {
        Fixed(" "u8);
        Checked(prefix);
        Fixed(":"u8);
        Checked(localName);
        Fixed("=\""u8);
    }

    /// <summary>A namespace declaration, <c> xmlns:prefix="ns"</c>, as the XmlWriter writes it after the attributes.</summary>
    public void Declaration(ReadOnlySpan<byte> prefix, string ns)
    {
        Checked(" xmlns:"u8);
        Checked(prefix);
        Fixed("=\""u8);
        Escaped(ns, inAttribute: true);
        Fixed("\""u8);
    }

    /// <summary>Text or an attribute value, escaped as the XmlWriter escapes it there (a line break in text as <c>\n</c>);
    /// throws on characters XML forbids.</summary>
    public void Escaped(ReadOnlySpan<char> text, bool inAttribute)
    {
        var specials = inAttribute ? XmlEscape.InAttribute : XmlEscape.InText;
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
    public void Checked(ReadOnlySpan<char> text)
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

    /// <summary>ASCII markup written a character at a time, as the XmlWriter writes names.</summary>
    public void Checked(ReadOnlySpan<byte> ascii)
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
    public void Fixed(ReadOnlySpan<byte> markup)
    {
        markup.CopyTo(buffer.AsSpan(count));
        count += markup.Length;
    }

    /// <summary>Writes what is buffered to the stream and flushes it (on a deflate stream a sync flush, which is part of
    /// the package's bytes, as when the XmlWriter is closed).</summary>
    public void Flush()
    {
        WriteOut();
        stream.Flush();
    }

    /// <summary>Gives the buffer back to the pool (once); what is still in it is not written, and nothing may be written after.</summary>
    public void Dispose()
    {
        if (returned)
            return;
        returned = true;
        ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <summary>Throws when <paramref name="encoded"/>, which gave <paramref name="bytes"/> UTF-8 bytes, holds U+FFFE or
    /// U+FFFF; text that gave a byte a character is ASCII and is not searched (a name or a plain run).</summary>
    private static void ThrowOnNonCharacter(ReadOnlySpan<char> encoded, int bytes)
    {
        if (bytes != encoded.Length && encoded.IndexOfAny('\uFFFE', '\uFFFF') is var forbidden and >= 0)
            throw new ArgumentException($"docx: the character U+{(int)encoded[forbidden]:X4} is not allowed in XML", nameof(encoded));
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
