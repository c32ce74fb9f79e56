using Pipeline.Formats.Writers.Pdf;
using Pipeline.Formats.Writers.Pdf.Fonts;
using Pipeline.Formats.Writers.Pdf.Layout;

namespace Pipeline.Tests.Formats.Writers.Pdf;

/// <summary>The PDF/UA-1 requirements the writer checks before it claims conformance in XMP.</summary>
public sealed class PdfStructureTests
{
    private static readonly TextStyle Body = new(FontFace.Serif, 10);

    [Fact]
    public void Universal_access_holds_for_a_rendered_document_and_fails_when_a_checked_requirement_is_broken()
    {
        using var pdf = new PdfSharp.Pdf.PdfDocument();
        pdf.Language = "en";
        pdf.Info.Title = "A title";
        pdf.ViewerPreferences.DisplayDocTitle = true;
        using var renderer = new PdfPageRenderer(pdf, PageGeometry.For("A4"), "A title");
        var line = new Line([new Fragment("Heading", Body, 0, 40, null)], 40, 12, 9, []);
        var blocks = new[]
        {
            new LayoutBlock(BlockRole.Heading1, [line], OutlineTitle: "Heading"),
            new LayoutBlock(BlockRole.Paragraph, [line with { Fragments = [new Fragment("Text", Body, 0, 20, null)] }]),
        };
        renderer.Render(new Paginator(700).Paginate(blocks, []));
        Assert.True(PdfStructure.MeetsUniversalAccess(pdf, renderer));

        renderer.HeadingLevels.Add(3);
        Assert.False(PdfStructure.MeetsUniversalAccess(pdf, renderer), "a heading level skipped from 1 to 3");
        renderer.HeadingLevels.RemoveAt(renderer.HeadingLevels.Count - 1);

        renderer.NoteIds.AddRange(["fn1", "fn1"]);
        Assert.False(PdfStructure.MeetsUniversalAccess(pdf, renderer), "two notes with one id");
        renderer.NoteIds.Clear();

        pdf.Pages[0].Elements.Remove("/Tabs");
        Assert.False(PdfStructure.MeetsUniversalAccess(pdf, renderer), "a page without /Tabs /S");
        pdf.Pages[0].Elements.SetName("/Tabs", "/S");

        pdf.ViewerPreferences.DisplayDocTitle = false;
        Assert.False(PdfStructure.MeetsUniversalAccess(pdf, renderer), "the title bar shows the file name");
    }
}
