using Pipeline.Core.Debugging;

namespace Pipeline.Formats.Writers.Markdown;

/// <summary>Writes blocks as pandoc Markdown: headings with ids, turns with a bold speaker label, editorial text in
/// fenced divs.</summary>
/// <remarks>The editorial convention: every editorial block (a note of any kind, and a turn the editor paraphrased)
/// is a fenced div with the classes <c>editorial</c> and its kind (<c>preamble</c>, <c>summary</c>, <c>aside</c>,
/// <c>stage-direction</c>, <c>paraphrase</c>), and its text is enclosed in square brackets, so it reads as the
/// editor's both with and without a style sheet. A turn's label is <c>**[hh:mm:ss] Name:**</c> (the time only when
/// known) at the start of its first paragraph; later paragraphs carry no label, and neither does the second part of a turn
/// that a heading split (<see cref="Turn.Continues"/>): as in the printed record, the speaker goes on after the heading. One instance serves one document.</remarks>
internal sealed class MarkdownBlockRenderer(
    MarkdownBuffer buffer,
    MarkdownInlineRenderer inlines,
    TranscriptDocument document,
    HeadingIds headingIds,
    Action<Diagnostic> report)
{
    public void Write(Block block)
    {
        switch (block)
        {
            case Heading heading:
                WriteHeading(heading.Level, heading.Content, headingIds.Next(InlineText.ToPlainText(heading.Content)), "");
                break;
            case Paragraph paragraph:
                WriteParagraph(paragraph.Content);
                break;
            case Turn { Attribution: SpeakerAttribution.Paraphrased } turn:
                WriteEditorial("paraphrase", turn.Paragraphs, turn);
                break;
            case Turn turn:
                WriteTurn(turn);
                break;
            case EditorialNote note:
                WriteEditorial(ClassOf(note.Kind), note.Paragraphs, null);
                break;
            default:
                throw new NotSupportedException($"Unknown block {block.GetType().Name}.");
        }
    }

    /// <summary>An ATX heading with an explicit id (and classes, e.g. <c>.unnumbered</c>).</summary>
    public void WriteHeading(int level, ImmutableArray<Inline> content, string id, string classes)
    {
        var normalized = InlineNormalizer.Normalize(content).Select(i => i is LineBreak ? new Text(" ") : i).ToImmutableArray();
        buffer.BeginBlock().Markup(new string('#', Math.Clamp(level, 1, 6)) + " ").BeginInlineContent();
        if (string.IsNullOrWhiteSpace(InlineText.ToPlainText(normalized)))
            buffer.Text(id);
        else
            inlines.Write(normalized);
        buffer.Markup(" {#" + id + classes + "}").EndBlock();
    }

    /// <summary>A fenced div around some blocks.</summary>
    public void WriteDiv(string classes, Action body)
    {
        buffer.BeginBlock().Line("::: {" + classes + "}");
        body();
        buffer.BeginBlock().Line(":::").Line("");
    }

    /// <summary>A paragraph, opened by a speaker's label and enclosed in editorial brackets where asked; an empty
    /// one is left out unless it has any of these.</summary>
    private void WriteParagraph(ImmutableArray<Inline> content, Turn? labelled = null, bool opensBracket = false, bool closesBracket = false)
    {
        var normalized = InlineNormalizer.TrimLineBreaks(InlineNormalizer.Normalize(content));
        if (normalized.IsEmpty && labelled is null && !opensBracket && !closesBracket)
            return;
        buffer.BeginBlock();
        if (opensBracket)
            buffer.Text("[");
        if (labelled is not null)
            WriteLabel(labelled);
        inlines.Write(normalized);
        if (closesBracket)
            buffer.Text("]");
        buffer.EndBlock();
    }

    private void WriteTurn(Turn turn)
    {
        for (var i = 0; i < turn.Paragraphs.Length; i++)
            WriteParagraph(turn.Paragraphs[i].Content, i == 0 && !turn.Continues ? turn : null);
        if (turn.Paragraphs.IsEmpty)
            WriteParagraph([], turn);
    }

    private void WriteEditorial(string kind, ImmutableArray<Paragraph> paragraphs, Turn? paraphrased)
    {
        WriteDiv(".editorial ." + kind, () =>
        {
            var count = Math.Max(paragraphs.Length, 1);
            for (var i = 0; i < count; i++)
            {
                var content = i < paragraphs.Length ? paragraphs[i].Content : [];
                var first = i == 0;
                WriteParagraph(content, first ? paraphrased : null, opensBracket: first, closesBracket: i == count - 1);
            }
        });
    }

    private void WriteLabel(Turn turn)
    {
        var participant = document.FindParticipant(turn.SpeakerId);
        if (participant is null)
            report(Diagnostic.Warning(DiagnosticCode.UnknownSpeaker, $"md: turn by unknown participant '{turn.SpeakerId}'; labelled with the id").With("format", "md").With("speaker", turn.SpeakerId));
        var name = participant?.DisplayName is { Length: > 0 } displayName ? displayName : turn.SpeakerId;
        var label = turn.Start is { } start ? string.Concat("[", ModelDump.FormatTime(start), "] ", name, ":") : name + ":";
        buffer.Markup("**").Text(label).Markup("** ");
    }

    private static string ClassOf(EditorialNoteKind kind) => kind switch
    {
        EditorialNoteKind.Aside => "aside",
        EditorialNoteKind.Preamble => "preamble",
        EditorialNoteKind.Summary => "summary",
        EditorialNoteKind.StageDirection => "stage-direction",
        _ => throw new NotSupportedException($"Unknown editorial note kind {kind}."),
    };

    /// <summary>The plain-text number of a footnote, for the definitions.</summary>
    public static string Label(int number) => "[^" + number.ToString(CultureInfo.InvariantCulture) + "]";
}
