namespace Pipeline.Formats.Readers.Tei;

/// <summary>A TEI <c>u</c> as one turn, since a turn is what TEI has as one <c>u</c>. The speaker comes from
/// <c>@who</c>, else (ParlaMint) from <c>@ana='#chair'</c>: every such <c>u</c> belongs to one chair participant, else
/// from a printed label before it. How the speaker is known comes from <c>@ana</c> (our <c>#paraphrase</c> and
/// <c>#inferred</c> categories; anything else is a labelled turn); the start time from <c>@start</c>. Each <c>seg</c> is
/// a paragraph and other content between them one more; a <c>note</c> or <c>stage</c> between them (an editor's
/// comment such as "(Pausa.)") stays in the turn as a paragraph holding an incident. A <c>u</c> with no speaker at all
/// is narrative: its paragraphs, with its notes as editorial notes.</summary>
internal sealed class TeiUtterances(TeiInlines inlines, TeiParticipants participants, TeiTimeline timeline, List<Diagnostic> diagnostics)
{
    public List<Block> Read(XElement u, string? label)
    {
        var speaker = Speaker(u, label);
        var blocks = new List<Block>();
        var paragraphs = new List<Paragraph>();
        var loose = new List<XNode>();

        foreach (var node in u.Nodes())
        {
            if (node is XElement element && TeiInlines.IsParagraph(element))
            {
                inlines.FlushLoose(paragraphs, loose);
                paragraphs.Add(inlines.Paragraph(element.Nodes()));
            }
            else if (node is XElement note && IsEditorial(note))
            {
                inlines.FlushLoose(paragraphs, loose);
                if (speaker is not null)
                {
                    paragraphs.Add(new Paragraph([new Incident(TeiIncidents.KindOf(note.Attr("type")) ?? IncidentKind.Other, TeiText.Plain(note))]));
                    continue;
                }

                blocks.AddRange(paragraphs);
                paragraphs.Clear();
                blocks.Add(TeiBody.EditorialNote(note, inlines));
            }
            else
            {
                loose.Add(node);
            }
        }

        inlines.FlushLoose(paragraphs, loose);
        if (speaker is null)
        {
            blocks.AddRange(paragraphs);
            return blocks;
        }

        if (paragraphs.Count == 0)
            paragraphs.Add(new Paragraph([]));
        return [new Turn(speaker, Attribution(u.Attr("ana")), [.. paragraphs], timeline.Resolve(u.Attr("start")))];
    }

    private static bool IsEditorial(XElement element) => element.Is("stage") || (element.Is("note") && !TeiFootnotes.IsFootnote(element));

    private string? Speaker(XElement u, string? label)
    {
        var who = u.Attr("who");
        string? speaker = null;
        if (!string.IsNullOrWhiteSpace(who))
            speaker = participants.Resolve(who, u);
        else if (Categories(u.Attr("ana")).Contains("chair"))
            speaker = participants.Chair(u);
        else if (label is not null)
            speaker = participants.FromLabel(label, u);
        else
            diagnostics.Add(Diagnostic.Warning(DiagnosticCode.UtteranceWithoutWho, "utterance without @who: read as narrative", TeiText.Line(u)));

        if (speaker is not null && label is not null)
            participants.AddLabel(speaker, label);
        return speaker;
    }

    private static List<string> Categories(string? ana) =>
        [.. (ana ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(a => a.TrimStart('#'))];

    private static SpeakerAttribution Attribution(string? ana)
    {
        var categories = Categories(ana);
        if (categories.Contains("paraphrase"))
            return SpeakerAttribution.Paraphrased;
        return categories.Contains("inferred") ? SpeakerAttribution.Inferred : SpeakerAttribution.Labelled;
    }
}
