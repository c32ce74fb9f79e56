using System.Text;
using System.Xml.Linq;
using Pipeline.Core.Model;
using Pipeline.Tests.Formats.Writers.Docx;
using Pipeline.Tests.Formats.Writers.Markdown;
using Pipeline.Tests.TestSupport;
using UglyToad.PdfPig;

namespace Pipeline.Tests.Formats.Writers;

/// <summary>Issue #14 item 2: an untitled document gets one derived title in all four writers, marked as derived in TEI;
/// Markdown writes the title only in its YAML block.</summary>
[Trait("Category", "External")]
public sealed class DocumentTitleWriterTests
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    public static TheoryData<string, string> Untitled() => new()
    {
        { "heading", "Early life" },
        { "stem", "2021-06-11 putin" },
    };

    private static TranscriptDocument Document(string kind)
    {
        var all = SampleDocuments.AllNodeTypes();
        var document = all with { Metadata = all.Metadata with { Title = null }, Source = new SourceInfo("interviews/2021-06-11 putin.txt", "text", "utf-8") };
        return kind == "stem" ? document with { Blocks = [.. document.Blocks.Where(b => b is not Heading)] } : document;
    }

    [Theory]
    [MemberData(nameof(Untitled))]
    public void Every_writer_shows_the_same_derived_title(string kind, string expected)
    {
        var document = Document(kind);

        var tei = XDocument.Parse(Encoding.UTF8.GetString(RealTranscripts.Write("tei", document).Bytes));
        var teiTitle = tei.Descendants(Tei + "titleStmt").Single().Element(Tei + "title")!;
        Assert.Equal(expected, teiTitle.Value);
        Assert.Equal("main", teiTitle.Attribute("type")?.Value);
        Assert.Equal("derived", teiTitle.Attribute("subtype")?.Value);

        Assert.Equal(expected, new MarkdigView(MarkdownRun.Of(document).Markdown).YamlTitle()?.TrimEnd());

        Assert.Equal(("Title", expected), DocxTestFile.Write(document).BodyParagraphs()[0]);

        using var pdf = PdfDocument.Open(RealTranscripts.Write("pdf", document).Bytes);
        Assert.Equal(expected, pdf.Information.Title);
        Assert.StartsWith(expected, string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_with_a_title_is_not_marked_derived()
    {
        var tei = XDocument.Parse(Encoding.UTF8.GetString(RealTranscripts.Write("tei", SampleDocuments.AllNodeTypes()).Bytes));

        var title = tei.Descendants(Tei + "titleStmt").Single().Element(Tei + "title")!;
        Assert.Equal("Every node type: a test transcript", title.Value);
        Assert.Null(title.Attribute("subtype"));
    }

    [Fact]
    public void Seed_markdown_has_its_title_once_in_the_yaml_block_and_not_as_a_heading()
    {
        var document = RealTranscripts.Read("seed");
        var markdown = Encoding.UTF8.GetString(RealTranscripts.Write("md", document).Bytes);
        var title = DocumentTitle.Of(document).Text;

        var view = new MarkdigView(markdown);
        Assert.Equal(title, view.YamlTitle()?.TrimEnd());
        Assert.DoesNotContain(view.Headings, h => MarkdigView.Text(h) == title);
        Assert.Equal(1, markdown.Split('\n').Count(l => l.Contains(title[..40], StringComparison.Ordinal)));
    }

    [Fact]
    public void Seed_epub_has_no_chapter_named_like_the_title_page()
    {
        var document = RealTranscripts.Read("seed");
        var path = MarkdownRun.Of(document).SaveIn(RepoPaths.NewTempFolder(), "seed");

        var epub = PandocRun.ToEpub(path);

        using var zip = System.IO.Compression.ZipFile.OpenRead(epub);
        var title = System.Net.WebUtility.HtmlEncode(DocumentTitle.Of(document).Text);
        var chapters = zip.Entries.Where(e => e.FullName.StartsWith("EPUB/text/ch", StringComparison.Ordinal)).Select(e => new StreamReader(e.Open()).ReadToEnd()).ToList();
        Assert.NotEmpty(chapters);
        Assert.DoesNotContain(chapters, c => c.Contains(">" + title + "</h1>", StringComparison.Ordinal));
        var (fatals, errors, warnings, output) = PandocRun.Epubcheck(epub);
        Assert.True(fatals + errors + warnings == 0, output);
    }
}
