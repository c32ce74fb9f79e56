using PdfSharp.Pdf;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>PDFsharp 6.2.4 builds its own XMP packet (with random uuids, without the document's language, date or the
/// PDF/UA identification) while saving, after numbering the other objects, so it is always the last object written,
/// just before the cross-reference table. This puts the writer's packet in its place: the bytes before that object
/// are kept, the new object starts at the same offset (so every cross-reference entry stays valid), and PDFsharp's
/// cross-reference table and trailer follow, with startxref moved to where the table now begins.</summary>
internal static class PdfMetadataObject
{
    /// <summary>Writes <paramref name="saved"/> (what PDFsharp saved) to <paramref name="output"/> with its metadata
    /// stream holding <paramref name="xmp"/>; throws when the file is not in the shape described above.</summary>
    public static void WriteReplacingLast(ReadOnlySpan<byte> saved, PdfDocument pdf, byte[] xmp, Stream output)
    {
        var number = pdf.Internals.Catalog.Elements.GetReference("/Metadata")?.ObjectNumber
                     ?? throw new InvalidOperationException("PDFsharp wrote no /Metadata");
        var xrefAt = StartXref(saved);
        var header = "xref\n0 "u8;
        if (!saved[xrefAt..].StartsWith(header))
            throw new InvalidOperationException("PDFsharp did not write a classic cross-reference table");
        var countEnd = saved[(xrefAt + header.Length)..].IndexOf((byte)'\n') + xrefAt + header.Length;
        var count = int.Parse(Encoding.ASCII.GetString(saved[(xrefAt + header.Length)..countEnd]), CultureInfo.InvariantCulture);
        if (number != count - 1)
            throw new InvalidOperationException($"PDFsharp's metadata is object {number}, not the last ({count - 1})");
        var entry = saved.Slice(countEnd + 1 + (number * 20), 20);
        var objectAt = int.Parse(Encoding.ASCII.GetString(entry[..10]), CultureInfo.InvariantCulture);
        if (objectAt <= 0 || objectAt >= xrefAt || !saved[objectAt..].StartsWith(Encoding.ASCII.GetBytes($"{number} 0 obj")))
            throw new InvalidOperationException("PDFsharp's metadata object is not where its cross-reference entry says");
        // Everything from the object to the table is dropped below: it must be that object alone, not one written after it.
        var objectEnd = saved[objectAt..xrefAt].IndexOf("endobj"u8);
        if (objectEnd < 0 || !saved[(objectAt + objectEnd + "endobj".Length)..xrefAt].Trim("\r\n "u8).IsEmpty)
            throw new InvalidOperationException("PDFsharp wrote another object after its metadata");

        output.Write(saved[..objectAt]);
        var head = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{number} 0 obj\n<</Type/Metadata/Subtype/XML/Length {xmp.Length}>>\nstream\n"));
        output.Write(head);
        output.Write(xmp);
        var tail = "\nendstream\nendobj\n"u8;
        output.Write(tail);
        var newXrefAt = objectAt + head.Length + xmp.Length + tail.Length;
        var startXrefKeyword = saved.LastIndexOf("startxref"u8);
        output.Write(saved[xrefAt..startXrefKeyword]);
        output.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"startxref\n{newXrefAt}\n%%EOF\n")));
    }

    private static int StartXref(ReadOnlySpan<byte> saved)
    {
        var at = saved.LastIndexOf("startxref"u8);
        if (at < 0)
            throw new InvalidOperationException("PDFsharp wrote no startxref");
        var digits = saved[(at + "startxref".Length)..].Trim("\r\n "u8);
        var end = digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9');
        return int.Parse(Encoding.ASCII.GetString(end < 0 ? digits : digits[..end]), CultureInfo.InvariantCulture);
    }
}
