using System.Buffers.Binary;
using System.Collections.Frozen;

namespace Pipeline.Formats.Writers.Pdf.Layout;

/// <summary>What layout needs from a TrueType file: which characters it has (cmap), their advance widths (hmtx) and
/// its vertical extent (hhea), all in em units.</summary>
public sealed class TrueTypeFont
{
    private const int BmpSize = 0x10000;

    private readonly FrozenDictionary<int, int> glyphOfCodePoint;
    private readonly double[] advanceOfGlyph;

    /// <summary>Advance (em) of every BMP code point, and whether the font covers it: measuring a string is then one
    /// array read per character instead of a dictionary lookup, for every document of the process (built once per face).</summary>
    private readonly double[] bmpAdvance = new double[BmpSize];
    private readonly bool[] bmpCovered = new bool[BmpSize];
    private readonly ushort[] bmpGlyph = new ushort[BmpSize];

    private TrueTypeFont(FrozenDictionary<int, int> glyphOfCodePoint, double[] advanceOfGlyph, double ascent, double descent)
    {
        this.glyphOfCodePoint = glyphOfCodePoint;
        this.advanceOfGlyph = advanceOfGlyph;
        Ascent = ascent;
        Descent = descent;
        Array.Fill(bmpAdvance, advanceOfGlyph.Length > 0 ? advanceOfGlyph[0] : 0);
        foreach (var (codePoint, glyph) in glyphOfCodePoint)
        {
            if (codePoint is < 0 or >= BmpSize)
                continue;
            bmpCovered[codePoint] = true;
            bmpGlyph[codePoint] = (ushort)glyph;
            bmpAdvance[codePoint] = advanceOfGlyph[glyph < advanceOfGlyph.Length ? glyph : 0];
        }

        CoversPrintableAscii = !bmpCovered.AsSpan(' ', '~' - ' ' + 1).Contains(false);
    }

    /// <summary>Height above the baseline, in em.</summary>
    public double Ascent { get; }

    /// <summary>Depth below the baseline, in em (positive).</summary>
    public double Descent { get; }

    /// <summary>Whether the font has a glyph for every printable ASCII character (space to tilde).</summary>
    public bool CoversPrintableAscii { get; }

    /// <summary>Whether the font has a glyph for the code point.</summary>
    public bool Covers(int codePoint) =>
        (uint)codePoint < BmpSize ? bmpCovered[codePoint] : glyphOfCodePoint.ContainsKey(codePoint);

    /// <summary>The glyph id of the code point; 0 (.notdef) when the font lacks it.</summary>
    public int Glyph(int codePoint) =>
        (uint)codePoint < BmpSize ? bmpGlyph[codePoint] : glyphOfCodePoint.GetValueOrDefault(codePoint);

    /// <summary>The advance width of the code point in em; the missing-glyph width when the font lacks it.</summary>
    public double Advance(int codePoint) =>
        (uint)codePoint < BmpSize ? bmpAdvance[codePoint] : advanceOfGlyph[glyphOfCodePoint.TryGetValue(codePoint, out var glyph) && glyph < advanceOfGlyph.Length ? glyph : 0];

    /// <summary>The advance width of <paramref name="text"/> in em: its code points' advances summed left to right
    /// (a surrogate pair is one code point, a lone surrogate gets the missing-glyph width).</summary>
    public double EmWidth(ReadOnlySpan<char> text)
    {
        var advances = bmpAdvance;
        var width = 0.0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            width += char.IsSurrogate(c) ? Advance(CodePoints.At(text, ref i)) : advances[c];
        }

        return width;
    }

    /// <summary>Reads the head, hhea, hmtx and cmap tables of a TrueType file.</summary>
    public static TrueTypeFont Parse(ReadOnlySpan<byte> file)
    {
        var tables = ReadTableDirectory(file);
        var head = Table(file, tables, "head");
        var unitsPerEm = (double)BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        var hhea = Table(file, tables, "hhea");
        var ascent = BinaryPrimitives.ReadInt16BigEndian(hhea[4..]) / unitsPerEm;
        var descent = -BinaryPrimitives.ReadInt16BigEndian(hhea[6..]) / unitsPerEm;
        var metricCount = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        var maxp = Table(file, tables, "maxp");
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]);
        var hmtx = Table(file, tables, "hmtx");
        var advances = new double[Math.Max(glyphCount, metricCount)];
        for (var g = 0; g < advances.Length; g++)
        {
            var metric = Math.Min(g, metricCount - 1);
            advances[g] = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(metric * 4)..]) / unitsPerEm;
        }

        var cmap = ReadCmap(Table(file, tables, "cmap"));
        return new TrueTypeFont(cmap.ToFrozenDictionary(), advances, ascent, descent);
    }

    /// <summary>Where each table of a TrueType file starts and how long it is, by tag.</summary>
    internal static Dictionary<string, (int Offset, int Length)> ReadTableDirectory(ReadOnlySpan<byte> file)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(file[4..]);
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = file.Slice(12 + (i * 16), 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }

        return tables;
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> file, Dictionary<string, (int Offset, int Length)> tables, string tag) =>
        tables.TryGetValue(tag, out var t)
            ? file.Slice(t.Offset, t.Length)
            : throw new InvalidDataException($"TrueType table '{tag}' is missing");

    private static Dictionary<int, int> ReadCmap(ReadOnlySpan<byte> cmap)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        var best = -1;
        var bestRank = 0;
        for (var i = 0; i < count; i++)
        {
            var record = cmap.Slice(4 + (i * 8), 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            var rank = (platform, encoding, format) switch
            {
                (3, 10, 12) => 4,
                (0, _, 12) => 3,
                (3, 1, 4) => 2,
                (0, _, 4) => 1,
                _ => 0,
            };
            if (rank > bestRank)
            {
                best = offset;
                bestRank = rank;
            }
        }

        if (best < 0)
            throw new InvalidDataException("the font has no Unicode cmap (format 4 or 12)");
        var subtable = cmap[best..];
        return BinaryPrimitives.ReadUInt16BigEndian(subtable) == 12 ? ReadFormat12(subtable) : ReadFormat4(subtable);
    }

    private static Dictionary<int, int> ReadFormat12(ReadOnlySpan<byte> table)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        var map = new Dictionary<int, int>();
        for (var i = 0; i < groups; i++)
        {
            var group = table.Slice(16 + (i * 12), 12);
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            var glyph = (int)BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= end; c++)
            {
                if (glyph + (c - start) != 0)
                    map[c] = glyph + (c - start);
            }
        }

        return map;
    }

    private static Dictionary<int, int> ReadFormat4(ReadOnlySpan<byte> table)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = 14;
        var starts = ends + (segments * 2) + 2;
        var deltas = starts + (segments * 2);
        var rangeOffsets = deltas + (segments * 2);
        var map = new Dictionary<int, int>();
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + (s * 2))..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + (s * 2))..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + (s * 2))..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[(rangeOffsets + (s * 2))..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsets + (s * 2) + rangeOffset + ((c - start) * 2);
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(table[at..]);
                    if (glyph != 0)
                        glyph = (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0)
                    map[c] = glyph;
            }
        }

        return map;
    }
}
