namespace Pipeline.Formats.Readers.Docx;

/// <summary>Turns classified Word paragraphs into the normaliser's paragraphs: a label gives the next speech its speaker (as
/// a hint, so no label needs guessing), speech after it continues the turn, headings keep their outline level, stage
/// directions become incidents, and note references become footnote references numbered in reading order.</summary>
internal sealed class DocxTranscript(DocxLabels labels, bool titleFromParagraph, List<Diagnostic> diagnostics)
{
    private const int MaxLinesNamed = 8;

    private readonly ImmutableArray<SourceParagraph>.Builder result = ImmutableArray.CreateBuilder<SourceParagraph>();
    private readonly List<int> bodyStyleLabels = [];
    private (string Name, DocxParagraph Paragraph)? pendingLabel;
    private string? tableSpeaker;

    /// <summary>Note ids (<c>f2</c>, <c>e1</c>) in the order their references were read, with the id and marker given in the model.</summary>
    public List<(string NoteId, string ModelId, string Marker)> NoteReferences { get; } = [];

    /// <summary>Title-style paragraphs; the first is the title when <c>titleFromParagraph</c>.</summary>
    public List<string> Titles { get; } = [];

    public ImmutableArray<SourceParagraph> Build(List<DocxParagraph> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            var (role, name, used) = labels.Classify(paragraph);
            switch (role)
            {
                case DocxRole.Empty:
                    break;
                case DocxRole.Title:
                    Titles.Add(paragraph.Plain);
                    // The first Title-style paragraph is the title when the document properties name none; else it is a heading.
                    Add(paragraph, 0, kind: titleFromParagraph && Titles.Count == 1 ? null : SourceParagraphKind.Heading, level: 1);
                    break;
                case DocxRole.Heading:
                    Add(paragraph, 0, SourceParagraphKind.Heading, paragraph.OutlineLevel!.Value + 1);
                    break;
                case DocxRole.Label:
                    FlushPendingLabel("another label");
                    pendingLabel = (name!, paragraph);
                    if (paragraph.StyleKey == labels.BodyStyle)
                        bodyStyleLabels.Add(paragraph.Number);
                    break;
                case DocxRole.RunLabel:
                    FlushPendingLabel("a label at the start of a paragraph");
                    Add(paragraph, used, speaker: name);
                    break;
                case DocxRole.Stage:
                    AddStage(paragraph);
                    break;
                default:
                    AddText(paragraph);
                    break;
            }
        }

        FlushPendingLabel("the end of the document");
        if (bodyStyleLabels.Count > 0)
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.BodyStyleLabels,
                $"{bodyStyleLabels.Count} label(s) written in the body style read as labels, like those in the label style (paragraph(s) {string.Join(", ", bodyStyleLabels.Take(MaxLinesNamed).Select(n => n.ToString(CultureInfo.InvariantCulture)))}{(bodyStyleLabels.Count > MaxLinesNamed ? ", …" : "")})",
                bodyStyleLabels[0]).With("count", bodyStyleLabels.Count));
        return result.ToImmutable();
    }

    private void AddText(DocxParagraph paragraph)
    {
        if (pendingLabel is { } label)
        {
            pendingLabel = null;
            tableSpeaker = null;
            Add(paragraph, 0, speaker: label.Name);
            return;
        }

        if (paragraph.TableSpeaker is { Length: > 0 } speaker)
        {
            var same = string.Equals(speaker, tableSpeaker, StringComparison.OrdinalIgnoreCase);
            tableSpeaker = speaker;
            Add(paragraph, 0, speaker: same ? null : speaker);
            return;
        }

        Add(paragraph, 0);
    }

    /// <summary>A stage direction in a style of its own is an incident where it happened: at the end of the speech before it.
    /// With no speech before it (or a label waiting for its speech) it stays a paragraph for the normaliser's conventions.</summary>
    private void AddStage(DocxParagraph paragraph)
    {
        var lines = SourceLines(paragraph, 0);
        var description = string.Join(" ", lines.Select(l => InlineText.ToPlainText(l.Content))).Trim();
        if (pendingLabel is null && result.Count > 0 && result[^1] is { Kind: SourceParagraphKind.Text } previous)
        {
            var last = previous.Lines[^1];
            result[^1] = previous with { Lines = previous.Lines.SetItem(previous.Lines.Length - 1, last with { Content = [.. last.Content, new Core.Model.Text(" "), new Incident(IncidentKind.Other, description)] }) };
            return;
        }

        Add(paragraph, 0);
    }

    /// <summary>A label with no speech after it keeps its words as a paragraph of its own.</summary>
    private void FlushPendingLabel(string why)
    {
        if (pendingLabel is not { } label)
            return;
        pendingLabel = null;
        diagnostics.Add(Diagnostic.Warning(DiagnosticCode.LabelNotFollowedBySpeech, $"label '{label.Name}' is followed by {why}, not by speech: kept as text", label.Paragraph.Number).With("label", label.Name).With("followedBy", why));
        Add(label.Paragraph, 0);
    }

    private void Add(DocxParagraph paragraph, int skipPieces, SourceParagraphKind? kind = SourceParagraphKind.Text, int level = 0, string? speaker = null)
    {
        if (kind is null)
            return;
        if (kind == SourceParagraphKind.Heading)
            FlushPendingLabel("a heading");
        var lines = SourceLines(paragraph, skipPieces);
        if (lines.Count == 0)
            return;
        if (paragraph.TableTime is { } time)
        {
            lines[0] = lines[0] with { Content = [new Timestamp(time, paragraph.TableTimeText ?? ""), new Core.Model.Text(" "), .. lines[0].Content], Time = time };
        }

        var hint = speaker is null ? null : new SpeakerHint(speaker) { Attribution = SpeakerAttribution.Labelled };
        result.Add(new SourceParagraph([.. lines]) { Kind = kind.Value, HeadingLevel = level, Speaker = hint });
    }

    /// <summary>The paragraph's lines (split at breaks) as inlines; a run label's own pieces and the delimiter after it are left out.</summary>
    private List<SourceLine> SourceLines(DocxParagraph paragraph, int skipPieces)
    {
        var lines = new List<SourceLine>();
        var current = new List<Inline>();
        var trimDelimiter = skipPieces > 0;
        foreach (var piece in paragraph.Pieces.Skip(skipPieces))
        {
            switch (piece)
            {
                case DocxBreak:
                    Flush();
                    break;
                case DocxNoteReference reference:
                    var number = (NoteReferences.Count + 1).ToString(CultureInfo.InvariantCulture);
                    var modelId = "docx-note-" + number;
                    NoteReferences.Add((reference.NoteId, modelId, number));
                    current.Add(new FootnoteReference(modelId, number));
                    break;
                case DocxText text:
                    var value = text.Text.Replace('\t', ' ');
                    if (trimDelimiter)
                    {
                        value = value.TrimStart().TrimStart(':', '–', '—').TrimStart();
                        trimDelimiter = value.Length == 0;
                        if (value.Length == 0)
                            break;
                    }

                    Inline inline = new Core.Model.Text(value);
                    if (text.Italic)
                        inline = new Emphasis([inline]);
                    if (text.Bold)
                        inline = new Strong([inline]);
                    current.Add(inline);
                    break;
            }
        }

        Flush();
        return lines;

        void Flush()
        {
            if (current.Any(i => i is not Core.Model.Text t || t.Value.Trim().Length > 0))
                lines.Add(new SourceLine([.. current], paragraph.Number));
            current = [];
        }
    }
}
