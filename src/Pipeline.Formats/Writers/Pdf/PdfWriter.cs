using System.Security.Cryptography;
using PdfSharp.Pdf;
using Pipeline.Core.Engine;
using Pipeline.Formats.Writers.Pdf.Layout;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>Writes a print-ready, tagged, bookmarked PDF with embedded subset fonts: own layout, own content streams,
/// fonts and tag tree; PDFsharp 6.2.4's object layer for the file structure (pages, outlines, annotations, saving).
/// Deterministic as written: streams are compressed when created, subset tags come from the glyphs used, and the
/// trailer /ID and the XMP uuids from a hash of the content and the metadata.</summary>
public sealed class PdfWriter() : Writer("pdf", ".pdf",
    "Print-ready PDF: title block, speaker labels, footnotes, bookmarks, tagged (PDFsharp)")
{
    protected override void WriteDocument(TranscriptDocument document, Stream output, WriterContext context)
    {
        var geometry = PageGeometry.For(context.Options.PageSize);
        var (blocks, footnotes) = new DocumentComposer(document, geometry.BodyWidth, context).Compose();
        var pages = new Paginator(geometry.BodyHeight).Paginate(blocks, footnotes);
        context.Cancellation.ThrowIfCancellationRequested();

        using var pdf = new PdfDocument();
        using var renderer = Render(pdf, document, context.Options, geometry, pages);
        var universalAccess = PdfStructure.MeetsUniversalAccess(pdf, renderer);
        var xmp = Identify(pdf, renderer.ContentHash(), PdfDocumentInfo.Xmp(pdf, document, context.Options, universalAccess));

        Save(pdf, xmp, output);
    }

    /// <summary>Saves <paramref name="pdf"/> to <paramref name="output"/> with <paramref name="xmp"/> as its metadata
    /// (the writer's save phase). PDFsharp needs a seekable stream (the output may be a pipe), and writes an XMP packet
    /// of its own (with random uuids) as the last object on every save: it is replaced by ours (PdfMetadataObject).</summary>
    internal static void Save(PdfDocument pdf, byte[] xmp, Stream output)
    {
        var buffer = SaveBuffers.Rent();
        try
        {
            pdf.Save(buffer, closeStream: false);
            PdfMetadataObject.WriteReplacingLast(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), pdf, xmp, output);
        }
        finally
        {
            SaveBuffers.Return(buffer);
        }
    }

    /// <summary>The buffers PDFsharp saves into, one per thread (documents may be written in parallel), reused from
    /// document to document rather than grown again from empty for each.</summary>
    private static readonly KeptBuffer SaveBuffers = new();

    /// <summary>The document's pages, fonts, tag tree, outlines and information (the writer's render phase).</summary>
    internal static PdfPageRenderer Render(PdfDocument pdf, TranscriptDocument document, WriterOptions options, PageGeometry geometry, IReadOnlyList<PageLayout> pages)
    {
        // Every stream is compressed by the writer as it is made (PdfStreams); PDFsharp must not touch them.
        pdf.Options.NoCompression = true;
        pdf.Options.CompressContentStreams = false;
        pdf.Language = PdfDocumentInfo.LanguageOf(document);
        PdfDocumentInfo.Apply(pdf, document, options);
        pdf.PageMode = PdfPageMode.UseOutlines;
        var renderer = new PdfPageRenderer(pdf, geometry, DocumentComposer.TitleOf(document, options), Interface.InterfaceWords.For(document.Metadata.Language, options.UiLanguage));
        renderer.Render(pages);
        PdfDocumentInfo.StampAnnotations(pdf, PdfDocumentInfo.FileDate(options));
        return renderer;
    }

    /// <summary>Sets the trailer /ID from a hash of <paramref name="contentHash"/> and the XMP packet <paramref name="xmp"/>
    /// (its document and instance ids empty), and returns the packet in UTF-8 with a uuid from the same hash as those ids:
    /// the same document and options give the same identifiers, another document other ones.</summary>
    internal static byte[] Identify(PdfDocument pdf, byte[] contentHash, string xmp)
    {
        var hashed = new byte[contentHash.Length + Encoding.UTF8.GetByteCount(xmp)];
        contentHash.CopyTo(hashed, 0);
        var packet = hashed.AsSpan(contentHash.Length);
        Encoding.UTF8.GetBytes(xmp, packet);
        var hash = SHA256.HashData(hashed);
        var id = string.Create(16, hash, (chars, h) =>
        {
            for (var i = 0; i < chars.Length; i++)
                chars[i] = (char)h[i];
        });
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;
        return PdfDocumentInfo.WithUuid(packet, "uuid:" + new Guid(hash.AsSpan(16, 16)).ToString("D"));
    }
}
