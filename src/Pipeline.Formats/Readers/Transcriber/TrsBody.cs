using Pipeline.Formats.Readers.Xml;

namespace Pipeline.Formats.Readers.Transcriber;

using Text = Pipeline.Core.Model.Text;

/// <summary>The <c>Episode</c>: sections with topic headings, turns split at <c>Who</c>, a paragraph per <c>Sync</c>
/// segment led by its time, events as incidents, comments as editorial notes that split the turn they stand in.</summary>
internal sealed class TrsBody(TrsSpeakers speakers, IReadOnlyDictionary<string, string> topics, List<Diagnostic> diagnostics)
{
    private readonly List<Block> blocks = [];
    private readonly List<Paragraph> paragraphs = [];
    private readonly List<Inline> inlines = [];
    private readonly StringBuilder text = new();
    private string? speaker;
    private SpeakerAttribution attribution;
    private TimeSpan? turnStart;

    public ImmutableArray<Block> Blocks => [.. blocks];

    public void ReadEpisode(XElement episode)
    {
        foreach (var child in episode.Elements())
        {
            if (child.Name.LocalName == "Section")
                ReadSection(child);
            else if (child.Name.LocalName == "Turn")
                ReadTurn(child);
        }
    }

    private void ReadSection(XElement section)
    {
        if (section.Attr("topic") is { } topicId)
        {
            if (topics.TryGetValue(topicId, out var topic) && XmlSource.Collapse(topic).Trim() is { Length: > 0 } title)
                blocks.Add(new Heading(1, [new Text(title)]));
            else
                diagnostics.Add(Diagnostic.Warning(DiagnosticCode.TopicNotInTable, $"section topic '{topicId}' is not in the Topics table", XmlSource.Line(section)).With("topic", topicId));
        }

        foreach (var turn in section.Elements().Where(e => e.Name.LocalName == "Turn"))
            ReadTurn(turn);
    }

    private void ReadTurn(XElement turn)
    {
        var ids = speakers.Resolve(turn.Attr("speaker"), turn);
        var start = Seconds(turn.Attr("startTime"), turn);
        if (ids.Count > 1)
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.OverlappingTurn, $"a turn of {ids.Count} speakers (overlapping speech) read as consecutive turns, one per Who", XmlSource.Line(turn)).With("speakers", ids.Count));
        Begin(ids.Count > 0 ? ids[0] : null, start);
        var current = start;
        var first = true;
        foreach (var node in turn.Nodes())
        {
            if (node is XText t)
            {
                text.Append(t.Value);
                continue;
            }

            if (node is not XElement element)
                continue;
            switch (element.Name.LocalName)
            {
                case "Sync":
                    var time = Seconds(element.Attr("time"), element);
                    EndParagraph();
                    if (time is { } at && !(first && at == start))
                        inlines.Add(new Timestamp(at, "[" + Format(at) + "]"));
                    current = time ?? current;
                    break;
                case "Who":
                    var nb = int.TryParse(element.Attr("nb"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
                    if (nb < 1 || nb > ids.Count)
                    {
                        diagnostics.Add(Diagnostic.Warning(DiagnosticCode.WhoNamesNoSpeaker, $"Who nb=\"{element.Attr("nb")}\" names no speaker of the turn", XmlSource.Line(element)).With("nb", element.Attr("nb")));
                        break;
                    }

                    if (HasSpeech())
                        EndTurn(keepTimes: true);
                    Begin(ids[nb - 1], current);
                    break;
                case "Event":
                    FlushText();
                    inlines.Add(TrsEvents.Incident(element));
                    break;
                case "Comment":
                    var spoke = HasSpeech();
                    EndTurn(keepTimes: true);
                    var note = XmlSource.Collapse(element.Attr("desc") ?? "").Trim();
                    if (note.Length > 0)
                        blocks.Add(new EditorialNote(EditorialNoteKind.Aside, [new Paragraph([new Text(note)])]));
                    if (spoke)
                        Begin(speaker, null, SpeakerAttribution.Inferred);
                    break;
                case "Background":
                    break;
                default:
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCode.UnexpectedElement, $"unexpected <{element.Name.LocalName}> in a turn: its text is kept", XmlSource.Line(element)).With("element", element.Name.LocalName));
                    foreach (var inner in element.DescendantNodes().OfType<XText>())
                        text.Append(inner.Value).Append(' ');
                    break;
            }

            first = false;
        }

        EndTurn();
    }

    private void Begin(string? id, TimeSpan? start, SpeakerAttribution how = SpeakerAttribution.Labelled)
    {
        speaker = id;
        turnStart = start;
        attribution = how;
    }

    private bool HasSpeech() => paragraphs.Count > 0 || inlines.Any(i => i is not Timestamp) || !string.IsNullOrWhiteSpace(text.ToString());

    private void FlushText()
    {
        var collapsed = XmlSource.Collapse(text.ToString());
        text.Clear();
        if (collapsed.Trim().Length == 0)
            return;
        if (inlines.Count == 0)
            collapsed = collapsed.TrimStart();
        else if (!collapsed.StartsWith(' '))
            collapsed = " " + collapsed;
        inlines.Add(new Text(collapsed.TrimEnd()));
    }

    private void EndParagraph()
    {
        FlushText();
        if (inlines.Any(i => i is not Timestamp))
        {
            paragraphs.Add(new Paragraph(SpaceOut(inlines)));
            inlines.Clear();
        }
    }

    /// <summary>A space between neighbouring inlines where the text has none.</summary>
    private static ImmutableArray<Inline> SpaceOut(List<Inline> content)
    {
        var result = ImmutableArray.CreateBuilder<Inline>();
        foreach (var inline in content)
        {
            if (result.Count > 0 && !(inline is Text t && t.Value.StartsWith(' ')))
            {
                // The space joins a text before it rather than standing as a text of its own, so the paragraph has one
                // text node where the words run on (as every reader gives it, and as it reads back from our TEI).
                if (result[^1] is Text before)
                    result[^1] = new Text(before.Value + " ");
                else
                    result.Add(new Text(" "));
            }

            if (inline is Text next && result.Count > 0 && result[^1] is Text previous)
                result[^1] = new Text(previous.Value + next.Value);
            else
                result.Add(inline);
        }

        return result.ToImmutable();
    }

    /// <summary>Ends the open turn; a time with nothing said after it is kept for the next turn only when that turn
    /// goes on at the same point (<c>Who</c>, <c>Comment</c>), else dropped: it marks the end of speech.</summary>
    private void EndTurn(bool keepTimes = false)
    {
        EndParagraph();
        if (!keepTimes)
            inlines.Clear();
        if (paragraphs.Count == 0)
            return;
        if (speaker is null)
            blocks.AddRange(paragraphs);
        else
            blocks.Add(new Turn(speaker, attribution, [.. paragraphs], turnStart));
        paragraphs.Clear();
    }

    private TimeSpan? Seconds(string? value, XElement element)
    {
        if (value is null)
            return null;
        if (double.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds < TimeSpan.MaxValue.TotalSeconds / 2)
            return TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));
        diagnostics.Add(Diagnostic.Warning(DiagnosticCode.TimeNotANumber, $"time '{value}' is not a number of seconds; ignored", XmlSource.Line(element)).With("value", value));
        return null;
    }

    /// <summary><c>01:02:03</c>, with milliseconds when the time has them (<c>00:00:31.211</c>).</summary>
    internal static string Format(TimeSpan time)
    {
        var whole = $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}";
        return time.Milliseconds == 0 ? whole : whole + "." + time.Milliseconds.ToString("000", CultureInfo.InvariantCulture);
    }
}
