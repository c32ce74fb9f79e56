using System.IO.Compression;
using PdfSharp.Pdf;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>Streams compressed by the writer when they are created: complete zlib streams (header, final deflate block,
/// Adler-32), marked /FlateDecode, so PDFsharp (saving with compression off) writes them as they are.</summary>
internal static class PdfStreams
{
    /// <summary>A compression buffer per thread, reused from stream to stream (documents may be written in parallel).</summary>
    [ThreadStatic]
    private static MemoryStream? scratch;

    /// <summary>The zlib level every stream is compressed at (0–9). Chosen by measurement (docs/performance.md): on
    /// seed-sized documents level 2 costs about 1 ms less CPU per document than level 6 (zlib's default) for files about
    /// 3–16 % larger (most for long documents); level 1 saves another 0.7 ms but makes files 30 % larger.</summary>
    internal static int CompressionLevel { get; set; } = 2;

    /// <summary>A new indirect stream object holding <paramref name="data"/> deflated.</summary>
    public static PdfDictionary Compressed(PdfDocument pdf, ReadOnlySpan<byte> data)
    {
        var stream = new PdfDictionary(pdf);
        pdf.Internals.AddObject(stream);
        stream.CreateStream(Deflate(data));
        stream.Elements.SetName("/Filter", "/FlateDecode");
        return stream;
    }

    /// <summary>A new indirect stream object holding <paramref name="zlib"/>, a complete zlib stream made elsewhere.</summary>
    public static PdfDictionary Deflated(PdfDocument pdf, byte[] zlib)
    {
        var stream = new PdfDictionary(pdf);
        pdf.Internals.AddObject(stream);
        stream.CreateStream(zlib);
        stream.Elements.SetName("/Filter", "/FlateDecode");
        return stream;
    }

    /// <summary>A complete zlib stream of <paramref name="data"/>.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        var buffer = scratch ??= new MemoryStream();
        buffer.SetLength(0);
        using (var zlib = new ZLibStream(buffer, new ZLibCompressionOptions { CompressionLevel = CompressionLevel }, leaveOpen: true))
            zlib.Write(data);
        var result = buffer.ToArray();
        if (buffer.Capacity > 1 << 20)
            scratch = null;
        return result;
    }
}
