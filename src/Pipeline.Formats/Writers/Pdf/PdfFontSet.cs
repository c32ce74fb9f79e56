using System.Buffers.Binary;
using System.Buffers.Text;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using PdfSharp.Pdf;
using Pipeline.Formats.Writers.Pdf.Fonts;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>The fonts of one document: a Type0 font (Identity-H) per shipped face drawn, each with a CIDFontType2
/// descendant whose program is a subset of the shipped TrueType file holding only the glyphs drawn. Faces are parsed
/// once per process (<see cref="ShippedFonts.ProgramOf"/>); per document only the glyphs used and the text each
/// stands for are collected, and <see cref="Finish"/> writes the font objects.</summary>
internal sealed class PdfFontSet(PdfDocument pdf)
{
    private readonly Entry?[] entries = new Entry?[ShippedFonts.All.Count];
    private readonly List<Entry> inOrder = [];

    /// <summary>The fonts drawn so far, in the order of their resource names (<c>/F0</c>, <c>/F1</c>, …: one per face,
    /// so never more than ten, and the order of first use is also the resource names' ordinal order).</summary>
    public IReadOnlyList<Entry> InOrder => inOrder;

    /// <summary>The document's font for a face, created (with its resource name and object) on first use.</summary>
    public Entry For(FontFace face)
    {
        if (entries[(int)face] is { } entry)
            return entry;
        var type0 = new PdfDictionary(pdf);
        pdf.Internals.AddObject(type0);
        entry = new Entry(face, inOrder.Count, type0);
        entries[(int)face] = entry;
        inOrder.Add(entry);
        return entry;
    }

    /// <summary>Writes every used font: Type0 dictionary, CIDFontType2 with its /W widths, font descriptor, the
    /// subset program (FontFile2) and the ToUnicode map, streams compressed by <see cref="PdfStreams"/>.</summary>
    public void Finish()
    {
        foreach (var entry in inOrder)
            entry.Write(pdf);
    }

    /// <summary>The characters below this are drawn through <see cref="Entry.UseAscii"/>.</summary>
    public const int AsciiLimit = 128;

    /// <summary>One face as used in the document.</summary>
    internal sealed class Entry(FontFace face, int number, PdfDictionary type0)
    {
        private readonly FontProgram program = ShippedFonts.ProgramOf(face);
        private readonly Layout.TrueTypeFont metrics = ShippedFonts.MetricsOf(face);

        /// <summary>Each glyph drawn, with the text it was first drawn for, in order of first use until sorted.</summary>
        private readonly List<DrawnGlyph> drawn = [];

        /// <summary>One bit per glyph of the face: set once the glyph is in <see cref="drawn"/>. A few hundred bytes per
        /// face, where an array of texts by glyph id cost 28–50 KB per face and document.</summary>
        private readonly ulong[] drawnBits = new ulong[(ShippedFonts.ProgramOf(face).GlyphCount + 63) / 64];
        private int[]? sortedGlyphs;

        /// <summary>For each ASCII character drawn in this face, its glyph id as the four hex digits a content stream holds
        /// (0 until its first use): most text drawn is ASCII, and such a character after its first use costs one read.</summary>
        private readonly uint[] asciiGlyphHex = new uint[AsciiLimit];

        private static ReadOnlySpan<byte> CMapStart => "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"u8;

        /// <summary>The /CIDSystemInfo of an Identity-ordered CID font, <c>&lt;&lt;/Registry(Adobe)/Ordering(Identity)/Supplement 0&gt;&gt;</c>,
        /// as the one literal PDFsharp writes for that dictionary (see <see cref="PdfLiterals"/>).</summary>
        internal static readonly PdfLiteral IdentitySystemInfo = new("<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>");

        private static ReadOnlySpan<byte> CMapEnd => "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"u8;

        /// <summary>The font's number in the document, from 0 in order of first use.</summary>
        public int Number { get; } = number;

        public string ResourceName { get; } = "/F" + number.ToString(CultureInfo.InvariantCulture);

        /// <summary><see cref="ResourceName"/> as the bytes a content stream holds.</summary>
        public byte[] ResourceNameBytes { get; } = Encoding.ASCII.GetBytes("/F" + number.ToString(CultureInfo.InvariantCulture));

        /// <summary>The Type0 font object the page resources refer to.</summary>
        public PdfDictionary Type0 { get; } = type0;

        /// <summary>The glyph that draws <paramref name="codePoint"/>, recorded as used and as standing for <paramref name="text"/>.
        /// Called for every character drawn: all but a glyph's first use end at the bit test.</summary>
        public int Use(int codePoint, ReadOnlySpan<char> text)
        {
            var glyph = metrics.Glyph(codePoint);
            if ((uint)glyph < (uint)program.GlyphCount)
            {
                ref var word = ref drawnBits[glyph >> 6];
                var bit = 1UL << (glyph & 63);
                if ((word & bit) == 0)
                {
                    word |= bit;
                    Record(glyph, text);
                }
            }

            return glyph;
        }

        /// <summary>Writes what <see cref="Use"/> gives for each character of <paramref name="ascii"/> (all below
        /// <see cref="AsciiLimit"/>) as its four lower-case hex digits, a whole stretch in one loop; returns the bytes
        /// written (four per character).</summary>
        public int UseAscii(ReadOnlySpan<char> ascii, Span<byte> destination)
        {
            var hexOf = asciiGlyphHex;
            for (var i = 0; i < ascii.Length; i++)
            {
                ref var hex = ref hexOf[ascii[i]];
                if (hex == 0)
                    hex = HexDigits.LowerWord(Use(ascii[i], ascii.Slice(i, 1)));
                BinaryPrimitives.WriteUInt32LittleEndian(destination[(i * 4)..], hex);
            }

            return ascii.Length * 4;
        }

        private void Record(int glyph, ReadOnlySpan<char> text)
        {
            if (text.Length is not (1 or 2))
                throw new ArgumentException("a glyph stands for one character: one UTF-16 unit or a surrogate pair", nameof(text));
            drawn.Add(new DrawnGlyph(glyph, text[0], text.Length > 1 ? text[1] : '\0'));
            sortedGlyphs = null;
        }

        /// <summary>The glyphs drawn, in ascending order (and <see cref="drawn"/> sorted the same way): sorted as plain
        /// integer keys carrying the drawn glyphs along, with no comparison delegate.</summary>
        private int[] Used()
        {
            if (sortedGlyphs is null)
            {
                var glyphs = CollectionsMarshal.AsSpan(drawn);
                sortedGlyphs = new int[glyphs.Length];
                for (var i = 0; i < glyphs.Length; i++)
                    sortedGlyphs[i] = glyphs[i].Glyph;
                sortedGlyphs.AsSpan().Sort(glyphs);
            }

            return sortedGlyphs;
        }

        public void Write(PdfDocument pdf)
        {
            var baseFont = "/" + SubsetTag() + "+" + program.BaseName;
            var descriptor = new PdfDictionary(pdf);
            pdf.Internals.AddObject(descriptor);
            descriptor.Elements["/Type"] = PdfLiterals.Name("/FontDescriptor");
            descriptor.Elements.SetName("/FontName", baseFont);
            var italic = program.ItalicAngle != 0;
            descriptor.Elements.SetInteger("/Flags", 32 | (face == FontFace.Sans ? 0 : 2) | (italic ? 64 : 0));
            descriptor.Elements["/FontBBox"] = PdfLiterals.Integers(program.BoundingBox);
            descriptor.Elements.SetReal("/ItalicAngle", program.ItalicAngle);
            descriptor.Elements.SetInteger("/Ascent", program.Ascent);
            descriptor.Elements.SetInteger("/Descent", program.Descent);
            descriptor.Elements.SetInteger("/CapHeight", program.CapHeight);
            descriptor.Elements.SetInteger("/XHeight", program.XHeight);
            descriptor.Elements.SetInteger("/StemV", program.StemV);
            var (zlib, length) = program.Subset(Used(), PdfStreams.CompressionLevel);
            var fontFile = PdfStreams.Deflated(pdf, zlib);
            fontFile.Elements.SetInteger("/Length1", length);
            descriptor.Elements.SetReference("/FontFile2", fontFile);

            var cidFont = new PdfDictionary(pdf);
            pdf.Internals.AddObject(cidFont);
            cidFont.Elements["/Type"] = PdfLiterals.Name("/Font");
            cidFont.Elements["/Subtype"] = PdfLiterals.Name("/CIDFontType2");
            cidFont.Elements.SetName("/BaseFont", baseFont);
            cidFont.Elements["/CIDSystemInfo"] = IdentitySystemInfo;
            cidFont.Elements.SetReference("/FontDescriptor", descriptor);
            cidFont.Elements["/CIDToGIDMap"] = PdfLiterals.Name("/Identity");
            cidFont.Elements["/W"] = Widths(pdf);

            Type0.Elements["/Type"] = PdfLiterals.Name("/Font");
            Type0.Elements["/Subtype"] = PdfLiterals.Name("/Type0");
            Type0.Elements.SetName("/BaseFont", baseFont);
            Type0.Elements["/Encoding"] = PdfLiterals.Name("/Identity-H");
            var descendants = new PdfArray(pdf);
            descendants.Elements.Add(cidFont.Reference!);
            Type0.Elements["/DescendantFonts"] = descendants;
            Type0.Elements.SetReference("/ToUnicode", PdfStreams.Compressed(pdf, ToUnicode()));
        }

        /// <summary>Six capital letters from a hash of the face and the glyph set: the same glyphs give the same tag.</summary>
        private string SubsetTag()
        {
            var glyphs = Used();
            var bytes = new byte[(glyphs.Length + 1) * 2];
            BitConverter.TryWriteBytes(bytes, (short)face);
            var at = 2;
            foreach (var glyph in glyphs)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(at), (ushort)glyph);
                at += 2;
            }

            var hash = SHA256.HashData(bytes);
            return string.Create(6, hash, (chars, h) =>
            {
                for (var i = 0; i < chars.Length; i++)
                    chars[i] = (char)('A' + (h[i] % 26));
            });
        }

        /// <summary>The /W array: runs of consecutive glyph ids with their widths, <c>[first [w w …] …]</c>. Its content
        /// is one literal, spaced as PDFsharp spaces integers and arrays, rather than an object per number.</summary>
        private PdfArray Widths(PdfDocument pdf)
        {
            var glyphs = Used();
            var chars = new char[(glyphs.Length * 16) + 2];
            var at = 0;
            var previous = -2;
            foreach (var glyph in glyphs)
            {
                if (glyph != previous + 1)
                {
                    if (at > 0)
                        chars[at++] = ']';
                    at += Integer(glyph, chars.AsSpan(at));
                    chars[at++] = '[';
                }
                else
                {
                    chars[at++] = ' ';
                }

                at += Integer(program.Widths[glyph], chars.AsSpan(at));
                previous = glyph;
            }

            if (at > 0)
                chars[at++] = ']';
            var w = new PdfArray(pdf);
            if (at > 0)
                w.Elements.Add(new PdfLiteral(new string(chars, 0, at)));
            return w;
        }

        private static int Integer(int value, Span<char> destination)
        {
            value.TryFormat(destination, out var written, default, CultureInfo.InvariantCulture);
            return written;
        }

        /// <summary>The ToUnicode CMap: every glyph drawn → the text it was drawn for (UTF-16BE), in blocks of at most
        /// 100 mappings. Written as ASCII bytes straight away: the stream holds nothing else.</summary>
        private ReadOnlySpan<byte> ToUnicode()
        {
            var glyphs = Used();
            var mapped = glyphs.Length > 0 && glyphs[0] == 0 ? glyphs.Length - 1 : glyphs.Length;
            var capacity = CMapStart.Length + CMapEnd.Length + (((mapped / 100) + 1) * 32);
            foreach (var glyph in drawn)
                capacity += 10 + (4 * glyph.Units);
            var map = new byte[capacity];
            CMapStart.CopyTo(map);
            var at = CMapStart.Length;
            var inBlock = 0;
            foreach (var (glyph, first, second) in drawn)
            {
                if (glyph == 0)
                    continue;
                if (inBlock == 0)
                {
                    Utf8Formatter.TryFormat(Math.Min(100, mapped), map.AsSpan(at), out var written);
                    at += written;
                    at += Ascii(" beginbfchar\n"u8, map, at);
                }

                map[at++] = (byte)'<';
                at += HexDigits.Upper(glyph, map.AsSpan(at));
                at += Ascii("> <"u8, map, at);
                at += HexDigits.Upper(first, map.AsSpan(at));
                if (second != '\0')
                    at += HexDigits.Upper(second, map.AsSpan(at));
                at += Ascii(">\n"u8, map, at);
                mapped--;
                if (++inBlock == 100 || mapped == 0)
                {
                    at += Ascii("endbfchar\n"u8, map, at);
                    inBlock = 0;
                }
            }

            at += Ascii(CMapEnd, map, at);
            return map.AsSpan(0, at);
        }

        private static int Ascii(ReadOnlySpan<byte> text, byte[] destination, int at)
        {
            text.CopyTo(destination.AsSpan(at));
            return text.Length;
        }

        /// <summary>A glyph drawn and the text it was first drawn for (what the ToUnicode map gives for it): one UTF-16
        /// unit, or a surrogate pair (<paramref name="Second"/> is <c>'\0'</c> for one unit). Held as characters, not as a
        /// string per glyph.</summary>
        private readonly record struct DrawnGlyph(int Glyph, char First, char Second)
        {
            public int Units => Second == '\0' ? 1 : 2;
        }
    }
}
