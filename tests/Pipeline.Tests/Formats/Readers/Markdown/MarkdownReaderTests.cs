using System.Text;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats;
using Pipeline.Formats.Readers.Markdown;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Readers.Markdown;

public sealed class MarkdownReaderTests
{
    private static TranscriptDocument Read(string markdown) =>
        new MarkdownReader().Read(new ReaderInput("test.md", Encoding.UTF8.GetBytes(markdown)));

    private static List<(string Speaker, string Text)> Turns(TranscriptDocument d) =>
        [.. d.Blocks.OfType<Turn>().Select(t => (d.FindParticipant(t.SpeakerId)!.DisplayName, InlineText.ToPlainText(t.Paragraphs)))];

    [Fact]
    public void Registry_picks_the_markdown_reader_for_md_and_markdown()
    {
        var registry = BuiltInFormats.CreateRegistry();
        Assert.Equal("markdown", registry.FindReader("a.md", "x"u8.ToArray())?.Name);
        Assert.Equal("markdown", registry.FindReader("a.markdown", "x"u8.ToArray())?.Name);
    }

    [Fact]
    public void Bold_and_underscore_labels_become_turns_without_their_markup()
    {
        var document = Read("**Ana Lima:** Welcome to the show.\n\n__Ben Cruz__: Thanks for *having* me.\n\n**Ana Lima**: Let us begin.\n");
        Assert.Equal([("Ana Lima", "Welcome to the show."), ("Ben Cruz", "Thanks for having me."), ("Ana Lima", "Let us begin.")], Turns(document));
        var second = document.Blocks.OfType<Turn>().ElementAt(1).Paragraphs[0].Content;
        Assert.Contains(second, i => i is Emphasis);
    }

    [Fact]
    public void Ordered_list_numbers_stay_words_of_the_transcript()
    {
        // CommonMark reads "1962. …" after a blank line as a list starting at 1962; the year is still part of the speech.
        var document = Read("ANNA LEE: We met in spring.\n\n1962. That was the year of the storm.\n\n3) Third point.\n4) Fourth point.\n");
        var text = Words.TextOf(document);
        Assert.Contains("1962. That was the year of the storm.", text);
        Assert.Contains("3) Third point.", text);
        Assert.Contains("4) Fourth point.", text);
    }

    [Fact]
    public void Front_matter_feeds_title_date_language_and_description()
    {
        var document = Read(
            "---\ntitle: \"Talk with Ana\\_Lima and Ben\\\n  \\ Cruz\"\ndate: 2021-06-13 18:03:50-04:00\nlang: pt-BR\n" +
            "summary: 'It''s a test'\nspeakers:\n  - Ana Lima\n  - 'Ben Cruz'\ntags: [a, \"b, c\"]\n---\n" +
            "ANA LIMA: Hello.\n\nBEN CRUZ: Hi.\n");
        Assert.Equal("Talk with Ana\u00A0Lima and Ben Cruz", document.Metadata.Title);
        Assert.Equal("2021-06-13", document.Metadata.Date);
        Assert.Equal("pt-BR", document.Metadata.Language);
        Assert.Equal("It's a test", document.Metadata.Description);
        Assert.Equal(2, Turns(document).Count);
    }

    [Fact]
    public void Front_matter_lists_and_quoted_scalars_are_parsed()
    {
        var front = FrontMatter.Parse(["speakers:", "  - 'Ana Lima'", "  - Ben Cruz", "tags: [x, \"y, z\", 'w']", "note: \"caf\\u00e9 \\\"bar\\\"\"", "nested:", "  key: value"]);
        Assert.Equal(["Ana Lima", "Ben Cruz"], front.GetAll("speakers"));
        Assert.Equal(["x", "y, z", "w"], front.GetAll("tags"));
        Assert.Equal("café \"bar\"", front.Get("note"));
        Assert.Null(front.Get("key"));
    }

    [Theory]
    [InlineData("2021-06-13", "2021-06-13")]
    [InlineData("May 3, 2018", "2018-05-03")]
    [InlineData("2019-05", "2019-05")]
    [InlineData("2021-06-13T18:03:50Z", "2021-06-13")]
    [InlineData("soon", null)]
    public void Front_matter_dates_become_iso_8601(string text, string? iso) =>
        Assert.Equal(iso, MarkdownMetadata.ToIso(text));

    [Fact]
    public void A_single_leading_level_one_heading_is_the_title()
    {
        var document = Read("# The Interview\n\nANA LIMA: Hello.\n\n## Part two\n\nBEN CRUZ: Hi.\n");
        Assert.Equal("The Interview", document.Metadata.Title);
        var heading = Assert.Single(document.Blocks.OfType<Heading>());
        Assert.Equal("Part two", InlineText.ToPlainText(heading.Content));
    }

    [Fact]
    public void Escaped_brackets_are_incidents_and_timestamps()
    {
        var document = Read("**Ana Lima:** \\[59:53\\] That was funny \\[laughs\\] and \\[unintelligible 01:09:57.25\\] yes.\n\n**Ben Cruz:** Right.\n");
        var content = document.Blocks.OfType<Turn>().First().Paragraphs[0].Content;
        Assert.Contains(content, i => i is Timestamp { Time.Minutes: 59, Time.Seconds: 53 });
        Assert.Contains(content, i => i is Incident { Kind: IncidentKind.Laughter });
        Assert.Contains(content, i => i is Incident { Kind: IncidentKind.Inaudible });
    }

    [Fact]
    public void Footnotes_are_linked_to_their_reference()
    {
        var document = Read("ANA LIMA: The law[^law] was passed.\n\nBEN CRUZ: Indeed.\n\n[^law]: Passed in **1999**.\n");
        var footnote = Assert.Single(document.Footnotes);
        Assert.Equal("Passed in 1999.", InlineText.ToPlainText(footnote.Paragraphs));
        var first = document.Blocks.OfType<Turn>().First().Paragraphs[0].Content;
        Assert.Contains(first, i => i is FootnoteReference r && r.FootnoteId == footnote.Id);
        Assert.Equal([("Ana Lima", "The law1 was passed."), ("Ben Cruz", "Indeed.")], Turns(document));
    }

    [Fact]
    public void Headings_become_section_headings()
    {
        var document = Read("ANA LIMA: Hello.\n\n## About the Project\n\nBEN CRUZ: Hi.\n\nANA LIMA: Bye.\n");
        Assert.Contains(document.Blocks, b => b is Heading h && InlineText.ToPlainText(h.Content) == "About the Project");
        Assert.Equal(3, Turns(document).Count);
    }

    [Fact]
    public void Label_line_with_only_a_time_starts_a_timed_turn_with_the_next_paragraphs()
    {
        var document = Read("Ana Lima: 00:00:00\n\nHello there.\nSecond line.\n\nBen Cruz: 00:01:05\n\nHi.\n\nAna Lima: 00:01:10\n\nBye.\n");
        var turns = document.Blocks.OfType<Turn>().ToList();
        Assert.Equal([("Ana Lima", "Hello there. Second line."), ("Ben Cruz", "Hi."), ("Ana Lima", "Bye.")], Turns(document));
        Assert.Equal(TimeSpan.FromSeconds(65), turns[1].Start);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.TimedLabels);
    }

    [Fact]
    public void Question_headings_of_an_unlabelled_interview_are_read_as_turns()
    {
        var document = Read(
            "# Notes\nInterviewee: Dana\n\n# Transcript\n## Question 1: Where do you live?\n\n*\"In town.\"*\n\n" +
            "## Why there?\n\n*\"It is close.\"*\n\nAnd cheap.\n\n##How long have you lived there?\n\n*\"Ten years.\"*\n");
        Assert.Equal(
            [("Interviewer", "Question 1: Where do you live?"), ("Dana", "\"In town.\""), ("Interviewer", "Why there?"), ("Dana", "\"It is close.\"\n\nAnd cheap."), ("Interviewer", "How long have you lived there?"), ("Dana", "\"Ten years.\"")],
            Turns(document));
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.QuestionHeadings && d.Argument("interviewer") == "Interviewer");
    }

    [Fact]
    public void Question_headings_are_left_as_headings_when_the_document_labels_its_speakers()
    {
        var document = Read(
            "## Why?\n\nANA LIMA: Because.\n\n## How?\n\nBEN CRUZ: Like so.\n\n## When?\n\nANA LIMA: Now.\n\nBEN CRUZ: Good.\n\nANA LIMA: Yes.\n");
        Assert.Equal(["Ana Lima", "Ben Cruz", "Ana Lima", "Ben Cruz", "Ana Lima"], Turns(document).Select(t => t.Speaker));
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCode.QuestionHeadings);
    }

    [Fact]
    public void Metadata_header_lines_do_not_become_speakers()
    {
        var document = Read(
            "# Call Transcript\n\n**Date:** 2025-07-30\n**Company:** ACME\n\n* **Speakers: Ana Lima interviews Ben Cruz**\n\n---\n\n" +
            "Ana Lima: Welcome.\nBen Cruz: Thanks.\n\nAna Lima: Bye.\n");
        Assert.Equal(["Ana Lima", "Ben Cruz"], document.Participants.Select(p => p.DisplayName));
        Assert.Equal(3, Turns(document).Count);
    }

    [Fact]
    public void Lines_holding_only_no_break_spaces_separate_paragraphs()
    {
        var document = Read("MS. LIMA:\u00A0 Thank you.\u00A0  \n\u00A0  \nMR. CRUZ:\u00A0 Thanks, everybody.\u00A0 More.  \n\u00A0  \nAnd more.\n");
        Assert.Equal([("Ms. Lima", "Thank you."), ("Mr. Cruz", "Thanks, everybody. More.\n\nAnd more.")], Turns(document).Select(t => (t.Speaker, t.Text.Replace("\u00A0 \n", "\n", StringComparison.Ordinal))));
        Assert.DoesNotContain(document.Blocks.OfType<Turn>().SelectMany(t => t.Paragraphs), p => p.Content.LastOrDefault() is LineBreak);
    }

    [Fact]
    public void Code_blocks_are_verbatim_and_tables_one_paragraph_per_row()
    {
        var document = Read("Intro text.\n\n```\nslide title: Clojure\n\n    Rich Hickey\n```\n\n| Age | Job |\n| --- | --- |\n| 22 | student |\n");
        var texts = document.Blocks.OfType<Paragraph>().Select(p => p.Content).ToList();
        Assert.Contains(texts, c => c.OfType<LineBreak>().Count() == 2 && InlineText.ToPlainText(c).Contains("    Rich Hickey", StringComparison.Ordinal));
        Assert.Contains(texts, c => InlineText.ToPlainText(c) == "Age | Job");
        Assert.Contains(texts, c => InlineText.ToPlainText(c) == "22 | student");
    }

    [Fact]
    public void Empty_or_front_matter_only_file_is_a_clear_error()
    {
        Assert.Throws<TranscriptException>(() => Read("  \n\n"));
        var ex = Assert.Throws<TranscriptException>(() => Read("---\ntitle: x\n---\n"));
        Assert.Contains("test.md", ex.Message, StringComparison.Ordinal);
    }
}
