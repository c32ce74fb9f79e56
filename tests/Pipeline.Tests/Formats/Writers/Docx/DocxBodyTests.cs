using System.Xml.Linq;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Tests.TestSupport;
using static Pipeline.Tests.Formats.Writers.Docx.DocxDocuments;
using static Pipeline.Tests.Formats.Writers.Docx.DocxTestFile;

namespace Pipeline.Tests.Formats.Writers.Docx;

public sealed class DocxBodyTests
{
    [Fact]
    public void The_title_block_shows_title_subtitle_date_place_and_participants_with_roles()
    {
        var paragraphs = Write(SampleDocuments.AllNodeTypes()).BodyParagraphs();

        Assert.Equal(("Title", "Every node type: a test transcript"), paragraphs[0]);
        Assert.Equal(("Subtitle", "Generated for writer tests"), paragraphs[1]);
        Assert.Contains(("DocumentInfo", "2024-03-05 · Leeds"), paragraphs);
        Assert.Contains(("Participant", "Jane Smith (interviewer, Example Radio)"), paragraphs);
        Assert.Contains(("Participant", "John Doe (interviewee)"), paragraphs);
        Assert.Contains(("Participant", "Audience"), paragraphs);
    }

    [Fact]
    public void A_turn_starts_with_the_speaker_label_and_its_time_and_continues_without_a_label()
    {
        var paragraphs = Write(SampleDocuments.AllNodeTypes()).BodyParagraphs();
        var start = paragraphs.ToList().FindIndex(p => p.Text.StartsWith("John Doe: [00:01:05] I grew up in Leeds", StringComparison.Ordinal));

        Assert.True(start > 0, "the labelled turn of John Doe was not found");
        Assert.Equal("Turn", paragraphs[start].Style);
        Assert.Equal(("TurnContinuation", "We moved in 1962 [inaudible] and then [laughs] we stayed."), paragraphs[start + 1]);
        Assert.Equal(("TurnContinuation", "[00:12:34] See the archive.\nA new line."), paragraphs[start + 2]);
        Assert.Equal(("Paraphrase", "Jane Smith: Asked about his father."), paragraphs[start + 3]);
        Assert.Equal(("Turn", "John Doe: He worked at the mill."), paragraphs[start + 4]);
    }

    [Fact]
    public void The_label_is_a_run_in_the_speaker_style_and_incidents_and_times_have_theirs()
    {
        var body = Write(SampleDocuments.AllNodeTypes()).Body;
        var turn = body.Elements(W + "p").First(p => StyleOf(p) == "Turn" && TextOf(p).StartsWith("John Doe:", StringComparison.Ordinal));
        var runs = turn.Elements(W + "r").ToList();

        Assert.Equal("Speaker", RunStyle(runs[0]));
        Assert.Equal("John Doe:", TextOf(runs[0]));
        Assert.Equal("Timestamp", RunStyle(runs[2]));
        Assert.Equal("[00:01:05]", TextOf(runs[2]));
        var incidents = body.Descendants(W + "r").Where(r => RunStyle(r) == "Incident").Select(TextOf).ToList();
        Assert.Equal(["[inaudible]", "[laughs]", "[applause]", "[crosstalk]", "[pause]", "[door slams]", "[phone rings]"], incidents);
    }

    [Fact]
    public void Editorial_notes_headings_and_narrative_have_their_styles()
    {
        var paragraphs = Write(SampleDocuments.AllNodeTypes()).BodyParagraphs();

        Assert.Contains(("EditorialNote", "Recorded at the studio. Square brackets are the editor's."), paragraphs);
        Assert.Contains(("EditorialNote", "The recorder is switched off."), paragraphs);
        Assert.Contains(("Heading1", "Early life"), paragraphs);
        Assert.Contains(("Heading1", "Later years with style"), paragraphs);
        Assert.Contains(("Heading2", "A subsection"), paragraphs);
        Assert.Contains((null, "A narrative paragraph with no speaker."), paragraphs);
    }

    [Fact]
    public void Emphasis_strong_and_quotes_use_character_styles_and_keep_curly_quotes()
    {
        var body = Write(SampleDocuments.AllNodeTypes()).Body;
        var styled = body.Descendants(W + "r").Where(r => RunStyle(r) is not null).Select(r => (RunStyle(r), TextOf(r))).ToList();

        Assert.Contains(("Emphasis", "Leeds"), styled);
        Assert.Contains(("Strong", "really"), styled);
        Assert.Contains("My mother said \u201Cnever again\u201D.", TextOf(body));
        Assert.Contains(("Quotation", "never again"), styled);
    }

    [Fact]
    public void Nested_formatting_combines_a_style_with_what_it_cannot_carry()
    {
        var document = With([new Paragraph([new Strong([new Text("bold "), new Emphasis(T("both"))]), new Emphasis([new Link("https://a.example/", T("link"))])])]);

        var runs = Write(document).Body.Descendants(W + "r").ToList();

        var both = runs.Single(r => TextOf(r) == "both");
        Assert.Equal("Strong", RunStyle(both));
        Assert.NotNull(both.Element(W + "rPr")!.Element(W + "i"));
        var link = runs.Single(r => TextOf(r) == "link");
        Assert.Equal("Hyperlink", RunStyle(link));
        Assert.NotNull(link.Element(W + "rPr")!.Element(W + "i"));
    }

    [Fact]
    public void Quotes_inside_quotes_alternate_marks_in_the_document_language()
    {
        var document = SampleDocuments.Cyrillic() with
        {
            Blocks = [new Paragraph([new Quote([new Text("внешняя "), new Quote(T("внутренняя"))])])],
        };

        Assert.Equal("«внешняя „внутренняя“»", Write(document).BodyParagraphs()[^1].Text);
    }

    [Fact]
    public void Links_are_hyperlinks_with_explicit_external_relationships_in_their_own_part()
    {
        var file = Write(SampleDocuments.AllNodeTypes());
        XNamespace rels = "http://schemas.openxmlformats.org/package/2006/relationships";

        var link = file.Body.Descendants(W + "hyperlink").Single();
        var bodyRel = file.Part("word/_rels/document.xml.rels").Descendants(rels + "Relationship").Single(r => r.Attribute("Id")!.Value == link.Attribute(R + "id")!.Value);
        var noteLink = file.Part("word/footnotes.xml").Descendants(W + "hyperlink").Single();
        var noteRel = file.Part("word/_rels/footnotes.xml.rels").Descendants(rels + "Relationship").Single(r => r.Attribute("Id")!.Value == noteLink.Attribute(R + "id")!.Value);

        Assert.Equal("the archive", TextOf(link));
        Assert.Equal(("https://example.org/leeds", "External"), (bodyRel.Attribute("Target")!.Value, bodyRel.Attribute("TargetMode")!.Value));
        Assert.Equal("records", TextOf(noteLink));
        Assert.Equal("https://example.org/mill", noteRel.Attribute("Target")!.Value);
    }

    [Fact]
    public void The_same_link_target_shares_one_relationship()
    {
        var document = With([new Paragraph([new Link("https://a.example/x", T("one")), new Text(" "), new Link("https://a.example/x", T("two"))])]);

        var ids = Write(document).Body.Descendants(W + "hyperlink").Select(h => h.Attribute(R + "id")!.Value).Distinct().ToList();

        Assert.Equal(["rIdLink1"], ids);
    }

    [Fact]
    public void A_link_whose_text_leaves_nothing_shows_its_target_inside_the_hyperlink()
    {
        // The hyperlink's start is written before its first run: no text at all, or text of only forbidden characters,
        // still gives one hyperlink holding the target, and the text around it stays outside.
        var document = With([new Paragraph([
            new Text("see "), new Link("https://a.example/empty", []), new Text(" and "),
            new Link("https://b.example/control", T("\u0001")), new Text(" end"),
        ])]);

        var file = Write(document);
        var links = file.Body.Descendants(W + "hyperlink").ToList();

        Assert.Equal(["https://a.example/empty", "https://b.example/control"], links.Select(TextOf));
        Assert.Equal("see https://a.example/empty and https://b.example/control end", file.BodyParagraphs()[^1].Text);
        Assert.All(links, l => Assert.Equal("Hyperlink", l.Element(W + "r")!.Element(W + "rPr")!.Element(W + "rStyle")!.Attribute(W + "val")!.Value));
    }

    [Fact]
    public void Line_breaks_and_tabs_become_word_breaks_and_tabs()
    {
        var document = With([new Paragraph([new Text("a\tb"), new LineBreak(), new Text("c\r\nd")])]);

        var runs = Write(document).Body.Elements(W + "p").Last().Descendants(W + "r").ToList();

        Assert.Equal("a\tb\nc\nd", string.Concat(runs.Select(TextOf)));
        Assert.Equal(2, runs.SelectMany(r => r.Elements(W + "br")).Count());
        Assert.Single(runs.SelectMany(r => r.Elements(W + "tab")));
    }

    [Fact]
    public void A_speaker_who_is_not_a_participant_is_labelled_with_the_id_and_reported()
    {
        var file = Write(With([new Turn("ghost", SpeakerAttribution.Labelled, [P(new Text("Boo."))])]));

        Assert.Contains(("Turn", "ghost: Boo."), file.BodyParagraphs());
        Assert.Contains(file.Context.Diagnostics, d => d.Code == DiagnosticCode.UnknownSpeaker && d.Argument("speaker") == "ghost");
    }

    [Fact]
    public void An_empty_document_has_only_its_derived_title_and_the_page_setup()
    {
        var file = Write(DocxValidationTests.Empty());

        Assert.Equal([("Title", "empty")], file.BodyParagraphs());
        Assert.NotNull(file.Body.Element(W + "sectPr"));
        Assert.Empty(file.Context.Diagnostics);
    }

    [Fact]
    public void Hostile_text_loses_only_the_characters_xml_forbids_and_says_so()
    {
        var file = Write(SampleDocuments.HostileText());
        var text = TextOf(file.Body);

        Assert.Contains("NUL BEL VT FF ESC DEL\u007F C1\u0085 lone surrogate, markup <b>&amp; \"quotes\"", text);
        Assert.Contains("emoji 😀, Cyrillic Путин, Greek Ελλάδα, Hebrew שלום, U+FFFE end.", text);
        Assert.Equal(("Title", "Hostile <title> & \"text\""), file.BodyParagraphs()[0]);
        Assert.Contains(("Heading1", "Heading with * and # and <tag>"), file.BodyParagraphs());
        var warning = Assert.Single(file.Context.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("removed 10 character(s)", warning.Message, StringComparison.Ordinal);
    }

    private static string? RunStyle(XElement run) => run.Element(W + "rPr")?.Element(W + "rStyle")?.Attribute(W + "val")?.Value;
}
