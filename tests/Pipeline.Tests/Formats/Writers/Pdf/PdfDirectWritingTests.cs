using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Formats.Writers.Pdf;
using Pipeline.Formats.Writers.Pdf.Fonts;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Writers.Pdf;

/// <summary>Issue 17, item 2: the writer's own font subsets, content streams and metadata.</summary>
public sealed partial class PdfDirectWritingTests
{
    [Fact]
    public void Subset_keeps_the_outlines_of_used_glyphs_and_their_components_only_with_a_valid_checksum()
    {
        var metrics = ShippedFonts.MetricsOf(FontFace.Serif);
        var program = ShippedFonts.ProgramOf(FontFace.Serif);
        var a = metrics.Glyph('A');
        var z = metrics.Glyph('Z');
        var accented = metrics.Glyph('é');
        var subset = program.SubsetFile([a, accented]);

        Assert.Equal(0xB1B0AFBAu, Checksum(subset));
        var (glyf, loca) = (Table(subset, "glyf"), Table(subset, "loca"));
        Assert.Equal((program.GlyphCount + 1) * 4, loca.Length);
        int Length(int glyph) => (int)(BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan((glyph + 1) * 4)) - BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(glyph * 4)));
        Assert.True(Length(a) > 0, "a used glyph keeps its outline");
        Assert.True(Length(0) > 0, ".notdef is always kept");
        Assert.Equal(0, Length(z));
        Assert.True(Length(accented) > 0);
        var start = (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(accented * 4));
        if (BinaryPrimitives.ReadInt16BigEndian(glyf.AsSpan(start)) < 0)
        {
            var component = BinaryPrimitives.ReadUInt16BigEndian(glyf.AsSpan(start + 12));
            Assert.True(Length(component) > 0, "the first component of a composite glyph is kept");
        }

        Assert.True(subset.Length < ShippedFonts.Bytes(FontFace.Serif).Length / 4, $"subset of two glyphs is {subset.Length} bytes");
    }

    [Fact]
    public void Subset_copies_every_kept_outline_byte_for_byte_runs_of_neighbouring_glyphs_included()
    {
        var metrics = ShippedFonts.MetricsOf(FontFace.SerifItalic);
        var program = ShippedFonts.ProgramOf(FontFace.SerifItalic);
        var used = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?ß".Select(c => metrics.Glyph(c)).Distinct().Order().ToList();
        var subset = program.SubsetFile(used);

        var font = ShippedFonts.Bytes(FontFace.SerifItalic);
        var (sourceGlyf, sourceLoca) = (Table(font, "glyf"), Table(font, "loca"));
        var shortOffsets = BinaryPrimitives.ReadInt16BigEndian(Table(font, "head").AsSpan(50)) == 0;
        int SourceStart(int glyph) => shortOffsets
            ? BinaryPrimitives.ReadUInt16BigEndian(sourceLoca.AsSpan(glyph * 2)) * 2
            : (int)BinaryPrimitives.ReadUInt32BigEndian(sourceLoca.AsSpan(glyph * 4));
        var (glyf, loca) = (Table(subset, "glyf"), Table(subset, "loca"));
        foreach (var glyph in used)
        {
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(glyph * 4));
            var end = (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan((glyph + 1) * 4));
            var source = sourceGlyf.AsSpan(SourceStart(glyph), SourceStart(glyph + 1) - SourceStart(glyph));
            Assert.Equal(0, start % 4);
            Assert.True(source.SequenceEqual(glyf.AsSpan(start, source.Length)), $"outline of glyph {glyph}");
            Assert.True(end - start - source.Length is >= 0 and < 4, $"glyph {glyph} padded to four bytes, no more");
        }

        Assert.Equal(0xB1B0AFBAu, Checksum(subset));
    }

    [Fact]
    public void Subset_tag_and_widths_depend_on_the_glyphs_drawn_and_the_text_maps_back()
    {
        var bytes = PdfRendering.Render(PdfWriterTests.Greek()).Bytes;
        var text = Encoding.Latin1.GetString(bytes);
        var tags = SubsetName().Matches(text).Select(m => m.Groups["tag"].Value).Distinct().ToList();
        Assert.NotEmpty(tags);
        var other = Encoding.Latin1.GetString(PdfRendering.Render(SampleDocuments.Cyrillic()).Bytes);
        var otherTags = SubsetName().Matches(other).Select(m => m.Groups["tag"].Value).Distinct().ToList();
        Assert.NotEqual(tags.Order(StringComparer.Ordinal), otherTags.Order(StringComparer.Ordinal));

        var maps = Streams(bytes).Where(s => s.Contains("beginbfchar", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(maps);
        Assert.Contains(maps, m => m.Contains("<03A8>", StringComparison.Ordinal) || m.Contains("<03C8>", StringComparison.Ordinal));
    }

    [Fact]
    public void Content_streams_mark_every_text_object_and_nest_marked_content_around_text_objects()
    {
        var bytes = PdfRendering.Render(SampleDocuments.AllNodeTypes()).Bytes;
        var contents = Streams(bytes).Where(s => s.Contains(" Tf\n", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(contents);
        foreach (var content in contents)
        {
            var depth = 0;
            var inText = false;
            foreach (var line in content.Split('\n'))
            {
                if (line.EndsWith("BDC", StringComparison.Ordinal) || line.EndsWith("BMC", StringComparison.Ordinal))
                {
                    Assert.False(inText, "marked content opens inside a text object");
                    Assert.True(line.StartsWith("/Artifact", StringComparison.Ordinal) || line.Contains("<</MCID ", StringComparison.Ordinal), line);
                    depth++;
                }
                else if (line == "EMC")
                {
                    Assert.False(inText, "marked content closes inside a text object");
                    depth--;
                }
                else if (line == "BT")
                {
                    Assert.True(depth > 0, "text outside a structure element or artifact");
                    inText = true;
                }
                else if (line == "ET")
                {
                    inText = false;
                }
            }

            Assert.Equal(0, depth);
        }
    }

    [Fact]
    public void The_metadata_stream_is_the_writers_own_with_identifiers_from_the_content()
    {
        var first = Encoding.UTF8.GetString(PdfRendering.Render(SampleDocuments.AllNodeTypes()).Bytes);
        var second = Encoding.UTF8.GetString(PdfRendering.Render(SampleDocuments.Cyrillic()).Bytes);
        foreach (var text in new[] { first, second })
        {
            Assert.Single(Regex.Matches(text, "<x:xmpmeta", RegexOptions.None, TimeSpan.FromSeconds(5)));
            Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", text, StringComparison.Ordinal);
            Assert.Contains("<dc:language>", text, StringComparison.Ordinal);
        }

        var id = DocumentId().Match(first).Groups["uuid"].Value;
        Assert.Equal(id, InstanceId().Match(first).Groups["uuid"].Value);
        Assert.NotEqual(id, DocumentId().Match(second).Groups["uuid"].Value);
        Assert.NotEqual("", id);
    }

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        Span<byte> word = stackalloc byte[4];
        for (var i = 0; i < data.Length; i += 4)
        {
            word.Clear();
            data.AsSpan(i, Math.Min(4, data.Length - i)).CopyTo(word);
            sum += BinaryPrimitives.ReadUInt32BigEndian(word);
        }

        return sum;
    }

    private static byte[] Table(byte[] font, string tag)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + (i * 16), 16);
            if (Encoding.ASCII.GetString(record[..4]) == tag)
                return font.AsSpan((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..])).ToArray();
        }

        throw new InvalidDataException($"no {tag} table");
    }

    /// <summary>Every FlateDecode stream of the file, inflated, as Latin-1 text.</summary>
    private static List<string> Streams(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var result = new List<string>();
        foreach (Match m in FlateStream().Matches(text))
        {
            var length = int.Parse(m.Groups["length"].Value, System.Globalization.CultureInfo.InvariantCulture);
            using var input = new MemoryStream(pdf, m.Index + m.Length, length);
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            zlib.CopyTo(output);
            result.Add(Encoding.Latin1.GetString(output.ToArray()));
        }

        return result;
    }

    [GeneratedRegex(@"<<[^>]*/Filter\s*/FlateDecode[^>]*/Length (?<length>\d+)[^>]*>>\s*stream\r?\n|<<[^>]*/Length (?<length>\d+)[^>]*/Filter\s*/FlateDecode[^>]*>>\s*stream\r?\n")]
    private static partial Regex FlateStream();

    [GeneratedRegex(@"/BaseFont\s*/(?<tag>[A-Z]{6})\+")]
    private static partial Regex SubsetName();

    [GeneratedRegex(@"<xmpMM:DocumentID>(?<uuid>uuid:[0-9a-f-]{36})</xmpMM:DocumentID>")]
    private static partial Regex DocumentId();

    [GeneratedRegex(@"<xmpMM:InstanceID>(?<uuid>uuid:[0-9a-f-]{36})</xmpMM:InstanceID>")]
    private static partial Regex InstanceId();
}
