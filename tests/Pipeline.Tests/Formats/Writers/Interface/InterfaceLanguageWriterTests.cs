using System.Text;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Tests.Formats.Writers.Docx;
using Pipeline.Tests.Formats.Writers.Markdown;
using Pipeline.Tests.TestSupport;
using UglyToad.PdfPig;

namespace Pipeline.Tests.Formats.Writers.Interface;

/// <summary>Issue #14 item 3: the words the writers add speak the document's language, or <c>--ui-language</c>'s.</summary>
[Trait("Category", "External")]
public sealed class InterfaceLanguageWriterTests
{
    private static TranscriptDocument FrenchCommons()
    {
        var path = Path.Combine(RepoPaths.RequireShared("corpus"), "parliament-html", "ca-hoc-2015-12-04-fr-alpheus.html");
        return new Pipeline.Core.Engine.DocumentLoader(Pipeline.Formats.BuiltInFormats.CreateRegistry())
            .Load(new Pipeline.Core.Engine.InputFile(path, path, Path.GetFileName(path))).Document;
    }

    private static string PdfTextOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public void French_commons_debate_gets_french_words_in_the_pdf()
    {
        var document = FrenchCommons();
        Assert.StartsWith("fr", document.Metadata.Language, StringComparison.Ordinal);

        var text = PdfTextOf(RealTranscripts.Write("pdf", document).Bytes);

        Assert.Contains("Intervenants", text, StringComparison.Ordinal);
        Assert.Matches(@"Page 1 sur \d+", text);
        Assert.DoesNotContain("Participants", text, StringComparison.Ordinal);
        Assert.DoesNotContain("page 1 of", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("interviewer", text, StringComparison.Ordinal);
    }

    [Fact]
    public void French_commons_debate_gets_french_words_in_the_docx()
    {
        var file = DocxTestFile.Write(FrenchCommons());

        Assert.Contains(("ParticipantsHeading", "Intervenants"), file.BodyParagraphs());
        var footer = DocxTestFile.TextOf(file.Part("word/footer1.xml").Root!);
        Assert.Equal("Page 1 sur 1", footer);
        Assert.DoesNotContain(file.BodyParagraphs(), p => p.Text.Contains("Participants", StringComparison.Ordinal));
    }

    [Fact]
    public void Ui_language_overrides_the_document_language_in_every_writer()
    {
        var document = SampleDocuments.AllNodeTypes() with { Metadata = SampleDocuments.AllNodeTypes().Metadata with { Title = null } };
        var options = new WriterOptions(UiLanguage: "ru");

        var pdf = PdfTextOf(RealTranscripts.Write("pdf", document, options).Bytes);
        Assert.Contains("Участники", pdf, StringComparison.Ordinal);
        Assert.Contains("Страница 1 из", pdf, StringComparison.Ordinal);
        Assert.Contains("интервьюер", pdf, StringComparison.Ordinal);
        Assert.Contains("в пересказе", pdf, StringComparison.Ordinal);

        var markdown = Encoding.UTF8.GetString(RealTranscripts.Write("md", document, options).Bytes);
        Assert.Contains("# Участники {#front-matter .unnumbered}", markdown, StringComparison.Ordinal);
        Assert.Contains("**Jane Smith** (интервьюер, Example Radio)", markdown, StringComparison.Ordinal);
        Assert.Contains("# Стенограмма {#transcript .unnumbered}", markdown, StringComparison.Ordinal);

        var docx = DocxTestFile.Write(document, options);
        Assert.Equal("Страница 1 из 1", DocxTestFile.TextOf(docx.Part("word/footer1.xml").Root!));

        var untitled = SampleDocuments.AllNodeTypes() with { Metadata = DocumentMetadata.Empty, Blocks = [], Source = new SourceInfo("-", "text", null) };
        var tei = Encoding.UTF8.GetString(RealTranscripts.Write("tei", untitled, options).Bytes);
        Assert.Contains("<title type=\"main\" subtype=\"derived\">Стенограмма без названия</title>", tei, StringComparison.Ordinal);
    }

    [Fact]
    public void English_document_keeps_english_words()
    {
        var pdf = PdfTextOf(RealTranscripts.Write("pdf", SampleDocuments.AllNodeTypes()).Bytes);

        Assert.Contains("Participants", pdf, StringComparison.Ordinal);
        Assert.Contains("Page 1 of", pdf, StringComparison.Ordinal);
        Assert.Contains("(paraphrased)", pdf, StringComparison.Ordinal);
        Assert.Contains("[Notes without a marker in the text: [^3]]", MarkdownRun.Of(MarkdownSamples.Footnotes()).Markdown.Replace("\\[", "[", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
