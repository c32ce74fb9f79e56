using Markdig.Syntax;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Formats;
using Pipeline.Formats.Writers.Markdown;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Writers.Markdown;

public sealed class MarkdownWriterStructureTests
{
    [Fact]
    public void Registry_knows_the_md_writer()
    {
        var writer = BuiltInFormats.CreateRegistry().GetWriter("md");

        Assert.IsType<MarkdownWriter>(writer);
        Assert.Equal(".md", writer.Extension);
    }

    [Fact]
    public void AllNodeTypes_parses_back_to_front_matter_and_one_chapter_per_section_with_stable_ids()
    {
        var view = new MarkdigView(MarkdownRun.Of(SampleDocuments.AllNodeTypes()).Markdown);

        var headings = view.Headings.Select(h => (h.Level, MarkdigView.Text(h), MarkdigView.Id(h))).ToList();
        Assert.Equal(
            [
                (1, "Participants", "front-matter"),
                (1, "Transcript", "transcript"),
                (1, "Early life", "early-life"),
                (2, "A subsection", "a-subsection"),
                (1, "Later years with style", "later-years-with-style"),
            ],
            headings);
        Assert.Contains("unnumbered", MarkdigView.Classes(view.Headings[0]));
        Assert.Contains("unnumbered", MarkdigView.Classes(view.Headings[1]));
        Assert.Empty(view.UnexpectedNodes());
    }

    [Fact]
    public void AllNodeTypes_turns_start_with_a_bold_speaker_label_and_continuations_have_none()
    {
        var view = new MarkdigView(MarkdownRun.Of(SampleDocuments.AllNodeTypes()).Markdown);
        var texts = view.BodyParagraphs.Where(p => p.Parent is MarkdownDocument).Select(MarkdigView.Text).ToList();

        Assert.Equal(
            [
                "A narrative paragraph with no speaker.",
                "[00:00:00] Jane Smith: Welcome. Shall we begin?",
                "[00:01:05] John Doe: I grew up in Leeds, really.[^1] My mother said \u201Cnever again\u201D.",
                "We moved in 1962 [inaudible] and then [laughs] we stayed.",
                "[00:12:34] See the archive.\nA new line.",
                "John Doe: He worked at the mill.[^2]",
                "Audience: [applause] [crosstalk] [pause] [door slams] [phone rings]",
            ],
            texts);
        var label = view.BodyParagraphs.First(p => MarkdigView.Text(p).StartsWith("[00:01:05]", StringComparison.Ordinal)).Inline!.FirstChild;
        var strong = Assert.IsType<Markdig.Syntax.Inlines.EmphasisInline>(label);
        Assert.Equal(2, strong.DelimiterCount);
        Assert.Equal("[00:01:05] John Doe:", MarkdigView.Text(strong));
    }

    [Fact]
    public void AllNodeTypes_editorial_text_and_paraphrases_are_bracketed_in_classed_divs()
    {
        var view = new MarkdigView(MarkdownRun.Of(SampleDocuments.AllNodeTypes()).Markdown);

        var divs = view.Containers
            .Select(c => (string.Join(" ", MarkdigView.Classes(c)), string.Join("|", c.Descendants<ParagraphBlock>().Select(MarkdigView.Text))))
            .ToList();
        Assert.Equal(
            [
                ("participants", "Jane Smith (interviewer, Example Radio)\nJohn Doe (interviewee)\nAudience"),
                ("editorial document-note", "[extracts]"),
                ("editorial preamble", "[Recorded at the studio. Square brackets are the editor's.|Second paragraph of the preamble.]"),
                ("editorial summary", "[Doe talks about where he grew up.]"),
                ("editorial paraphrase", "[Jane Smith: Asked about his father.]"),
                ("editorial stage-direction", "[The recorder is switched off.]"),
                ("editorial aside", "[The tape ends here.]"),
            ],
            divs);
    }

    [Fact]
    public void AllNodeTypes_footnotes_come_back_with_their_text_and_link()
    {
        var view = new MarkdigView(MarkdownRun.Of(SampleDocuments.AllNodeTypes()).Markdown);

        var notes = view.Footnotes.Select(f => (f.Label, string.Join("|", f.Descendants<ParagraphBlock>().Select(MarkdigView.Text)))).ToList();
        Assert.Equal([("^1", "Leeds, West Yorkshire."), ("^2", "The mill closed in 1970; see records.")], notes);
        var link = view.Document.Descendants<Markdig.Syntax.Inlines.LinkInline>().Select(l => l.Url).ToList();
        Assert.Equal(["https://example.org/leeds", "https://example.org/mill"], link);
    }

    [Fact]
    public void Footnotes_are_numbered_by_first_reference_and_unreferenced_ones_are_still_reachable()
    {
        var run = MarkdownRun.Of(MarkdownSamples.Footnotes());
        var view = new MarkdigView(run.Markdown);

        var notes = view.Footnotes.Select(f => (f.Label, string.Join("|", f.Descendants<ParagraphBlock>().Select(MarkdigView.Text)))).ToList();
        Assert.Equal(
            [
                ("^1", "Beta first paragraph.|1. Beta second paragraph\n- with a line break."),
                ("^2", "Alpha body."),
                ("^3", "Gamma is never referenced."),
            ],
            notes);
        Assert.Contains("Ann: First ref to beta[^1] then alpha[^2]", view.BodyParagraphs.Select(MarkdigView.Text));
        Assert.Contains("Beta again[^1].", view.BodyParagraphs.Select(MarkdigView.Text));
        var unreferenced = Assert.Single(view.Containers, c => MarkdigView.Classes(c).Contains("unreferenced-notes"));
        Assert.Equal("[Notes without a marker in the text: [^3]]", MarkdigView.Text(unreferenced.Descendants<ParagraphBlock>().Single()));
        Assert.Empty(view.UnexpectedNodes());
    }

    [Fact]
    public void Inlines_keep_emphasis_edges_nesting_links_and_breaks_valid()
    {
        var run = MarkdownRun.Of(MarkdownSamples.Inlines());
        var view = new MarkdigView(run.Markdown);
        var texts = view.BodyParagraphs.Where(p => p.Parent is MarkdownDocument).Select(MarkdigView.Text).ToList();

        Assert.Equal(
            [
                "[01:02:03] Bob *Star*: Edges  spaced and nested end.",
                "outer inner outer \u201Csaid \u2018quoted\u2019 twice\u201D",
                "link with note[^1] and relative (relative/page.html)",
                "Line one\n1. line two\n\n# line four",
                "Leading and trailing breaks",
                "ghost: Unknown speaker.",
            ],
            texts);
        var emphasis = view.Document.Descendants<Markdig.Syntax.Inlines.EmphasisInline>().Select(e => (e.DelimiterCount, MarkdigView.Text(e))).ToList();
        Assert.Contains((1, "spaced"), emphasis);
        Assert.Contains((2, "nested"), emphasis);
        Assert.Contains((1, "outer inner outer"), emphasis);
        var link = Assert.Single(view.Document.Descendants<Markdig.Syntax.Inlines.LinkInline>());
        Assert.Equal("https://example.org/a%20b%28c%29", link.Url);
        Assert.Equal("link with note", MarkdigView.Text(link));
        Assert.Empty(view.UnexpectedNodes());
        Assert.Contains(run.Diagnostics, d => d.Code == DiagnosticCode.LinkTargetNotUrl && d.Argument("target") == "relative/page.html");
        Assert.Contains(run.Diagnostics, d => d.Code == DiagnosticCode.UnknownSpeaker && d.Argument("speaker") == "ghost");
    }

    [Theory]
    [InlineData("en", "\u201C", "\u2018")]
    [InlineData("ru", "\u00AB", "\u201E")]
    [InlineData("de-AT", "\u201E", "\u201A")]
    public void Quotations_use_the_documents_quotation_marks(string language, string outer, string inner)
    {
        var markdown = MarkdownRun.Of(MarkdownSamples.Inlines(language)).Markdown;

        Assert.Contains(outer + "said " + inner + "quoted", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_block_has_title_lang_roles_and_a_content_identifier()
    {
        var markdown = MarkdownRun.Of(SampleDocuments.Cyrillic()).Markdown;
        var yaml = markdown[..(markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)];

        Assert.StartsWith("---\ntitle: 'Интервью с Владимиром Путиным'\n", yaml, StringComparison.Ordinal);
        Assert.Contains("- role: ive\n  text: 'Владимир Путин'\n", yaml, StringComparison.Ordinal);
        Assert.Contains("- role: ivr\n  text: 'Кир Симмонс'\n", yaml, StringComparison.Ordinal);
        Assert.Contains("lang: 'ru'\n", yaml, StringComparison.Ordinal);
        Assert.Contains("date: '2021-06-11'\n", yaml, StringComparison.Ordinal);
        Assert.Matches(@"identifier:\n- scheme: UUID\n  text: 'urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}'\n", yaml);
    }

    [Fact]
    public void Missing_title_falls_back_to_the_source_file_name_and_language_to_en()
    {
        var cyrillic = SampleDocuments.Cyrillic();
        var document = cyrillic with
        {
            Metadata = new DocumentMetadata(),
            Blocks = [.. cyrillic.Blocks.Where(b => b is not Heading)],
            Source = new SourceInfo("interviews/2021-06-11 putin.txt", "text", "utf-8"),
        };

        var markdown = MarkdownRun.Of(document).Markdown;

        Assert.StartsWith("---\ntitle: '2021-06-11 putin'\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\nlang: 'en'\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_language_and_date_are_left_out_with_warnings()
    {
        var document = SampleDocuments.Cyrillic() with { Metadata = new DocumentMetadata { Title = "X", Language = "Russian language", Date = "June 2021" } };

        var run = MarkdownRun.Of(document);

        Assert.Contains("\nlang: 'en'\n", run.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("date:", run.Markdown, StringComparison.Ordinal);
        Assert.Equal(2, run.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Clean_document_reports_nothing_and_hostile_one_reports_removed_controls_once()
    {
        Assert.Empty(MarkdownRun.Of(SampleDocuments.AllNodeTypes()).Diagnostics);

        var diagnostics = MarkdownRun.Of(SampleDocuments.HostileText()).Diagnostics;

        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("U+0000", warning.Message, StringComparison.Ordinal);
        Assert.Contains("U+D800", warning.Message, StringComparison.Ordinal);
        Assert.Contains("U+FFFE", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_utf8_without_bom_with_lf_line_endings_and_one_final_newline()
    {
        var run = MarkdownRun.Of(SampleDocuments.AllNodeTypes());

        Assert.NotEqual(0xEF, run.Bytes[0]);
        Assert.DoesNotContain('\r', run.Markdown);
        Assert.EndsWith(".\n", run.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(" \n", run.Markdown, StringComparison.Ordinal);
    }
}
