using System.Buffers.Binary;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>One entry of a zip archive exactly as <see cref="System.IO.Compression.ZipArchive"/> wrote it: its local
/// record (header and compressed data) and its central-directory record. Entries taken from several archives are put
/// together into one by <see cref="WriteArchive"/>, which only moves them (their offsets) and writes the end record, so
/// a part that is the same in every package is compressed once per process instead of once per document.</summary>
/// <remarks>Reads only what ZipArchive writes in create mode on a seekable stream: entries one after the other, then
/// the central directory, then an end record without comment; no Zip64 (a part of 4 GiB is far beyond any input).</remarks>
internal readonly record struct DocxZipEntry(ReadOnlyMemory<byte> Local, ReadOnlyMemory<byte> Central)
{
    private const uint CentralSignature = 0x02014B50;
    private const uint EndSignature = 0x06054B50;
    private const int EndLength = 22;
    private const int CentralFixedLength = 46;
    private const int LocalOffsetField = 42;

    /// <summary>The entries of <paramref name="archive"/>, in the order ZipArchive wrote them.</summary>
    public static DocxZipEntry[] Read(ReadOnlyMemory<byte> archive)
    {
        var bytes = archive.Span;
        var end = bytes[^EndLength..];
        if (BinaryPrimitives.ReadUInt32LittleEndian(end) != EndSignature)
            throw new InvalidDataException("docx: the zip archive does not end with an end-of-central-directory record");
        var count = BinaryPrimitives.ReadUInt16LittleEndian(end[10..]);
        var directory = (int)BinaryPrimitives.ReadUInt32LittleEndian(end[16..]);
        var centrals = new (int Start, int Length, int LocalStart)[count];
        var position = directory;
        for (var i = 0; i < count; i++)
        {
            var header = bytes[position..];
            if (BinaryPrimitives.ReadUInt32LittleEndian(header) != CentralSignature)
                throw new InvalidDataException("docx: the zip archive's central directory is not where its end record says");
            var length = CentralFixedLength + BinaryPrimitives.ReadUInt16LittleEndian(header[28..])
                + BinaryPrimitives.ReadUInt16LittleEndian(header[30..]) + BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
            centrals[i] = (position, length, (int)BinaryPrimitives.ReadUInt32LittleEndian(header[LocalOffsetField..]));
            position += length;
        }

        var entries = new DocxZipEntry[count];
        for (var i = 0; i < count; i++)
        {
            var localEnd = i + 1 < count ? centrals[i + 1].LocalStart : directory;
            entries[i] = new DocxZipEntry(archive[centrals[i].LocalStart..localEnd], archive.Slice(centrals[i].Start, centrals[i].Length));
        }

        return entries;
    }

    /// <summary>Writes an archive of <paramref name="entries"/> in this order to <paramref name="output"/>, as ZipArchive
    /// would have written them there.</summary>
    public static void WriteArchive(Stream output, ReadOnlySpan<DocxZipEntry> entries)
    {
        // ZipArchive records offsets from the start of a seekable stream, and from where it began on any other.
        var start = output.CanSeek ? output.Position : 0;
        var offset = start;
        foreach (var entry in entries)
        {
            output.Write(entry.Local.Span);
            offset += entry.Local.Length;
        }

        var directory = offset;
        var localOffset = start;
        Span<byte> field = stackalloc byte[4];
        foreach (var entry in entries)
        {
            var central = entry.Central.Span;
            output.Write(central[..LocalOffsetField]);
            BinaryPrimitives.WriteUInt32LittleEndian(field, checked((uint)localOffset));
            output.Write(field);
            output.Write(central[(LocalOffsetField + 4)..]);
            localOffset += entry.Local.Length;
            offset += central.Length;
        }

        Span<byte> end = stackalloc byte[EndLength];
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, EndSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], checked((ushort)entries.Length));
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], checked((ushort)entries.Length));
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], checked((uint)(offset - directory)));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], checked((uint)directory));
        output.Write(end);
    }
}
