using System.Text;
using System.Xml;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using Markdig.Syntax;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats;
using Pipeline.Tests.Formats.Writers.Docx;
using Pipeline.Tests.Formats.Writers.Markdown;
using Pipeline.Tests.Formats.Writers.Pdf;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Properties;

/// <summary>Issue #6: for documents read from generated transcripts, every writer's output is well-formed by its own
/// standard and has every word of the document.</summary>
[Trait("Category", "External")]
public sealed class WriterProperties
{
    private static readonly FormatRegistry Registry = BuiltInFormats.CreateRegistry();

    [Fact]
    public void Tei_parses_as_xml_and_has_every_word() =>
        Prop.ForAll(TranscriptGen.PlainText(), transcript =>
        {
            var document = ReaderProperties.Read("text", transcript);
            var tei = XDocument.Parse(Encoding.UTF8.GetString(Write("tei", document)), LoadOptions.None);
            AssertHasEveryWord(document, string.Join(' ', tei.DescendantNodes().OfType<XText>().Select(t => t.Value)));
        }).Check(Run.Config(60));

    [Fact]
    public void Tei_from_html_parses_as_xml_and_has_every_word() =>
        Prop.ForAll(TranscriptGen.Html(), page =>
        {
            var document = ReaderProperties.Read("html", page);
            using var reader = XmlReader.Create(new MemoryStream(Write("tei", document)));
            var tei = XDocument.Load(reader);
            AssertHasEveryWord(document, string.Join(' ', tei.DescendantNodes().OfType<XText>().Select(t => t.Value)));
        }).Check(Run.Config(30));

    [Fact]
    public void Markdown_parses_back_with_markdig_to_every_word() =>
        Prop.ForAll(TranscriptGen.PlainText(), transcript =>
        {
            var document = ReaderProperties.Read("text", transcript);
            var view = new MarkdigView(Encoding.UTF8.GetString(Write("md", document)));
            Assert.Empty(view.UnexpectedNodes());
            // A document with no front matter shows its title only in the YAML block (pandoc's title page).
            var text = string.Join(' ', view.Document.Descendants<LeafBlock>().Select(MarkdigView.Text).Prepend(view.YamlTitle() ?? ""));
            AssertHasEveryWord(document, text);
        }).Check(Run.Config(60));

    [Fact]
    public void Docx_passes_the_openxml_validator_and_has_every_word() =>
        Prop.ForAll(TranscriptGen.PlainText(), transcript =>
        {
            var document = ReaderProperties.Read("text", transcript);
            var docx = DocxTestFile.Write(document);
            Assert.Empty(docx.ValidationErrors());
            var paragraphs = docx.Body.Elements(DocxTestFile.W + "p").Select(DocxTestFile.TextOf);
            var footnotes = docx.Entries().Any(e => e.FullName == "word/footnotes.xml")
                ? docx.Part("word/footnotes.xml").Descendants(DocxTestFile.W + "p").Select(DocxTestFile.TextOf)
                : [];
            AssertHasEveryWord(document, string.Join(' ', paragraphs.Concat(footnotes)));
        }).Check(Run.Config(20));

    [Fact]
    public void Pdf_opens_with_pdfpig_and_has_every_word() =>
        Prop.ForAll(TranscriptGen.PlainText(), transcript =>
        {
            var document = ReaderProperties.Read("text", transcript);
            AssertHasEveryWord(document, string.Join(' ', PdfText.AllWords(Write("pdf", document))));
        }).Check(Run.Config(15));

    [Fact]
    public void Tei_of_generated_transcripts_validates_with_jing()
    {
        var jing = ExternalTool.Require("jing");
        var schema = RepoPaths.RequireShared("schemas/tei_all.rng");
        var folder = RepoPaths.NewTempFolder();
        var samples = TranscriptGen.PlainText().Generator.Sample(8, 5).Concat(TranscriptGen.Html().Generator.Sample(8, 3));
        var files = samples.Select((transcript, i) =>
        {
            var reader = transcript.Source.StartsWith("<!DOCTYPE", StringComparison.Ordinal) ? "html" : "text";
            var path = Path.Combine(folder, $"generated-{i}.tei.xml");
            File.WriteAllBytes(path, Write("tei", ReaderProperties.Read(reader, transcript)));
            return path;
        }).ToList();

        var (exitCode, output) = ExternalTool.Run(jing, [schema, .. files]);

        Assert.True(exitCode == 0, "jing reported:\n" + output);
    }

    private static byte[] Write(string writer, TranscriptDocument document)
    {
        using var output = new MemoryStream();
        Registry.GetWriter(writer).Write(document, output, new WriterContext());
        return output.ToArray();
    }

    /// <summary>Every word of the document's text (speaker names included) is in <paramref name="written"/>; names are
    /// checked once each, since a writer may show a speaker's name once for many turns.</summary>
    private static void AssertHasEveryWord(TranscriptDocument document, string written)
    {
        var content = Words.TextOf(document with { Participants = [] });
        var missing = Words.Missing(StripSpeakerIds(content, document), written);
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing));
        foreach (var participant in document.Participants)
            Assert.Empty(Words.Missing(participant.DisplayName, written));
    }

    /// <summary><see cref="Words.TextOf"/> without participants labels each turn with its speaker id; drop those labels.</summary>
    private static string StripSpeakerIds(string text, TranscriptDocument document) =>
        document.Participants.Aggregate(text, (t, p) => t.Replace(p.Id + ": ", "", StringComparison.Ordinal));
}
