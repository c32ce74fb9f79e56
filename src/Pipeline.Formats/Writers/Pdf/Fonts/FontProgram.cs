using System.Buffers.Binary;

namespace Pipeline.Formats.Writers.Pdf.Fonts;

/// <summary>A shipped TrueType file read once per process for embedding: its tables as slices of the file, glyph
/// offsets (loca), advance widths in font units, and what the PDF font descriptor needs. <see cref="Subset"/> builds
/// the font program of one document from the glyphs it draws, glyph ids unchanged (CIDToGIDMap /Identity).</summary>
internal sealed class FontProgram
{
    /// <summary>The tables a CIDFontType2 program needs (what PDFsharp embedded too), in tag order.</summary>
    private static readonly string[] EmbeddedTables = ["cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"];

    private readonly byte[] file;
    private readonly Dictionary<string, (int Offset, int Length)> tables;
    private readonly int[] glyphStart;

    private FontProgram(byte[] file, string baseName)
    {
        this.file = file;
        BaseName = baseName;
        tables = ReadTableDirectory(file);
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
    /// composite glyphs) and empty outlines for every other glyph; glyph ids, metrics and hinting programs unchanged.</summary>
    public byte[] Subset(IEnumerable<int> used)
    {
        var keep = new bool[GlyphCount];
        keep[0] = true;
        var pending = new Stack<int>(used.Where(g => (uint)g < (uint)GlyphCount));
        var glyf = Table("glyf");
        while (pending.Count > 0)
        {
            var glyph = pending.Pop();
            if (keep[glyph] && glyph != 0)
                continue;
            keep[glyph] = true;
            foreach (var component in Components(glyf, glyph))
            {
                if ((uint)component < (uint)GlyphCount && !keep[component])
                    pending.Push(component);
            }
        }

        var newGlyf = new MemoryStream();
        var newLoca = new byte[(GlyphCount + 1) * 4];
        for (var g = 0; g < GlyphCount; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(g * 4), (uint)newGlyf.Length);
            if (!keep[g] || glyphStart[g + 1] <= glyphStart[g])
                continue;
            newGlyf.Write(glyf[glyphStart[g]..glyphStart[g + 1]]);
            while (newGlyf.Length % 4 != 0)
                newGlyf.WriteByte(0);
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(GlyphCount * 4), (uint)newGlyf.Length);
        var head = Table("head").ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);

        var parts = new List<(string Tag, byte[] Data)>();
        foreach (var tag in EmbeddedTables)
        {
            byte[]? data = tag switch
            {
                "glyf" => newGlyf.ToArray(),
                "loca" => newLoca,
                "head" => head,
                _ => tables.ContainsKey(tag) ? Table(tag).ToArray() : null,
            };
            if (data is not null)
                parts.Add((tag, data));
        }

        return Assemble(parts);
    }

    private static byte[] Assemble(List<(string Tag, byte[] Data)> parts)
    {
        var count = parts.Count;
        var headerLength = 12 + (16 * count);
        var total = headerLength + parts.Sum(p => (p.Data.Length + 3) & ~3);
        var output = new byte[total];
        var span = output.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        var power = 1;
        var log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }

        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((count * 16) - (power * 16)));
        var offset = headerLength;
        var headAt = -1;
        for (var i = 0; i < count; i++)
        {
            var (tag, data) = parts[i];
            var record = span.Slice(12 + (i * 16), 16);
            Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(span[offset..]);
            if (tag == "head")
                headAt = offset;
            offset += (data.Length + 3) & ~3;
        }

        if (headAt >= 0)
            BinaryPrimitives.WriteUInt32BigEndian(span[(headAt + 8)..], 0xB1B0AFBA - Checksum(output));
        return output;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var whole = data.Length & ~3;
        for (var i = 0; i < whole; i += 4)
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        if (whole < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            data[whole..].CopyTo(last);
            sum += BinaryPrimitives.ReadUInt32BigEndian(last);
        }

        return sum;
    }

    /// <summary>The glyphs a composite glyph is built from (none for a simple or empty glyph).</summary>
    private List<int> Components(ReadOnlySpan<byte> glyf, int glyph)
    {
        var components = new List<int>();
        var start = glyphStart[glyph];
        var end = glyphStart[glyph + 1];
        if (end - start < 10 || BinaryPrimitives.ReadInt16BigEndian(glyf[start..]) >= 0)
            return components;
        var at = start + 10;
        while (at + 4 <= end)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(glyf[at..]);
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(glyf[(at + 2)..]));
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

        return components;
    }

    private int Scale(int fontUnits) => (int)Math.Round(fontUnits * 1000.0 / UnitsPerEm, MidpointRounding.AwayFromZero);

    private ReadOnlySpan<byte> Table(string tag) =>
        tables.TryGetValue(tag, out var t)
            ? file.AsSpan(t.Offset, t.Length)
            : throw new InvalidDataException($"TrueType table '{tag}' is missing from {BaseName}");

    private static Dictionary<string, (int Offset, int Length)> ReadTableDirectory(ReadOnlySpan<byte> file)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(file[4..]);
        var result = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = file.Slice(12 + (i * 16), 16);
            result[Encoding.ASCII.GetString(record[..4])] = ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }

        return result;
    }
}
