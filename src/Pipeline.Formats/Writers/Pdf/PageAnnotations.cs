using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Annotations;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>A page's /Annots array, read and made without <see cref="PdfPage.Annotations"/>: that property builds
/// PDFsharp's annotation list by reflection on a page's first use. Every page has the array (PDFsharp gave one to each
/// page it was asked about); a page without links gets a plain empty one.</summary>
internal static class PageAnnotations
{
    private const string Key = "/Annots";

    /// <summary>Gives <paramref name="page"/> an empty /Annots array unless it has one (a page with links has).</summary>
    public static void EnsureArray(PdfDocument pdf, PdfPage page)
    {
        if (!page.Elements.ContainsKey(Key))
            page.Elements[Key] = new PdfArray(pdf);
    }

    /// <summary>The annotations of <paramref name="page"/>, in order.</summary>
    public static IEnumerable<PdfAnnotation> Of(PdfPage page)
    {
        if (page.Elements[Key] is not PdfArray annotations)
            yield break;
        foreach (var item in annotations.Elements)
        {
            if ((item as PdfReference)?.Value is PdfAnnotation annotation)
                yield return annotation;
        }
    }
}
