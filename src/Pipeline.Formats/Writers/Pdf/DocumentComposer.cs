using Pipeline.Formats.Writers.Interface;
using Pipeline.Formats.Writers.Pdf.Layout;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>Turns the model into laid-out blocks: the title block, then headings, narrative, turns (a bold speaker
/// label kept with the indented paragraphs) and editorial notes, plus the numbered footnotes.</summary>
internal sealed partial class DocumentComposer
{
    private readonly TranscriptDocument document;
    private readonly double bodyWidth;
    private readonly LineBreaker breaker = new(new TextMeasurer());
    private readonly InlineComposer inlines;
    private readonly GlyphFallback glyphs;
    private readonly FootnoteOrder numbering;
    private readonly List<LayoutBlock> blocks = [];

    /// <summary>The runs of the block being composed: broken into lines at once, so one list serves every block.</summary>
    private readonly List<StyledRun> blockRuns = [];
    private readonly CancellationToken cancellation;
    private readonly WriterOptions options;
    private readonly InterfaceWords words;

    /// <summary>The longest editorial paragraph kept on the page of the heading before it and the turn after it.</summary>
    private const int MaxKeptSummaryLines = 5;

    private int headingDepth;
    private bool afterHeading;

    public DocumentComposer(TranscriptDocument document, double bodyWidth, WriterContext context)
    {
        this.document = document;
        this.bodyWidth = bodyWidth;
        cancellation = context.Cancellation;
        options = context.Options;
        words = InterfaceWords.For(document.Metadata.Language, context.Options.UiLanguage);
        glyphs = new GlyphFallback(context);
        numbering = DocumentPasses.Of(document).Footnotes;
        inlines = new InlineComposer(glyphs, numbering, context, document.Metadata.Language);
    }

    /// <summary>The blocks in reading order and the footnotes in number order.</summary>
    public (IReadOnlyList<LayoutBlock> Blocks, IReadOnlyList<LayoutFootnote> Footnotes) Compose()
    {
        ComposeTitleBlock();
        ComposeFrontMatter();
        var firstBody = blocks.Count;
        foreach (var block in document.Blocks)
        {
            cancellation.ThrowIfCancellationRequested();
            ComposeBlock(block);
        }

        if (blocks.Count > firstBody)
            blocks[firstBody] = blocks[firstBody] with { SpaceBefore = 22 };
        ComposeIndex();
        var footnotes = numbering.Ordered.Select((footnote, i) => ComposeFootnote(footnote, i + 1)).ToList();
        return (blocks, footnotes);
    }

    /// <summary>The one title (<see cref="DocumentTitle"/>, derived for untitled documents) as shown (cleaned); the
    /// interface word for an untitled transcript when there is nothing to derive one from.</summary>
    public static string TitleOf(TranscriptDocument document, WriterOptions? options = null)
    {
        var title = GlyphFallback.CleanPlain(DocumentTitle.Of(document).Text);
        return title.Length > 0 ? title : InterfaceWords.For(document.Metadata.Language, options?.UiLanguage).Untitled;
    }

    private void ComposeTitleBlock()
    {
        var meta = document.Metadata;
        Add(BlockRole.Title, Runs(TitleOf(document, options), PdfTheme.Title), 0, 0, leading: 1.25);
        if (!string.IsNullOrWhiteSpace(meta.Subtitle))
            Add(BlockRole.TitleDetail, Runs(meta.Subtitle, PdfTheme.Subtitle), 0, 4, leading: 1.3);
        if (meta.Notes.Length > 0)
            Add(BlockRole.TitleDetail, Runs("(" + string.Join("; ", meta.Notes) + ")", PdfTheme.Subtitle with { Size = 11, Ink = Ink.Muted }), 0, 2);
        var when = Joined(meta.Date, meta.Place);
        if (when.Length > 0)
            Add(BlockRole.TitleDetail, Runs(when, PdfTheme.Detail with { Size = 10.5 }), 0, 8);
        var provenance = Joined(meta.Publisher, meta.Identifier, meta.Rights);
        if (provenance.Length > 0)
            Add(BlockRole.TitleDetail, Runs(provenance, PdfTheme.Detail), 0, 2);
        if (!string.IsNullOrWhiteSpace(meta.Description))
            Add(BlockRole.TitleDetail, Runs(meta.Description, PdfTheme.Body with { Face = Fonts.FontFace.SerifItalic }), 0, 8);
        if (document.Participants.Length == 0)
            return;
        Add(BlockRole.TitleDetail, Runs(words.Participants, PdfTheme.Label with { Size = 9.5, Ink = Ink.Muted }), 0, 12, keepWithNext: true);
        foreach (var participant in document.Participants)
        {
            var runs = Runs(participant.DisplayName, PdfTheme.Label);
            var about = Joined(participant.IsGroup ? words.Group : null, participant.Role is { } role ? words.Role(role) : null, participant.Organisation);
            if (about.Length > 0)
                glyphs.Append(runs, " — " + about, PdfTheme.Body with { Ink = Ink.Muted });
            Add(BlockRole.TitleDetail, runs, PdfTheme.TurnIndent, 1);
        }
    }

    private void ComposeBlock(Block block)
    {
        switch (block)
        {
            case Heading heading:
                ComposeHeading(heading);
                break;
            case Paragraph paragraph:
                afterHeading = false;
                Add(BlockRole.Paragraph, Inlines(paragraph.Content, PdfTheme.Body), 0, 7);
                break;
            case Turn turn:
                afterHeading = false;
                ComposeTurn(turn);
                break;
            case EditorialNote note:
                ComposeEditorialNote(note);
                break;
            default:
                throw new NotSupportedException($"Unknown block {block.GetType().Name}.");
        }
    }

    /// <summary>A heading at its depth (H1–H3), never more than one level below the heading before it, kept with
    /// what follows it.</summary>
    private void ComposeHeading(Heading heading)
    {
        var depth = Math.Clamp(Math.Min(heading.Level, headingDepth + 1), 1, 3);
        headingDepth = depth;
        afterHeading = true;
        var content = Inlines(heading.Content, depth switch { 1 => PdfTheme.Heading1, 2 => PdfTheme.Heading2, _ => PdfTheme.Heading3 });
        var role = depth switch { 1 => BlockRole.Heading1, 2 => BlockRole.Heading2, _ => BlockRole.Heading3 };
        Add(role, content, 0, depth == 1 ? 20 : 14, keepWithNext: true, leading: 1.3, outline: OutlineText(heading));
    }

    private void ComposeTurn(Turn turn)
    {
        var speaker = document.FindParticipant(turn.SpeakerId)?.DisplayName ?? turn.SpeakerId;
        var label = Runs(speaker, turn.Attribution == SpeakerAttribution.Paraphrased ? PdfTheme.Label with { Ink = Ink.Muted } : PdfTheme.Label);
        if (turn.Attribution == SpeakerAttribution.Paraphrased)
            glyphs.Append(label, "  (" + words.Paraphrased + ")", PdfTheme.LabelNote);
        if (turn.Continues)
            glyphs.Append(label, "  (" + words.Continued + ")", PdfTheme.LabelNote);
        if (turn.Start is { } start)
            glyphs.Append(label, "  " + FormatTime(start), PdfTheme.LabelNote with { Face = Fonts.FontFace.Serif });
        Add(BlockRole.SpeakerLabel, label, 0, 10, keepWithNext: true, leading: 1.3);
        var style = turn.Attribution == SpeakerAttribution.Paraphrased
            ? PdfTheme.Body with { Face = Fonts.FontFace.SerifItalic, Ink = Ink.Muted }
            : PdfTheme.Body;
        var first = true;
        foreach (var paragraph in turn.Paragraphs)
        {
            Add(BlockRole.Paragraph, Inlines(paragraph.Content, style), PdfTheme.TurnIndent, first ? 1 : 4);
            first = false;
        }
    }

    private void ComposeEditorialNote(EditorialNote note)
    {
        var style = PdfTheme.Body with { Face = Fonts.FontFace.SerifItalic, Ink = Ink.Muted };
        var indent = note.Kind == EditorialNoteKind.StageDirection ? PdfTheme.TurnIndent : 0;
        var first = true;
        foreach (var paragraph in note.Paragraphs)
        {
            var before = blocks.Count;
            Add(BlockRole.Editorial, Inlines(paragraph.Content, style), indent, first ? 9 : 4);

            // A short summary between a heading and its first turn travels with them (the heading is kept with the turn).
            if (afterHeading && blocks.Count > before && blocks[^1].Lines.Length <= MaxKeptSummaryLines)
                blocks[^1] = blocks[^1] with { KeepWithNext = true };
            first = false;
        }
    }

    private LayoutFootnote ComposeFootnote(Footnote footnote, int number)
    {
        var runs = blockRuns;
        runs.Clear();
        glyphs.Append(runs, number.ToString(CultureInfo.InvariantCulture), PdfTheme.Footnote with { Size = PdfTheme.MarkerSize, Superscript = true });
        runs.Add(new StyledRun(" ", PdfTheme.Footnote));
        var first = true;
        foreach (var paragraph in footnote.Paragraphs)
        {
            if (!first)
                runs.Add(new StyledRun(StyledRun.LineBreak, PdfTheme.Footnote));
            inlines.Compose(runs, paragraph.Content, PdfTheme.Footnote);
            first = false;
        }

        var lines = breaker.Break(runs, bodyWidth, leading: 1.3);
        var id = "fn" + number.ToString(CultureInfo.InvariantCulture);
        return new LayoutFootnote(footnote.Id, number, new LayoutBlock(BlockRole.Footnote, lines, NoteId: id));
    }

    private void Add(BlockRole role, List<StyledRun> runs, double indent, double spaceBefore, bool keepWithNext = false, double leading = PdfTheme.BodyLeading, string? outline = null)
    {
        var lines = breaker.Break(runs, bodyWidth - indent, leading);
        if (lines.Length == 0)
            return;
        blocks.Add(new LayoutBlock(role, lines, indent, spaceBefore, keepWithNext, outline));
    }

    private List<StyledRun> Runs(string text, TextStyle style)
    {
        blockRuns.Clear();
        glyphs.Append(blockRuns, text, style);
        return blockRuns;
    }

    private List<StyledRun> Inlines(ImmutableArray<Inline> content, TextStyle style)
    {
        blockRuns.Clear();
        inlines.Compose(blockRuns, content, style);
        return blockRuns;
    }

    private static string OutlineText(Heading heading)
    {
        var text = GlyphFallback.CleanPlain(InlineText.ToPlainText(heading.Content));
        return text.Length > 0 ? text : "Section";
    }

    private static string Joined(params string?[] parts) =>
        string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    /// <summary><c>hh:mm:ss</c>, with <c>.fff</c> when there are milliseconds, as the Markdown and DOCX writers show it.</summary>
    private static string FormatTime(TimeSpan time) => Pipeline.Core.Debugging.ModelDump.FormatTime(time);
}
