using Pipeline.Core.Model;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Writers.Docx;

[Trait("Category", "External")]
public sealed class DocxPandocTests(ITestOutputHelper output)
{
    [Fact]
    public void Pandoc_reads_back_title_headings_and_footnotes()
    {
        var markdown = ToMarkdown(SampleDocuments.AllNodeTypes());
        var lines = markdown.Split('\n');

        Assert.Contains("title: \"Every node type: a test transcript\"", lines);
        Assert.Contains("# Early life", lines);
        Assert.Contains("## A subsection", lines);
        Assert.Contains("# Later years with *style*", lines);
        Assert.Contains("**John Doe:** \\[00:01:05\\] I grew up in *Leeds*, **really**.[^1] My mother said \"never again\".", lines);
        Assert.Contains("**John Doe:** He worked at the mill.[^2]", lines);
        Assert.Contains("[^1]: Leeds, West Yorkshire.", lines);
        Assert.Contains("[^2]: The mill closed in 1970; see [records](https://example.org/mill).", lines);
        Assert.Contains("[the archive](https://example.org/leeds)", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(SampleDocuments.AllNodeTypes))]
    [InlineData(nameof(SampleDocuments.HostileText))]
    [InlineData(nameof(SampleDocuments.Cyrillic))]
    public void Pandoc_finds_every_word_of_the_document(string documentName)
    {
        var document = DocxValidationTests.Document(documentName);

        var missing = DocxExpectedWords.Missing(DocxExpectedWords.Of(document), DocxExpectedWords.Count(ToMarkdown(document)));

        Assert.Empty(missing);
    }

    private string ToMarkdown(TranscriptDocument document)
    {
        var pandoc = ExternalTool.Require("pandoc");
        var path = DocxTestFile.Write(document).SaveTo(RepoPaths.NewTempFolder());

        var (exitCode, markdown) = ExternalTool.Run(pandoc, ["-s", "-f", "docx", "-t", "markdown", "--wrap=none", path]);

        output.WriteLine(markdown);
        Assert.Equal(0, exitCode);
        return markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
