namespace Pipeline.Formats.Readers.Tei;

/// <summary>The blocks of a TEI <c>text</c>: nested <c>div</c>s give headings by depth, <c>u</c> turns (see
/// <see cref="TeiUtterances"/>), <c>p</c> narrative, <c>note</c> and <c>stage</c> editorial notes, and footnotes in
/// <c>back</c>. A printed speaker label (<c>note[@type='speaker']</c>) goes to the next turn's speaker as an alias.</summary>
internal sealed class TeiBody(TeiInlines inlines, TeiUtterances utterances, TeiFootnotes footnotes, List<Diagnostic> diagnostics)
{
    private readonly List<Block> blocks = [];
    private string? pendingLabel;
    private (string? XmlId, Turn Turn)? lastTurn;

    public ImmutableArray<Block> Blocks => [.. blocks];

    /// <summary>Reads one <c>text</c> element (its <c>front</c>, <c>body</c> and <c>back</c>).</summary>
    public void ReadText(XElement text)
    {
        foreach (var part in text.Elements())
        {
            if (part.Is("group"))
                part.Children("text").ToList().ForEach(ReadText);
            else
                ReadContainer(part, 0);
        }
    }

    private void ReadContainer(XElement container, int depth)
    {
        foreach (var node in container.Nodes())
        {
            if (node is XText text && !string.IsNullOrWhiteSpace(text.Value))
                blocks.Add(inlines.Paragraph([text]));
            else if (node is XElement element)
                ReadBlock(element, depth);
        }
    }

    private void ReadBlock(XElement element, int depth)
    {
        if (pendingLabel is not null && !element.Is("u") && element.Name.LocalName is not ("pb" or "cb" or "milestone" or "anchor"))
            FlushLabel(element);
        switch (element.Name.LocalName)
        {
            case "div" or "div1" or "div2" or "div3" or "div4" or "div5" or "div6" or "div7":
                ReadContainer(element, depth + 1);
                break;
            case "head":
                blocks.Add(new Heading(Math.Max(1, depth), inlines.Paragraph(element.Nodes()).Content));
                break;
            case "u":
                AddUtterance(element);
                break;
            case "note" when element.Attr("type") == "speaker":
                pendingLabel = TeiText.Plain(element);
                break;
            case "note" when TeiFootnotes.IsFootnote(element):
                footnotes.Add(element, inlines.Paragraphs);
                break;
            case "note" or "stage":
                blocks.Add(EditorialNote(element, inlines));
                break;
            case "timeline" or "pb" or "cb" or "milestone" or "anchor":
                break;
            case "p" or "ab" or "seg":
                blocks.Add(inlines.Paragraph(element.Nodes()));
                break;
            default:
                if (element.Elements().Any(e => e.Name.LocalName is "u" or "div" or "p" or "note" or "head"))
                {
                    ReadContainer(element, depth);
                }
                else if (!string.IsNullOrWhiteSpace(element.Value) || TeiIncidents.IsIncident(element))
                {
                    blocks.Add(inlines.Paragraph([element]));
                }

                break;
        }
    }

    /// <summary>A <c>u</c> as its blocks. A <c>u</c> whose <c>@prev</c> points to the <c>u</c> of the turn before it, by the
    /// same speaker, continues that turn (<see cref="Turn.Continues"/>: one utterance that a heading split); any other
    /// <c>@prev</c> is reported and the <c>u</c> read as a turn of its own.</summary>
    private void AddUtterance(XElement u)
    {
        var read = utterances.Read(u, pendingLabel);
        pendingLabel = null;
        var prev = u.Attr("prev")?.Trim();
        for (var i = 0; i < read.Count; i++)
        {
            if (read[i] is not Turn turn)
                continue;
            if (!string.IsNullOrEmpty(prev))
            {
                if (lastTurn is { } last && last.XmlId is not null && prev == "#" + last.XmlId && last.Turn.SpeakerId == turn.SpeakerId)
                    read[i] = turn = turn with { Continues = true };
                else
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCode.PrevNotPreviousTurn, $"u/@prev '{prev}' does not point to the utterance before it by the same speaker: read as a turn of its own", TeiText.Line(u)).With("prev", prev));
                prev = null;
            }

            lastTurn = (TeiText.XmlId(u), turn);
        }

        blocks.AddRange(read);
    }

    /// <summary>A speaker label that no utterance follows: kept, as an editorial note, so its words are not lost.</summary>
    public void FlushLabel(XObject? at)
    {
        if (pendingLabel is null)
            return;
        diagnostics.Add(Diagnostic.Warning(DiagnosticCode.LabelWithoutUtterance, $"speaker label '{pendingLabel}' is not followed by an utterance; kept as a note", at is null ? null : TeiText.Line(at)).With("label", pendingLabel));
        blocks.Add(new EditorialNote(EditorialNoteKind.Aside, [new Paragraph([new Core.Model.Text(pendingLabel)])]));
        pendingLabel = null;
    }

    /// <summary>A note or stage direction as an editorial note; our own <c>@subtype</c> gives its kind.</summary>
    public static EditorialNote EditorialNote(XElement element, TeiInlines inlines)
    {
        var kind = element.Is("stage")
            ? EditorialNoteKind.StageDirection
            : element.Attr("subtype") switch
            {
                "preamble" => EditorialNoteKind.Preamble,
                "summary" => EditorialNoteKind.Summary,
                _ => EditorialNoteKind.Aside,
            };
        return new EditorialNote(kind, inlines.Paragraphs(element));
    }
}
