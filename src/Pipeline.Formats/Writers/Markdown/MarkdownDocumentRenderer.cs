using Pipeline.Formats.Writers.Interface;

namespace Pipeline.Formats.Writers.Markdown;

/// <summary>Lays out a whole document: YAML metadata (the only place the title is written), the front matter as
/// unnumbered chapters, one <c>#</c> chapter per section, then the footnote definitions.</summary>
/// <remarks>pandoc makes the YAML title the EPUB's title page, starts a chapter at every level-1 heading, and gives
/// content before the first heading a chapter headed by the title: so the front matter gets headings of its own in
/// the interface language (<c># Participants {#front-matter .unnumbered}</c>, or Introduction when there is no
/// participant list; speech before the first section under <c># Transcript {#transcript .unnumbered}</c>), and the
/// title never appears a second time. Footnotes are numbered in order of first reference; footnotes the text never refers to are referred to
/// from a closing editorial div, because pandoc drops unreferenced definitions.</remarks>
internal static partial class MarkdownDocumentRenderer
{
    private const string DefaultLanguage = "en";

    /// <summary>Renders <paramref name="document"/> into <paramref name="output"/> (which should be empty).</summary>
    public static StringBuilder Render(TranscriptDocument document, WriterOptions options, Action<Diagnostic> report, StringBuilder? output = null)
    {
        var filter = new UnsafeCharacterFilter();
        var buffer = new MarkdownBuffer(filter, output ?? new StringBuilder());
        var language = LanguageOf(document, report);
        var words = InterfaceWords.For(document.Metadata.Language, options.UiLanguage);
        var title = TitleOf(document, words, filter);
        var passes = DocumentPasses.Of(document);
        var footnotes = passes.Footnotes;
        var inlines = new MarkdownInlineRenderer(buffer, footnotes, QuoteMarks.For(language), report);
        var blocks = new MarkdownBlockRenderer(buffer, inlines, document, new HeadingIds(), report);

        YamlMetadataBlock.Write(buffer, document, title, language, filter, report);
        var sections = passes.Sections;
        WriteFrontMatter(document, sections[0], words, buffer, blocks);
        foreach (var section in sections.Skip(1))
        {
            blocks.Write(section.Heading!);
            foreach (var block in section.Blocks)
                blocks.Write(block);
        }

        if (options.KeepIndex && document.Index is { Entries.IsEmpty: false } index)
            WriteIndex(index, words, blocks);
        WriteUnreferencedNotes(footnotes, words, buffer, blocks);
        WriteFootnoteDefinitions(footnotes, buffer, inlines);
        if (filter.ToDiagnostic() is { } removed)
            report(removed);
        TrimToSingleNewline(buffer.Output);
        return buffer.Output;
    }

    /// <summary>The front matter: a chapter headed "Participants" (or "Introduction" when there is no participant list)
    /// with the list, the document notes and the editorial text before the first section; speech before the first section
    /// (a turn and what follows it) goes under a chapter of its own, "Transcript".</summary>
    private static void WriteFrontMatter(TranscriptDocument document, Section frontMatter, InterfaceWords words, MarkdownBuffer buffer, MarkdownBlockRenderer blocks)
    {
        var notes = document.Metadata.Notes.Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        var headed = false;
        if (!document.Participants.IsEmpty || notes.Count > 0)
        {
            blocks.WriteHeading(1, InlineText.Of(document.Participants.IsEmpty ? words.Introduction : words.Participants), HeadingIds.FrontMatter, " .unnumbered");
            headed = true;
        }

        if (!document.Participants.IsEmpty)
        {
            blocks.WriteDiv(".participants", () =>
            {
                buffer.BeginBlock();
                for (var i = 0; i < document.Participants.Length; i++)
                {
                    if (i > 0)
                        buffer.HardBreak();
                    Describe(document.Participants[i], words, buffer);
                }

                buffer.EndBlock();
            });
        }

        foreach (var note in notes)
            blocks.WriteDiv(".editorial .document-note", () => buffer.BeginBlock().Text("[" + note + "]").EndBlock());

        if (document.Front is { Paragraphs.IsEmpty: false } front)
        {
            if (!headed)
                blocks.WriteHeading(1, InlineText.Of(words.Introduction), HeadingIds.FrontMatter, " .unnumbered");
            headed = true;
            blocks.WriteDiv(".front-matter", () =>
            {
                foreach (var paragraph in front.Paragraphs)
                    blocks.Write(paragraph);
            });
        }

        var speech = false;
        foreach (var block in frontMatter.Blocks)
        {
            if (!speech && block is Turn)
            {
                blocks.WriteHeading(1, InlineText.Of(words.Transcript), HeadingIds.Transcript, " .unnumbered");
                speech = headed = true;
            }
            else if (!headed)
            {
                blocks.WriteHeading(1, InlineText.Of(words.Introduction), HeadingIds.FrontMatter, " .unnumbered");
                headed = true;
            }

            blocks.Write(block);
        }
    }

    /// <summary>The word index (<c>--keep-index</c>) as an unnumbered chapter of one paragraph per entry.</summary>
    private static void WriteIndex(WordIndex index, InterfaceWords words, MarkdownBlockRenderer blocks)
    {
        blocks.WriteHeading(1, InlineText.Of(words.Index), "word-index", " .unnumbered");
        blocks.WriteDiv(".index", () =>
        {
            foreach (var entry in index.Entries)
                blocks.Write(new Paragraph(InlineText.Of((entry.Term + " " + string.Join(" ", entry.References)).Trim())));
        });
    }

    /// <summary><c>**Jane Smith** (interviewer, Example Radio)</c>, the role and "group" in the interface language.</summary>
    private static void Describe(Participant participant, InterfaceWords words, MarkdownBuffer buffer)
    {
        var details = new[] { participant.IsGroup ? words.Group : null, participant.Role is { } role ? words.Role(role) : null, participant.Organisation }.Where(d => !string.IsNullOrWhiteSpace(d)).ToList();
        var name = participant.DisplayName.Length > 0 ? participant.DisplayName : participant.Id;
        buffer.Markup("**").Text(name).Markup("**");
        if (details.Count > 0)
            buffer.Text(" (" + string.Join(", ", details) + ")");
    }

    private static void WriteUnreferencedNotes(FootnoteOrder footnotes, InterfaceWords words, MarkdownBuffer buffer, MarkdownBlockRenderer blocks)
    {
        // pandoc drops a definition no marker in the body refers to (a marker inside a footnote is written as text).
        var unmarked = footnotes.Ordered.Where(f => !footnotes.IsMarkedInBody(f.Id)).ToList();
        if (unmarked.Count == 0)
            return;
        blocks.WriteDiv(".editorial .unreferenced-notes", () =>
        {
            buffer.BeginBlock().Text("[" + words.UnreferencedNotes + ":");
            foreach (var footnote in unmarked)
                buffer.Text(" ").Markup(MarkdownBlockRenderer.Label(footnotes.NumberOf(footnote.Id)!.Value));
            buffer.Text("]").EndBlock();
        });
    }

    private static void WriteFootnoteDefinitions(FootnoteOrder footnotes, MarkdownBuffer buffer, MarkdownInlineRenderer inlines)
    {
        const string indent = "    ";
        inlines.InsideFootnote = true;
        buffer.ContinuationIndent = indent;
        for (var n = 1; n <= footnotes.Ordered.Length; n++)
        {
            var footnote = footnotes.Ordered[n - 1];
            var paragraphs = footnote.Paragraphs
                .Select(p => InlineNormalizer.TrimLineBreaks(InlineNormalizer.Normalize(p.Content)))
                .Where(p => !p.IsEmpty)
                .ToList();
            buffer.BeginBlock().Markup(MarkdownBlockRenderer.Label(n) + ": ").BeginInlineContent();
            if (paragraphs.Count == 0)
                buffer.Text(footnote.Marker);
            for (var i = 0; i < paragraphs.Count; i++)
            {
                if (i > 0)
                    buffer.BeginBlock(indent);
                inlines.Write(paragraphs[i]);
                buffer.EndBlock();
            }

            if (paragraphs.Count == 0)
                buffer.EndBlock();
        }

        buffer.ContinuationIndent = "";
        inlines.InsideFootnote = false;
    }

    private static string LanguageOf(TranscriptDocument document, Action<Diagnostic> report)
    {
        var language = document.Metadata.Language?.Trim();
        if (string.IsNullOrEmpty(language))
            return DefaultLanguage;
        if (Bcp47().IsMatch(language))
            return language;
        report(Diagnostic.Warning(DiagnosticCode.LanguageNotBcp47, $"md: language '{language}' is not a BCP 47 tag; using '{DefaultLanguage}'").With("format", "md").With("language", language).With("used", DefaultLanguage));
        return DefaultLanguage;
    }

    /// <summary>The one title (<see cref="DocumentTitle"/>), else the interface word for an untitled transcript: EPUB requires one.</summary>
    private static string TitleOf(TranscriptDocument document, InterfaceWords words, UnsafeCharacterFilter filter)
    {
        var title = DocumentTitle.Of(document).Text;
        return string.IsNullOrWhiteSpace(filter.Clean(title)) ? words.Untitled : title;
    }

    private static void TrimToSingleNewline(StringBuilder output)
    {
        var end = output.Length;
        while (end > 0 && output[end - 1] is '\n' or ' ')
            end--;
        output.Length = end;
        output.Append('\n');
    }

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex Bcp47();
}
