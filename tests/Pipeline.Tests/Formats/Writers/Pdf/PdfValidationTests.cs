using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Writers.Pdf;

/// <summary>The external checkers: poppler's pdffonts and pdfinfo, and qpdf.</summary>
[Trait("Category", "External")]
public sealed class PdfValidationTests
{
    [Fact]
    public void Pdffonts_shows_every_font_embedded_as_a_subset()
    {
        var pdffonts = ExternalTool.Require("pdffonts");
        var path = PdfRendering.RenderToFile(SampleDocuments.HostileText());
        var (exit, output) = ExternalTool.Run(pdffonts, [path]);
        Assert.Equal(0, exit);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.True(rows.Count >= 2, output);
        Assert.All(rows, row => Assert.Matches(@"Identity-H\s+yes\s+yes\s+yes", row));
        var tags = rows.Select(r => r.Split('+')[0]).ToList();
        Assert.Equal(tags.Count, tags.Distinct().Count());
    }

    [Fact]
    public void Pdfinfo_shows_tagged_title_and_language_sized_pages()
    {
        var pdfinfo = ExternalTool.Require("pdfinfo");
        var path = PdfRendering.RenderToFile(SampleDocuments.Cyrillic(), pageSize: "Letter");
        var (exit, output) = ExternalTool.Run(pdfinfo, [path]);
        Assert.Equal(0, exit);
        Assert.Contains("Tagged:          yes", output, StringComparison.Ordinal);
        Assert.Contains("Title:           Интервью с Владимиром Путиным", output, StringComparison.Ordinal);
        Assert.Contains("612 x 792 pts (letter)", output, StringComparison.Ordinal);
        Assert.Contains("CreationDate:", output, StringComparison.Ordinal);
        var (_, meta) = ExternalTool.Run(pdfinfo, ["-meta", path]);
        Assert.Contains("Интервью с Владимиром Путиным</rdf:li>", meta, StringComparison.Ordinal);
        Assert.Contains("Владимир Путин; Кир Симмонс", meta, StringComparison.Ordinal);
        Assert.Contains("<rdf:li>2021-06-11</rdf:li>", meta, StringComparison.Ordinal);
        var (_, structure) = ExternalTool.Run(pdfinfo, ["-struct", path]);
        Assert.Contains("H1", structure, StringComparison.Ordinal);
        Assert.Contains("P", structure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("all")]
    [InlineData("large")]
    public void Qpdf_check_finds_no_errors(string which)
    {
        var qpdf = ExternalTool.Require("qpdf");
        var document = which == "all" ? SampleDocuments.AllNodeTypes() : LargeTranscript.Generate(20_000);
        var path = PdfRendering.RenderToFile(document);
        var (exit, output) = ExternalTool.Run(qpdf, ["--check", path]);
        Assert.True(exit == 0, output);
        Assert.DoesNotContain("WARNING", output, StringComparison.OrdinalIgnoreCase);
    }
}
