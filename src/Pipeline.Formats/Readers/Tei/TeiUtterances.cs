using System.Xml.Linq;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;

namespace Pipeline.Formats.Readers.Tei;

/// <summary>A TEI <c>u</c> as turns. The speaker comes from <c>@who</c>; how the speaker is known from <c>@ana</c>
/// (our <c>#paraphrase</c> and <c>#inferred</c> categories; anything else is a labelled turn); the start time from
/// <c>@start</c>. Each <c>seg</c> is a paragraph, other content between them one more; a <c>note</c> or <c>stage</c>
/// between them becomes an editorial note, after which the speaker's turn goes on (marked inferred).</summary>
internal sealed class TeiUtterances(TeiInlines inlines, TeiParticipants participants, TeiTimeline timeline, List<Diagnostic> diagnostics)
{
    public List<Block> Read(XElement u, string? label)
    {
        var speaker = Speaker(u, label);
        var attribution = Attribution(u.Attr("ana"));
        var start = timeline.Resolve(u.Attr("start"));
        var blocks = new List<Block>();
        var paragraphs = new List<Paragraph>();
        var loose = new List<XNode>();
        var turns = 0;

        foreach (var node in u.Nodes())
        {
            if (node is XElement element && TeiInlines.IsParagraph(element))
            {
                inlines.FlushLoose(paragraphs, loose);
                paragraphs.Add(inlines.Paragraph(element.Nodes()));
            }
            else if (node is XElement note && (note.Is("stage") || (note.Is("note") && !TeiFootnotes.IsFootnote(note))))
            {
                inlines.FlushLoose(paragraphs, loose);
                FlushTurn();
                blocks.Add(TeiBody.EditorialNote(note, inlines));
            }
            else
            {
                loose.Add(node);
            }
        }

        inlines.FlushLoose(paragraphs, loose);
        if (paragraphs.Count > 0 || (turns == 0 && speaker is not null))
        {
            if (paragraphs.Count == 0)
                paragraphs.Add(new Paragraph([]));
            FlushTurn();
        }

        return blocks;

        void FlushTurn()
        {
            if (paragraphs.Count == 0)
                return;
            if (speaker is null)
                blocks.AddRange(paragraphs);
            else if (turns == 0)
                blocks.Add(new Turn(speaker, attribution, [.. paragraphs], start));
            else
                blocks.Add(new Turn(speaker, SpeakerAttribution.Inferred, [.. paragraphs]));
            turns++;
            paragraphs.Clear();
        }
    }

    private string? Speaker(XElement u, string? label)
    {
        var who = u.Attr("who");
        string? speaker = null;
        if (!string.IsNullOrWhiteSpace(who))
            speaker = participants.Resolve(who, u);
        else if (label is not null)
            speaker = participants.FromLabel(label, u);
        else
            diagnostics.Add(Diagnostic.Warning("utterance without @who: read as narrative", TeiText.Line(u)));

        if (speaker is not null && label is not null)
            participants.AddLabel(speaker, label);
        return speaker;
    }

    private static SpeakerAttribution Attribution(string? ana)
    {
        var categories = (ana ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(a => a.TrimStart('#')).ToList();
        if (categories.Contains("paraphrase"))
            return SpeakerAttribution.Paraphrased;
        return categories.Contains("inferred") ? SpeakerAttribution.Inferred : SpeakerAttribution.Labelled;
    }
}
