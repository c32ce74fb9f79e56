using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Writers.Docx;

[Trait("Category", "External")]
public sealed class DocxLibreOfficeTests(ITestOutputHelper output)
{
    [Fact]
    public void LibreOffice_converts_it_to_a_pdf_with_speakers_footnotes_and_page_numbers()
    {
        var soffice = ExternalTool.Require("soffice");
        var pdftotext = ExternalTool.Require("pdftotext");
        var folder = RepoPaths.NewTempFolder();
        var docx = DocxTestFile.Write(SampleDocuments.AllNodeTypes()).SaveTo(folder, "all-node-types.docx");
        var profile = new Uri(Path.Combine(folder, "lo-profile")).AbsoluteUri;

        var (exitCode, log) = ExternalTool.Run(soffice,
            ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", folder, docx], timeoutSeconds: 180);
        output.WriteLine(log);

        var pdf = Path.Combine(folder, "all-node-types.pdf");
        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(pdf) && new FileInfo(pdf).Length > 1000, "LibreOffice wrote no PDF, or an empty one");
        var (textExit, text) = ExternalTool.Run(pdftotext, [pdf, "-"]);
        output.WriteLine(text);
        Assert.Equal(0, textExit);
        Assert.Contains("Jane Smith:", text, StringComparison.Ordinal);
        Assert.Contains("John Doe:", text, StringComparison.Ordinal);
        Assert.Contains("Audience:", text, StringComparison.Ordinal);
        Assert.Contains("Leeds, West Yorkshire.", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 1", text, StringComparison.Ordinal);
    }
}
