using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using Pipeline.Formats.Writers.Pdf.Fonts;
using Pipeline.Formats.Writers.Pdf.Layout;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>Writes a print-ready, tagged, bookmarked PDF with embedded subset fonts (PDFsharp 6.2.4, own layout).</summary>
public sealed class PdfWriter() : Writer("pdf", ".pdf",
    "Print-ready PDF: title block, speaker labels, footnotes, bookmarks, tagged (PDFsharp)")
{
    protected override void WriteDocument(TranscriptDocument document, Stream output, WriterContext context)
    {
        EmbeddedFontResolver.EnsureInstalled();
        var geometry = PageGeometry.For(context.Options.PageSize);
        var (blocks, footnotes) = new DocumentComposer(document, geometry.BodyWidth, context).Compose();
        var pages = new Paginator(geometry.BodyHeight).Paginate(blocks, footnotes);
        context.Cancellation.ThrowIfCancellationRequested();

        using var pdf = new PdfDocument();

        // PDFsharp's own deflate leaves every stream unfinished; PdfDeterminism compresses them properly after saving.
        pdf.Options.NoCompression = true;
        pdf.Options.CompressContentStreams = false;
        var accessibility = UAManager.ForDocument(pdf);
        accessibility.SetDocumentLanguage(PdfDocumentInfo.LanguageOf(document));
        PdfDocumentInfo.Apply(pdf, document, context.Options);
        pdf.PageMode = PdfPageMode.UseOutlines;
        var renderer = new PdfPageRenderer(pdf, accessibility.StructureBuilder, geometry, DocumentComposer.TitleOf(document, context.Options), Interface.InterfaceWords.For(document.Metadata.Language, context.Options.UiLanguage));
        renderer.Render(pages);
        PdfStructure.Finish(pdf, accessibility);
        PdfDocumentInfo.StampAnnotations(pdf, PdfDocumentInfo.FileDate(context.Options));
        pdf.Internals.FirstDocumentID = PdfDeterminism.PlaceholderId;
        pdf.Internals.SecondDocumentID = PdfDeterminism.PlaceholderId;

        using var buffer = new MemoryStream();
        pdf.Save(buffer, closeStream: false);
        var xmp = PdfDocumentInfo.Xmp(pdf, document, context.Options, universalAccess: PdfStructure.MeetsUniversalAccess(pdf, renderer));
        output.Write(PdfDeterminism.Stabilise(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), xmp));
    }
}
