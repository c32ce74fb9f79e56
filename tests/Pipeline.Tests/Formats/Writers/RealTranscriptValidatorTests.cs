using Pipeline.Core.Model;
using Pipeline.Tests.Formats.Writers.Markdown;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Writers;

/// <summary>The external validators users rely on, run on the writers' output for the seed and every input/ sample.</summary>
[Trait("Category", "External")]
public sealed class RealTranscriptValidatorTests(ITestOutputHelper output)
{
    private static string Save(string folder, string name, string writer, string extension)
    {
        var path = Path.Combine(folder, name + extension);
        File.WriteAllBytes(path, RealTranscripts.Write(writer, RealTranscripts.Read(name)).Bytes);
        return path;
    }

    private static IEnumerable<string> Names() => RealTranscripts.Names().Select(row => row.Data);

    [Fact]
    public void Markdown_becomes_an_epub_that_epubcheck_passes_with_no_errors_or_warnings()
    {
        var folder = RepoPaths.NewTempFolder();
        var epubs = Names().ToDictionary(name => name, name => PandocRun.ToEpub(Save(folder, name, "md", ".md")));
        var reports = PandocRun.EpubcheckAll([.. epubs.Values]);
        foreach (var (name, epub) in epubs)
        {
            var (fatals, errors, warnings, log) = reports[epub];
            output.WriteLine($"{name}: {fatals} fatals / {errors} errors / {warnings} warnings");
            Assert.True(fatals + errors + warnings == 0, $"{name}: {log}");
        }
    }

    [Fact]
    public void Markdown_keeps_every_word_through_pandoc_plain_text()
    {
        var folder = RepoPaths.NewTempFolder();
        foreach (var name in Names())
        {
            var plain = PandocRun.ToPlain(Save(folder, name, "md", ".md"), "-s");
            Assert.Empty(Words.Missing(Words.TextOf(RealTranscripts.Read(name)), plain));
        }
    }

    [Fact]
    public void Docx_reads_back_through_pandoc_with_headings_footnotes_and_every_word()
    {
        var pandoc = ExternalTool.Require("pandoc");
        var folder = RepoPaths.NewTempFolder();
        foreach (var name in Names())
        {
            var document = RealTranscripts.Read(name);
            var (code, markdown) = ExternalTool.Run(pandoc, ["-s", "-f", "docx", "-t", "markdown", "--wrap=none", Save(folder, name, "docx", ".docx")]);
            Assert.Equal(0, code);
            foreach (var heading in document.Blocks.OfType<Heading>())
                Assert.Contains("# " + InlineText.ToPlainText(heading.Content), markdown, StringComparison.Ordinal);
            for (var n = 1; n <= document.Footnotes.Length; n++)
                Assert.Contains($"[^{n}]:", markdown, StringComparison.Ordinal);
            Assert.Empty(Words.Missing(Words.TextOf(document), markdown.Replace("\\'", "'", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Docx_converts_with_LibreOffice()
    {
        var soffice = ExternalTool.Require("soffice");
        var folder = RepoPaths.NewTempFolder();
        var files = Names().Select(name => Save(folder, name, "docx", ".docx")).ToList();
        var profile = new Uri(Path.Combine(folder, "lo-profile")).AbsoluteUri;
        var (code, log) = ExternalTool.Run(soffice, ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", folder, .. files], timeoutSeconds: 300);
        output.WriteLine(log);
        Assert.Equal(0, code);
        foreach (var file in files)
            Assert.True(new FileInfo(Path.ChangeExtension(file, ".pdf")).Length > 1000, $"LibreOffice wrote no PDF for {file}");
    }

    [Fact]
    public void Pdf_fonts_are_embedded_subsets_it_is_tagged_and_qpdf_finds_no_errors()
    {
        var pdffonts = ExternalTool.Require("pdffonts");
        var pdfinfo = ExternalTool.Require("pdfinfo");
        var qpdf = ExternalTool.Require("qpdf");
        var folder = RepoPaths.NewTempFolder();
        foreach (var name in Names())
        {
            var pdf = Save(folder, name, "pdf", ".pdf");
            var (fontsCode, fonts) = ExternalTool.Run(pdffonts, [pdf]);
            Assert.Equal(0, fontsCode);
            var fontRows = fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
            Assert.NotEmpty(fontRows);
            Assert.All(fontRows, row => Assert.Matches(@"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", row));

            var (infoCode, info) = ExternalTool.Run(pdfinfo, [pdf]);
            Assert.Equal(0, infoCode);
            Assert.Contains("Tagged:          yes", info, StringComparison.Ordinal);
            output.WriteLine($"{name}: {info.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal))}");

            var (checkCode, check) = ExternalTool.Run(qpdf, ["--check", pdf]);
            Assert.True(checkCode == 0, check);
            Assert.Contains("No syntax or stream encoding errors found", check, StringComparison.Ordinal);
            Assert.DoesNotContain("WARNING", check, StringComparison.Ordinal);
        }
    }
}
