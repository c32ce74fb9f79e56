using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using Pipeline.Formats.Writers.Pdf;
using Pipeline.Formats.Writers.Pdf.Fonts;
using Pipeline.Formats.Writers.Pdf.Layout;

namespace Pipeline.Tests.Formats.Writers.Pdf;

/// <summary>Pages' /Annots arrays as the renderer leaves them and as the stamp and the PDF/UA check read them.</summary>
public sealed class PageAnnotationsTests
{
    private static readonly TextStyle Body = new(FontFace.Serif, 10);

    [Fact]
    public void Every_page_has_an_annots_array_and_its_links_are_read_from_it_in_order()
    {
        using var pdf = new PdfDocument();
        pdf.Language = "en";
        pdf.Info.Title = "A title";
        pdf.ViewerPreferences.DisplayDocTitle = true;
        using var renderer = new PdfPageRenderer(pdf, PageGeometry.For("A4"), "A title");
        var plain = new Line([new Fragment("Text", Body, 0, 20, null)], 20, 12, 9, []);
        var linked = new Line([new Fragment("One", Body, 0, 20, "https://example.org/1"), new Fragment("Two", Body, 30, 20, "https://example.org/2")], 50, 12, 9, []);
        renderer.Render(
        [
            new PageLayout([new PlacedLine(new LayoutBlock(BlockRole.Paragraph, [plain]), plain, 0)], []),
            new PageLayout([new PlacedLine(new LayoutBlock(BlockRole.Paragraph, [linked]), linked, 0)], []),
        ]);

        Assert.Empty(Assert.IsAssignableFrom<PdfArray>(pdf.Pages[0].Elements["/Annots"]).Elements);
        Assert.Empty(PageAnnotations.Of(pdf.Pages[0]));
        var links = PageAnnotations.Of(pdf.Pages[1]).ToList();
        Assert.Equal(["One", "Two"], links.Select(link => Assert.IsType<PdfLinkAnnotation>(link).Elements.GetString("/Contents")));

        PdfDocumentInfo.StampAnnotations(pdf, PdfDocumentInfo.FixedFileDate);
        Assert.Equal(["annot-1", "annot-2"], links.Select(link => link.Elements.GetString("/NM")));
        Assert.True(PdfStructure.MeetsUniversalAccess(pdf, renderer));
        links[1].Elements.Remove("/StructParent");
        Assert.False(PdfStructure.MeetsUniversalAccess(pdf, renderer), "a link without a structure parent");
    }
}
