using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Pipeline.Formats.Writers.Pdf.Fonts;

/// <summary>A shipped TrueType file read once per process for embedding: its tables as slices of the file, glyph
/// offsets (loca), advance widths in font units, and what the PDF font descriptor needs. <see cref="Subset"/> builds
/// the font program of one document from the glyphs it draws, glyph ids unchanged (CIDToGIDMap /Identity).</summary>
internal sealed class FontProgram
{
    /// <summary>The tables a CIDFontType2 program needs (what PDFsharp embedded too), in tag order: the directory.</summary>
    private static readonly string[] EmbeddedTables = ["cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"];

    /// <summary>The tables that are the same in every subset; written first, after the directory, so their offsets
    /// are fixed too and their compressed form is made once per process.</summary>
    private static readonly string[] ConstantTables = ["cvt ", "fpgm", "hhea", "hmtx", "maxp", "prep"];

    /// <summary>Faces with at most this many glyphs mark the kept ones on the stack (the shipped ones have 3,500–6,300).</summary>
    private const int StackKeepLimit = 8192;

    private readonly byte[] file;
    private readonly Dictionary<string, (int Offset, int Length)> tables;
    private readonly int[] glyphStart;
    private readonly Lazy<ConstantPart> constant;

    private FontProgram(byte[] file, string baseName)
    {
        this.file = file;
        BaseName = baseName;
        tables = Layout.TrueTypeFont.ReadTableDirectory(file);
        var head = Table("head");
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        BoundingBox = [Scale(BinaryPrimitives.ReadInt16BigEndian(head[36..])), Scale(BinaryPrimitives.ReadInt16BigEndian(head[38..])),
            Scale(BinaryPrimitives.ReadInt16BigEndian(head[40..])), Scale(BinaryPrimitives.ReadInt16BigEndian(head[42..]))];
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        GlyphCount = BinaryPrimitives.ReadUInt16BigEndian(Table("maxp")[4..]);
        var hhea = Table("hhea");
        Ascent = Scale(BinaryPrimitives.ReadInt16BigEndian(hhea[4..]));
        Descent = Scale(BinaryPrimitives.ReadInt16BigEndian(hhea[6..]));
        var metricCount = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        var hmtx = Table("hmtx");
        Widths = new int[GlyphCount];
        for (var g = 0; g < GlyphCount; g++)
            Widths[g] = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(Math.Min(g, metricCount - 1) * 4)..]) * 1000 / UnitsPerEm;
        var loca = Table("loca");
        glyphStart = new int[GlyphCount + 1];
        for (var g = 0; g <= GlyphCount; g++)
            glyphStart[g] = longOffsets ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(g * 4)..]) : BinaryPrimitives.ReadUInt16BigEndian(loca[(g * 2)..]) * 2;
        var post = Table("post");
        ItalicAngle = BinaryPrimitives.ReadInt32BigEndian(post[4..]) / 65536.0;
        CapHeight = Ascent;
        XHeight = Ascent / 2;
        var weight = 400;
        if (tables.ContainsKey("OS/2"))
        {
            var os2 = Table("OS/2");
            weight = BinaryPrimitives.ReadUInt16BigEndian(os2[4..]);
            if (BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2 && os2.Length >= 90)
            {
                XHeight = Scale(BinaryPrimitives.ReadInt16BigEndian(os2[86..]));
                CapHeight = Scale(BinaryPrimitives.ReadInt16BigEndian(os2[88..]));
            }
        }

        // The usual estimate of the dominant vertical stem from the weight class (no font states it).
        StemV = 10 + (220 * Math.Max(0, weight - 50) / 900);
        constant = new Lazy<ConstantPart>(BuildConstantPart);
    }

    /// <summary>The font's name in PDF (before the subset tag), e.g. <c>DejaVu Serif,Bold</c>.</summary>
    public string BaseName { get; }

    public int UnitsPerEm { get; }

    public int GlyphCount { get; }

    /// <summary>Advance width of every glyph in thousandths of an em, truncated as PDFsharp wrote them (the /W array).</summary>
    public int[] Widths { get; }

    /// <summary>xMin, yMin, xMax, yMax in thousandths of an em.</summary>
    public int[] BoundingBox { get; }

    public int Ascent { get; }

    /// <summary>Depth below the baseline in thousandths of an em (negative, as PDF wants it).</summary>
    public int Descent { get; }

    public int CapHeight { get; }

    public int XHeight { get; }

    public double ItalicAngle { get; }

    public int StemV { get; }

    /// <summary>Reads a shipped face.</summary>
    public static FontProgram Parse(byte[] file, string baseName) => new(file, baseName);

    /// <summary>A TrueType file with the glyph outlines of <paramref name="used"/> (plus .notdef and the components of
    /// composite glyphs) and empty outlines for every other glyph; glyph ids, metrics and hinting programs unchanged.
    /// Returned as a complete zlib stream (what /FontFile2 holds) and the length of the file it inflates to.</summary>
    /// <remarks>The tables every subset shares were deflated once, ending in a sync flush; a subset's stream is the
    /// table directory as a stored block, those shared blocks, the subset's own tables (head, loca, glyf) deflated
    /// from a fresh start, and the Adler-32 of the whole file, combined from the parts. The subset's own tables are
    /// deflated as a zlib stream of their own: its deflate blocks are the same as a raw deflate's, and its trailer is
    /// their Adler-32, so zlib's checksum is used rather than computed a second time.</remarks>
    public (byte[] Zlib, int Length) Subset(IEnumerable<int> used, int compressionLevel)
    {
        var shared = constant.Value;
        var directoryLength = 12 + (16 * EmbeddedTables.Length);
        var variable = VariableTables(used, out var headLength, out var locaLength, out var glyfLength);
        var headSpan = variable.AsSpan(0, headLength);
        var locaAt = Padded(headLength);
        var glyfAt = locaAt + Padded(locaLength);
        var variableLength = glyfAt + Padded(glyfLength);

        Span<TableRecord> records = stackalloc TableRecord[EmbeddedTables.Length];
        foreach (var (tag, offset, length, sum) in shared.Tables)
            records[Array.IndexOf(EmbeddedTables, tag)] = new TableRecord(offset, length, sum);
        var variableStart = directoryLength + shared.Data.Length;
        records[Array.IndexOf(EmbeddedTables, "head")] = new TableRecord(variableStart, headLength, Checksum(headSpan));
        records[Array.IndexOf(EmbeddedTables, "loca")] = new TableRecord(variableStart + locaAt, locaLength, Checksum(variable.AsSpan(locaAt, locaLength)));
        records[Array.IndexOf(EmbeddedTables, "glyf")] = new TableRecord(variableStart + glyfAt, glyfLength, Checksum(variable.AsSpan(glyfAt, glyfLength)));

        Span<byte> directory = stackalloc byte[directoryLength];
        WriteDirectory(records, directory);
        var fileSum = Checksum(directory);
        foreach (var record in records)
            fileSum += record.Checksum;
        BinaryPrimitives.WriteUInt32BigEndian(headSpan[8..], 0xB1B0AFBA - fileSum);

        var own = VariableDeflater.Deflate(variable.AsSpan(0, variableLength), compressionLevel);
        var ownBlocks = own[2..^4];
        var ownAdler = BinaryPrimitives.ReadUInt32BigEndian(own[^4..]);

        // zlib header, the directory as one stored block (not final), the shared blocks, the subset's blocks, Adler-32.
        var zlib = new byte[2 + 5 + directoryLength + shared.Deflated.Length + ownBlocks.Length + 4];
        zlib[0] = 0x78;
        zlib[1] = 0x01;
        BinaryPrimitives.WriteUInt16LittleEndian(zlib.AsSpan(3), (ushort)directoryLength);
        BinaryPrimitives.WriteUInt16LittleEndian(zlib.AsSpan(5), (ushort)~directoryLength);
        var at = 7;
        directory.CopyTo(zlib.AsSpan(at));
        at += directoryLength;
        shared.Deflated.CopyTo(zlib.AsSpan(at));
        at += shared.Deflated.Length;
        ownBlocks.CopyTo(zlib.AsSpan(at));
        at += ownBlocks.Length;
        var adler = Adler.Combine(Adler.Combine(Adler.Of(directory), shared.Adler, shared.Data.Length), ownAdler, variableLength);
        BinaryPrimitives.WriteUInt32BigEndian(zlib.AsSpan(at), adler);
        return (zlib, variableStart + variableLength);
    }

    /// <summary>The subset as a plain TrueType file (what the zlib stream of <see cref="Subset"/> inflates to).</summary>
    public byte[] SubsetFile(IEnumerable<int> used)
    {
        using var zlib = new ZLibStream(new MemoryStream(Subset(used, 1).Zlib), CompressionMode.Decompress);
        using var file = new MemoryStream();
        zlib.CopyTo(file);
        return file.ToArray();
    }

    /// <summary>The subset's own tables, each padded to four bytes, in a buffer of the calling thread (valid until its
    /// next subset): head (checksum adjustment zero, long loca offsets), loca and glyf with the outlines kept. Only the
    /// kept glyphs are visited: the loca entries of the glyphs between them (all the same offset) are filled at once.</summary>
    private byte[] VariableTables(IEnumerable<int> used, out int headLength, out int locaLength, out int glyfLength)
    {
        var glyf = Table("glyf");
        Span<bool> keep = GlyphCount <= StackKeepLimit ? stackalloc bool[GlyphCount] : new bool[GlyphCount];
        Kept(used, glyf, keep);
        glyfLength = 0;
        for (var g = NextKept(keep, 0); g >= 0; g = NextKept(keep, g + 1))
        {
            if (glyphStart[g + 1] > glyphStart[g])
                glyfLength += Padded(glyphStart[g + 1] - glyphStart[g]);
        }

        var head = Table("head");
        headLength = head.Length;
        locaLength = (GlyphCount + 1) * 4;
        var locaAt = Padded(headLength);
        var glyfAt = locaAt + locaLength;
        var buffer = VariableDeflater.Buffer(glyfAt + glyfLength);
        head.CopyTo(buffer);
        buffer.AsSpan(headLength, locaAt - headLength).Clear();
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(8), 0);
        BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(50), 1);

        var loca = MemoryMarshal.Cast<byte, uint>(buffer.AsSpan(locaAt, locaLength));
        var outlines = buffer.AsSpan(glyfAt, glyfLength);
        var at = 0;
        for (var g = 0; g < GlyphCount;)
        {
            var kept = NextKept(keep, g);
            loca[g..(kept < 0 ? GlyphCount : kept)].Fill(BigEndian(at));
            if (kept < 0)
                break;
            g = kept;
            loca[g] = BigEndian(at);
            var start = glyphStart[g];
            if (glyphStart[g + 1] <= start)
            {
                g++;
                continue;
            }

            // One copy for a run of consecutive kept outlines that need no padding between them.
            var runEnd = g + 1;
            while (runEnd < GlyphCount && keep[runEnd] && ((glyphStart[runEnd] - start) & 3) == 0 && glyphStart[runEnd + 1] >= glyphStart[runEnd])
            {
                loca[runEnd] = BigEndian(at + glyphStart[runEnd] - start);
                runEnd++;
            }

            var runLength = glyphStart[runEnd] - start;
            glyf[start..glyphStart[runEnd]].CopyTo(outlines[at..]);
            outlines[(at + runLength)..(at + Padded(runLength))].Clear();
            at += Padded(runLength);
            g = runEnd;
        }

        loca[GlyphCount] = BigEndian(at);
        return buffer;
    }

    /// <summary>The first kept glyph from <paramref name="from"/> on, or -1.</summary>
    private static int NextKept(ReadOnlySpan<bool> keep, int from)
    {
        var offset = MemoryMarshal.AsBytes(keep[from..]).IndexOfAnyExcept((byte)0);
        return offset < 0 ? -1 : from + offset;
    }

    /// <summary><paramref name="value"/> as the big-endian word TrueType stores.</summary>
    private static uint BigEndian(int value) => BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness((uint)value) : (uint)value;

    /// <summary>Marks the glyphs that keep their outline: .notdef, the glyphs used and, transitively, their components.</summary>
    private void Kept(IEnumerable<int> used, ReadOnlySpan<byte> glyf, Span<bool> keep)
    {
        keep[0] = true;
        foreach (var glyph in used)
        {
            if ((uint)glyph < (uint)GlyphCount)
                Keep(glyf, glyph, keep);
        }
    }

    /// <summary>Keeps <paramref name="glyph"/> and the components of a composite glyph, recursively (composites nest
    /// a few levels at most).</summary>
    private void Keep(ReadOnlySpan<byte> glyf, int glyph, Span<bool> keep)
    {
        if (keep[glyph] && glyph != 0)
            return;
        keep[glyph] = true;
        var start = glyphStart[glyph];
        var end = glyphStart[glyph + 1];
        if (end - start < 10 || BinaryPrimitives.ReadInt16BigEndian(glyf[start..]) >= 0)
            return;
        var at = start + 10;
        while (at + 4 <= end)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(glyf[at..]);
            int component = BinaryPrimitives.ReadUInt16BigEndian(glyf[(at + 2)..]);
            if ((uint)component < (uint)GlyphCount && !keep[component])
                Keep(glyf, component, keep);
            at += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            if ((flags & 0x0008) != 0)
                at += 2;
            else if ((flags & 0x0040) != 0)
                at += 4;
            else if ((flags & 0x0080) != 0)
                at += 8;
            if ((flags & 0x0020) == 0)
                break;
        }
    }

    /// <summary>Writes the table directory: every embedded table's tag, checksum, offset and length, in tag order
    /// (<paramref name="records"/> in the order of <see cref="EmbeddedTables"/>).</summary>
    private static void WriteDirectory(ReadOnlySpan<TableRecord> records, Span<byte> directory)
    {
        var count = EmbeddedTables.Length;
        BinaryPrimitives.WriteUInt32BigEndian(directory, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(directory[4..], (ushort)count);
        var power = 1;
        var log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }

        BinaryPrimitives.WriteUInt16BigEndian(directory[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(directory[8..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(directory[10..], (ushort)((count * 16) - (power * 16)));
        for (var i = 0; i < count; i++)
        {
            var record = directory.Slice(12 + (i * 16), 16);
            Encoding.ASCII.GetBytes(EmbeddedTables[i], record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], records[i].Checksum);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)records[i].Offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)records[i].Length);
        }
    }

    private ConstantPart BuildConstantPart()
    {
        var offset = 12 + (16 * EmbeddedTables.Length);
        var data = new MemoryStream();
        var tables = new List<(string, int, int, uint)>();
        foreach (var tag in ConstantTables)
        {
            var table = Table(tag);
            tables.Add((tag, offset + (int)data.Length, table.Length, Checksum(table)));
            data.Write(table);
            for (var pad = table.Length; pad % 4 != 0; pad++)
                data.WriteByte(0);
        }

        var bytes = data.ToArray();
        using var deflated = new MemoryStream();
        var deflate = new DeflateStream(deflated, new ZLibCompressionOptions { CompressionLevel = Pdf.PdfStreams.CompressionLevel }, leaveOpen: true);
        deflate.Write(bytes);
        deflate.Flush();

        // A sync flush ends the blocks on a byte boundary without a final block; the deflate stream is then abandoned
        // (disposing it would add the final block), its native state released with it.
        var shared = deflated.ToArray();
        deflate.Dispose();
        return new ConstantPart(bytes, shared, Adler.Of(bytes), tables);
    }

    private static int Padded(int length) => (length + 3) & ~3;

    /// <summary>The tables shared by every subset: their bytes (padded), deflated up to a sync flush, their Adler-32,
    /// and each table's tag, offset in the file, length and checksum.</summary>
    private sealed record ConstantPart(byte[] Data, byte[] Deflated, uint Adler, List<(string Tag, int Offset, int Length, uint Checksum)> Tables);

    /// <summary>A table's entry in the directory.</summary>
    private readonly record struct TableRecord(int Offset, int Length, uint Checksum);

    /// <summary>The buffers of the calling thread for a subset's own tables and their zlib stream, reused from subset to
    /// subset (documents may be written in parallel); dropped when a very large subset grew them.</summary>
    private static class VariableDeflater
    {
        private const int KeptCapacity = 1 << 20;

        [ThreadStatic]
        private static byte[]? tables;

        [ThreadStatic]
        private static MemoryStream? compressed;

        /// <summary>A buffer of at least <paramref name="length"/> bytes.</summary>
        public static byte[] Buffer(int length)
        {
            if (tables is null || tables.Length < length)
                tables = new byte[Math.Max(length, 64 * 1024)];
            var buffer = tables;
            if (buffer.Length > KeptCapacity)
                tables = null;
            return buffer;
        }

        /// <summary>A complete zlib stream of <paramref name="data"/>, valid until the thread's next call.</summary>
        public static ReadOnlySpan<byte> Deflate(ReadOnlySpan<byte> data, int compressionLevel)
        {
            var output = compressed ??= new MemoryStream();
            output.SetLength(0);
            using (var zlib = new ZLibStream(output, new ZLibCompressionOptions { CompressionLevel = compressionLevel }, leaveOpen: true))
                zlib.Write(data);
            var result = output.GetBuffer().AsSpan(0, (int)output.Length);
            if (output.Capacity > KeptCapacity)
                compressed = null;
            return result;
        }
    }

    /// <summary>Adler-32 (RFC 1950) of a span, and of two spans joined.</summary>
    private static class Adler
    {
        private const uint Modulus = 65521;

        public static uint Of(ReadOnlySpan<byte> data)
        {
            uint a = 1, b = 0;
            while (data.Length > 0)
            {
                var chunk = data[..Math.Min(5552, data.Length)];
                foreach (var value in chunk)
                {
                    a += value;
                    b += a;
                }

                a %= Modulus;
                b %= Modulus;
                data = data[chunk.Length..];
            }

            return (b << 16) | a;
        }

        /// <summary>The Adler-32 of A followed by B, from A's, B's and B's length.</summary>
        public static uint Combine(uint first, uint second, long secondLength)
        {
            var remainder = (uint)(secondLength % Modulus);
            var a1 = first & 0xFFFF;
            var b1 = first >> 16;
            var a2 = second & 0xFFFF;
            var b2 = second >> 16;
            var a = (a1 + a2 + Modulus - 1) % Modulus;
            var b = (uint)(((ulong)b1 + b2 + ((ulong)remainder * a1) + Modulus - remainder) % Modulus);
            return (b << 16) | a;
        }
    }

    /// <summary>The TrueType checksum: the sum of the big-endian 32-bit words, the last one padded with zeros.</summary>
    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var whole = data.Length & ~3;
        foreach (var word in MemoryMarshal.Cast<byte, uint>(data[..whole]))
            sum += BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(word) : word;
        if (whole < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            data[whole..].CopyTo(last);
            sum += BinaryPrimitives.ReadUInt32BigEndian(last);
        }

        return sum;
    }

    private int Scale(int fontUnits) => (int)Math.Round(fontUnits * 1000.0 / UnitsPerEm, MidpointRounding.AwayFromZero);

    private ReadOnlySpan<byte> Table(string tag) =>
        tables.TryGetValue(tag, out var t)
            ? file.AsSpan(t.Offset, t.Length)
            : throw new InvalidDataException($"TrueType table '{tag}' is missing from {BaseName}");
}
