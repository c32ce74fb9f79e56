using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Tests.TestSupport;
using static Pipeline.Tests.Formats.Writers.Docx.DocxTestFile;

namespace Pipeline.Tests.Formats.Writers.Docx;

/// <summary>Issue #14 item 6: a participants heading, a title block for untitled documents, headings kept with their first turn.</summary>
[Trait("Category", "External")]
public sealed class DocxTitleAndParticipantsTests(ITestOutputHelper output)
{
    [Fact]
    public void Participants_come_under_a_heading_of_their_own_with_roles_in_the_interface_language()
    {
        var paragraphs = DocxTestFile.Write(SampleDocuments.AllNodeTypes()).BodyParagraphs();

        var heading = paragraphs.ToList().FindIndex(p => p.Style == "ParticipantsHeading");
        Assert.True(heading >= 0, "no participants heading");
        Assert.Equal("Participants", paragraphs[heading].Text);
        Assert.Equal(
            ["Jane Smith (interviewer, Example Radio)", "John Doe (interviewee)", "Audience"],
            paragraphs.Skip(heading + 1).TakeWhile(p => p.Style == "Participant").Select(p => p.Text));

        var german = DocxTestFile.Write(SampleDocuments.AllNodeTypes(), new WriterOptions(UiLanguage: "de")).BodyParagraphs();
        Assert.Contains(("ParticipantsHeading", "Teilnehmende"), german);
        Assert.Contains(("Participant", "Jane Smith (Interviewer, Example Radio)"), german);
        Assert.Contains(("Participant", "John Doe (Befragte Person)"), german);
    }

    [Fact]
    public void No_participants_no_heading()
    {
        var document = SampleDocuments.AllNodeTypes() with { Participants = [] };

        Assert.DoesNotContain(DocxTestFile.Write(document).BodyParagraphs(), p => p.Style == "ParticipantsHeading");
    }

    [Fact]
    public void Untitled_document_gets_the_derived_title_in_the_title_block_and_core_properties()
    {
        var document = SampleDocuments.AllNodeTypes() with { Metadata = SampleDocuments.AllNodeTypes().Metadata with { Title = null } };

        var file = DocxTestFile.Write(document);

        Assert.Equal(("Title", "Early life"), file.BodyParagraphs()[0]);
        var core = file.Part("docProps/core.xml");
        Assert.Equal("Early life", core.Descendants(System.Xml.Linq.XName.Get("title", "http://purl.org/dc/elements/1.1/")).Single().Value);
        Assert.Empty(file.ValidationErrors());
    }

    [Fact]
    public void Empty_document_is_titled_by_its_file_stem()
    {
        var file = DocxTestFile.Write(DocxValidationTests.Empty());

        Assert.Equal(("Title", "empty"), file.BodyParagraphs()[0]);
        Assert.Empty(file.ValidationErrors());
    }

    [Fact]
    public void A_heading_keeps_with_everything_up_to_the_first_turns_first_paragraph()
    {
        var file = DocxTestFile.Write(SampleDocuments.AllNodeTypes());
        var paragraphs = file.Body.Elements(W + "p").ToList();
        bool KeepsWithNext(System.Xml.Linq.XElement p) => p.Element(W + "pPr")?.Element(W + "keepNext") is not null;

        var heading = paragraphs.FindIndex(p => StyleOf(p) == "Heading1" && TextOf(p) == "Early life");
        Assert.Equal("EditorialNote", StyleOf(paragraphs[heading + 1]));
        Assert.True(KeepsWithNext(paragraphs[heading + 1]), "the section summary does not keep with the first turn");
        Assert.Equal("Turn", StyleOf(paragraphs[heading + 2]));
        Assert.False(KeepsWithNext(paragraphs[heading + 2]), "the first turn keeps with what follows it");
        var preamble = paragraphs.First(p => TextOf(p).StartsWith("Recorded at the studio", StringComparison.Ordinal));
        Assert.False(KeepsWithNext(preamble), "a note with no heading before it keeps with next");
        var headingStyle = file.Part("word/styles.xml").Descendants(W + "style").Single(s => s.Attribute(W + "styleId")?.Value == "Heading1");
        Assert.NotNull(headingStyle.Descendants(W + "keepNext").SingleOrDefault());
        Assert.Empty(file.ValidationErrors());
    }

    [Fact]
    public void LibreOffice_shows_the_participants_heading_and_the_french_footer()
    {
        var soffice = ExternalTool.Require("soffice");
        var pdftotext = ExternalTool.Require("pdftotext");
        var folder = RepoPaths.NewTempFolder();
        var docx = Path.Combine(folder, "fr.docx");
        File.WriteAllBytes(docx, DocxTestFile.Write(SampleDocuments.AllNodeTypes(), new WriterOptions(UiLanguage: "fr")).Bytes);

        var (exitCode, log) = ExternalTool.Run(soffice,
            ["-env:UserInstallation=" + new Uri(Path.Combine(folder, "lo-profile")).AbsoluteUri, "--headless", "--convert-to", "pdf", "--outdir", folder, docx], timeoutSeconds: 180);
        output.WriteLine(log);
        Assert.Equal(0, exitCode);
        var (_, text) = ExternalTool.Run(pdftotext, [Path.Combine(folder, "fr.pdf"), "-"]);

        Assert.Contains("Intervenants", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 sur 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 1 of", text, StringComparison.Ordinal);
    }
}
