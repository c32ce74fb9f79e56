using System.IO.Compression;
using System.Security.Cryptography;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>Finishes the bytes PDFsharp saved, object by object, and writes a new cross-reference table: every stream
/// becomes a complete zlib stream (PDFsharp 6.2 flushes its DeflateStream without closing it, so its streams lack the
/// final block and the Adler-32 trailer and <c>qpdf --check</c> warns on each), the XMP packet is ours, font subset
/// tags are derived from the font name, and the trailer /ID and the XMP uuids from a hash of the content.</summary>
/// <remarks>Rewrites touch dictionaries and stream data found through the cross-reference table, never a pattern
/// matched over the whole file, so nothing inside a font program or a content stream can be changed by accident.
/// When the saved file is not in the shape PDFsharp writes (a classic xref table, direct /Length), the bytes are
/// returned unchanged rather than guessed at.</remarks>
internal static partial class PdfDeterminism
{
    /// <summary>A 16-character placeholder for the trailer /ID, set before saving.</summary>
    public const string PlaceholderId = "pipeline-pdf-id0";

    /// <summary>The uuid written into the XMP packet before the content hash is known.</summary>
    public const string PlaceholderUuid = "uuid:00000000-0000-4000-8000-000000000000";

    private static readonly string PlaceholderHex = new('0', 32);

    /// <summary>The zlib level every stream is compressed at (0–9). Chosen by measurement (docs/performance.md): on
    /// seed-sized documents level 2 costs about 1 ms less CPU per document than level 6 (zlib's default) for files about
    /// 3–16 % larger (most for long documents); level 1 saves another 0.7 ms but makes files 30 % larger.</summary>
    internal static int CompressionLevel { get; set; } = 2;

    /// <summary>The finished file; <paramref name="xmp"/> (an XMP packet) replaces PDFsharp's metadata stream when given.</summary>
    public static byte[] Stabilise(byte[] saved, string? xmp = null) => Stabilise(saved.AsSpan(), xmp);

    /// <summary>The finished file; <paramref name="xmp"/> (an XMP packet) replaces PDFsharp's metadata stream when given.</summary>
    /// <remarks>Works on the bytes: only the cross-reference table, the trailer and the dictionaries that need a
    /// rewrite are decoded to text, never the whole file (font programs and content streams are most of it).</remarks>
    public static byte[] Stabilise(ReadOnlySpan<byte> saved, string? xmp = null)
    {
        var tailFrom = Math.Max(0, saved.Length - 128);
        var startXref = StartXref().Match(Encoding.Latin1.GetString(saved[tailFrom..]));
        if (!startXref.Success)
            return saved.ToArray();
        var xrefAt = int.Parse(startXref.Groups["at"].Value, CultureInfo.InvariantCulture);
        if (xrefAt <= 0 || xrefAt >= saved.Length)
            return saved.ToArray();
        var text = Encoding.Latin1.GetString(saved[xrefAt..]);
        var table = XrefTable().Match(text);
        if (!table.Success || table.Index != 0)
            return saved.ToArray();
        var size = int.Parse(table.Groups["count"].Value, CultureInfo.InvariantCulture);
        var entriesAt = table.Length;
        var objects = new List<(int Number, int Offset)>(size);
        for (var n = 1; n < size; n++)
        {
            var entry = text.AsSpan(entriesAt + (n * 20), 18);
            if (entry[17] == 'n')
                objects.Add((n, int.Parse(entry[..10], CultureInfo.InvariantCulture)));
        }

        objects.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var trailer = Trailer().Match(text, entriesAt + (size * 20));
        if (!trailer.Success || objects.Count == 0)
            return saved.ToArray();

        using var output = new MemoryStream(saved.Length / 2);
        using var scratch = new MemoryStream();
        output.Write(saved[..objects[0].Offset]);
        var offsets = new long[size];
        for (var k = 0; k < objects.Count; k++)
        {
            var (number, offset) = objects[k];
            var end = k + 1 < objects.Count ? objects[k + 1].Offset : xrefAt;
            offsets[number] = output.Position;
            if (!WriteObject(output, scratch, saved, offset, end, xmp))
                return saved.ToArray();
        }

        var newXref = output.Position;
        var xref = new StringBuilder(40 + (size * 20));
        xref.Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n0000000000 65535 f \n");
        for (var n = 1; n < size; n++)
        {
            xref.Append(offsets[n] > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{offsets[n]:D10} 00000 n \n")
                : "0000000000 65535 f \n");
        }

        var trailerDict = TrailerId().Replace(trailer.Groups["dict"].Value, $"/ID[<{PlaceholderHex}><{PlaceholderHex}>]");
        xref.Append("trailer\n").Append(trailerDict).Append(CultureInfo.InvariantCulture, $"\nstartxref\n{newXref}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(xref.ToString()));
        var finished = output.ToArray();
        SetIdentifiers(finished, (int)newXref);
        return finished;
    }

    /// <summary>Copies one indirect object, its stream (if any) recompressed or replaced; false when it is not in
    /// the shape expected.</summary>
    private static bool WriteObject(MemoryStream output, MemoryStream scratch, ReadOnlySpan<byte> saved, int start, int end, string? xmp)
    {
        var obj = saved[start..end];
        var streamAt = obj.IndexOf(">>\nstream\n"u8);
        if (streamAt < 0)
        {
            // Most objects (structure elements, pages, annotations) name no font subset: copied as they are.
            if (obj.Contains((byte)'+'))
                output.Write(Encoding.Latin1.GetBytes(SubsetTag().Replace(Encoding.Latin1.GetString(obj), RenameSubset)));
            else
                output.Write(obj);
            return true;
        }

        var head = Encoding.Latin1.GetString(obj[..(streamAt + 2)]);
        var length = DirectLength().Match(head);
        if (!length.Success)
            return false;
        var dataAt = start + streamAt + ">>\nstream\n".Length;
        var data = saved.Slice(dataAt, int.Parse(length.Groups["n"].Value, CultureInfo.InvariantCulture));
        var filter = FilterEntry().Match(head);
        ReadOnlySpan<byte> body;
        if (head.Contains("/Type/Metadata", StringComparison.Ordinal))
        {
            body = xmp is null ? data : Encoding.UTF8.GetBytes(xmp);
        }
        else if (!filter.Success)
        {
            body = Deflate(data, scratch);
            head = head.Insert(head.IndexOf("<<", StringComparison.Ordinal) + 2, "/Filter/FlateDecode");
        }
        else if (filter.Groups["name"].Value == "FlateDecode" && !head.Contains("/DecodeParms", StringComparison.Ordinal)
                 && Inflate(data) is { } inflated)
        {
            body = Deflate(inflated, scratch);
        }
        else
        {
            body = data;
        }

        head = DirectLength().Replace(head, "/Length " + body.Length.ToString(CultureInfo.InvariantCulture), 1);
        output.Write(Encoding.Latin1.GetBytes(SubsetTag().Replace(head, RenameSubset) + "\nstream\n"));
        output.Write(body);
        output.Write("\nendstream\nendobj\n"u8);
        return true;
    }

    /// <summary>Puts the content hash into the trailer /ID and the XMP uuids (same lengths as the placeholders).</summary>
    private static void SetIdentifiers(byte[] file, int trailerFrom)
    {
        var hash = SHA256.HashData(file);
        var idHex = Encoding.ASCII.GetBytes(Convert.ToHexString(hash, 0, 16));
        var uuid = Encoding.ASCII.GetBytes("uuid:" + new Guid(hash.AsSpan(16, 16)).ToString("D"));
        Replace(file, trailerFrom, Encoding.ASCII.GetBytes($"<{PlaceholderHex}>"), idHex, 1);
        Replace(file, 0, Encoding.ASCII.GetBytes(PlaceholderUuid), uuid, 0);
    }

    private static void Replace(byte[] file, int from, byte[] placeholder, byte[] value, int skip)
    {
        var span = file.AsSpan();
        while (true)
        {
            var at = span[from..].IndexOf(placeholder);
            if (at < 0)
                return;
            value.CopyTo(span[(from + at + skip)..]);
            from += at + placeholder.Length;
        }
    }

    /// <summary>A complete zlib stream (header, deflate data ending in a final block, Adler-32), written into
    /// <paramref name="scratch"/> (reused from stream to stream) and valid until its next use.</summary>
    private static ReadOnlySpan<byte> Deflate(ReadOnlySpan<byte> data, MemoryStream scratch)
    {
        scratch.SetLength(0);
        using (var zlib = new ZLibStream(scratch, new ZLibCompressionOptions { CompressionLevel = CompressionLevel }, leaveOpen: true))
            zlib.Write(data);
        return scratch.GetBuffer().AsSpan(0, (int)scratch.Length);
    }

    /// <summary>The data of a zlib stream PDFsharp wrote (two header bytes, deflate data that may lack its final
    /// block), or null when it cannot be read (the stream is then copied as it is).</summary>
    private static byte[]? Inflate(ReadOnlySpan<byte> data)
    {
        if (data.Length < 2)
            return null;
        try
        {
            using var input = new MemoryStream(data[2..].ToArray());
            using var deflate = new DeflateStream(input, CompressionMode.Decompress);
            using var result = new MemoryStream(data.Length * 3);
            deflate.CopyTo(result);
            return result.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static string RenameSubset(Match m) => "/" + TagFor(m.Groups["name"].Value) + "+" + m.Groups["name"].Value;

    private static string TagFor(string fontName)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(fontName));
        var tag = new char[6];
        for (var i = 0; i < tag.Length; i++)
            tag[i] = (char)('A' + (hash[i] % 26));
        return new string(tag);
    }

    [GeneratedRegex(@"startxref\s+(?<at>\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"xref\r?\n0 (?<count>\d+)\r?\n")]
    private static partial Regex XrefTable();

    [GeneratedRegex(@"\Gtrailer\s*(?<dict><<.*?>>)\s*(%[^\n]*\n)?\s*startxref", RegexOptions.Singleline)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]")]
    private static partial Regex TrailerId();

    [GeneratedRegex(@"/Length (?<n>\d+)(?![\d.]|\s+\d+\s+R)")]
    private static partial Regex DirectLength();

    [GeneratedRegex(@"/Filter\s*/(?<name>[A-Za-z0-9]+)")]
    private static partial Regex FilterEntry();

    [GeneratedRegex(@"/[A-Z]{6}\+(?<name>[A-Za-z0-9\-_.,#]+)")]
    private static partial Regex SubsetTag();
}
