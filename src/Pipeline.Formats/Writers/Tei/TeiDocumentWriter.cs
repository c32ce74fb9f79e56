using Pipeline.Core.Chars;

namespace Pipeline.Formats.Writers.Tei;

/// <summary>One TEI write: the per-document state behind <see cref="TeiWriter"/> (ids, timeline, footnotes,
/// removed characters) and the XML plumbing.</summary>
/// <remarks>Layout: element-only containers (header parts, <c>body</c>, <c>div</c>, <c>listPerson</c>, …) put each
/// child on its own line, indented by two spaces. Elements that may hold text (<c>u</c>, <c>p</c>, <c>head</c>,
/// <c>note</c>, <c>title</c>, …) are written on one line with no whitespace added inside them, so indentation never
/// changes their content.</remarks>
internal sealed partial class TeiDocumentWriter
{
    private const string ParaphraseCategory = "paraphrase";
    private const string InferredCategory = "inferred";
    private const int MaxReportedPlaces = 10;

    private static readonly Dictionary<EditorialNoteKind, string> NoteKindNames =
        Enum.GetValues<EditorialNoteKind>().ToDictionary(kind => kind, kind => kind.ToString().ToLowerInvariant());

    private readonly TranscriptDocument document;
    private readonly WriterContext context;
    private readonly TeiIds ids = new();

    /// <summary>Model participant id → <c>xml:id</c> of its <c>person</c>.</summary>
    private readonly Dictionary<string, string> personIds = new(StringComparer.Ordinal);

    /// <summary>The persons to list, in order: the participants, then speakers the participant list lacks.</summary>
    private readonly List<(string XmlId, Participant Participant)> persons = [];

    /// <summary>Milliseconds from the start → <c>xml:id</c> of its <c>when</c>, in time order.</summary>
    private readonly SortedDictionary<long, string> timeline = [];

    private readonly Dictionary<string, Footnote> footnotes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> footnoteIds = new(StringComparer.Ordinal);

    /// <summary>Position of a turn among the turns → its <c>u</c>'s <c>xml:id</c> and links, for the parts of split turns.</summary>
    private readonly Dictionary<int, TurnLink> turnLinks = [];
    private readonly HashSet<string> writtenFootnotes = new(StringComparer.Ordinal);
    private readonly HashSet<string> reportedMissingFootnotes = new(StringComparer.Ordinal);

    private readonly Dictionary<string, int> removedByPlace = new(StringComparer.Ordinal);
    private readonly List<string> removedPlaces = [];
    private readonly List<bool> openHasChildren = [];
    private readonly List<string> indents = [];

    private TeiXmlWriter xml = null!;
    private Place place = new("metadata");
    private int removedTotal;

    public TeiDocumentWriter(TranscriptDocument document, WriterContext context)
    {
        this.document = document;
        this.context = context;
    }

    public void Write(Stream output)
    {
        Prepare();
        using (xml = new TeiXmlWriter(output))
        {
            xml.WriteStartDocument();
            Open("TEI");
            xml.WriteXmlAttribute("lang", Language);
            WriteHeader();
            WriteText();
            Close();
        }

        output.WriteByte((byte)'\n');
        ReportRemovedCharacters();
    }

    // ---- Pre-pass: ids, speakers, timeline, footnotes ----

    private void Prepare()
    {
        PrepareMetadata();
        ids.Reserve(ParaphraseCategory);
        ids.Reserve(InferredCategory);

        CollectTimes();
        if (timeline.Count > 0)
        {
            timeline[0] = ids.Reserve("T0");
            foreach (var ms in timeline.Keys.Where(ms => ms != 0).ToList())
                timeline[ms] = ids.Claim("T" + Seconds(ms), "T" + ms.ToString(CultureInfo.InvariantCulture));
        }

        var index = 0;
        foreach (var participant in Items(document.Participants))
        {
            index++;
            if (personIds.ContainsKey(participant.Id))
            {
                context.Report(Diagnostic.Warning(DiagnosticCode.DuplicateParticipantId, $"TEI: participant id '{participant.Id}' appears twice; turns point to the first.").With("format", "tei").With("participant", participant.Id));
            }

            var xmlId = ids.Claim(participant.Id, "person" + index.ToString(CultureInfo.InvariantCulture));
            if (!string.Equals(xmlId, participant.Id, StringComparison.Ordinal) && !personIds.ContainsKey(participant.Id))
                context.Report(Diagnostic.Info(DiagnosticCode.ParticipantIdRenamed, $"TEI: participant id '{participant.Id}' is written as xml:id '{xmlId}'.").With("participant", participant.Id).With("xmlId", xmlId));
            personIds.TryAdd(participant.Id, xmlId);
            persons.Add((xmlId, participant));
        }

        foreach (var turn in Items(document.Blocks).OfType<Turn>())
        {
            if (personIds.ContainsKey(turn.SpeakerId))
                continue;
            index++;
            var xmlId = ids.Claim(turn.SpeakerId, "person" + index.ToString(CultureInfo.InvariantCulture));
            personIds.Add(turn.SpeakerId, xmlId);
            persons.Add((xmlId, new Participant(turn.SpeakerId, turn.SpeakerId, null, null, [])));
            context.Report(Diagnostic.Warning(DiagnosticCode.UnknownSpeaker,
                $"TEI: speaker '{turn.SpeakerId}' is not among the participants; listed as person '{xmlId}' with that id as name.").With("format", "tei").With("speaker", turn.SpeakerId));
        }

        var footnoteIndex = 0;
        foreach (var footnote in Items(document.Footnotes))
        {
            footnoteIndex++;
            if (!footnotes.TryAdd(footnote.Id, footnote))
            {
                context.Report(Diagnostic.Warning(DiagnosticCode.DuplicateFootnoteId, $"TEI: footnote id '{footnote.Id}' appears twice; the first is used.").With("format", "tei").With("footnote", footnote.Id));
                continue;
            }

            footnoteIds.Add(footnote.Id, ids.Claim(footnote.Id, "fn" + footnoteIndex.ToString(CultureInfo.InvariantCulture)));
        }

        PrepareTurnLinks();
    }

    /// <summary>A turn that <see cref="Turn.Continues"/> the one before it and that one are written as two <c>u</c> with
    /// <c>xml:id</c>s, linked by <c>@next</c> and <c>@prev</c> (att.global.linking): one utterance that a heading split.
    /// Keyed by the turn's position among the turns.</summary>
    private void PrepareTurnLinks()
    {
        var turns = Items(document.Blocks).OfType<Turn>().ToList();
        for (var i = 1; i < turns.Count; i++)
        {
            if (!turns[i].Continues)
                continue;
            if (turns[i].SpeakerId != turns[i - 1].SpeakerId)
            {
                context.Report(Diagnostic.Warning(DiagnosticCode.ContinuationOfOtherSpeaker, $"TEI: turn {i + 1} by '{turns[i].SpeakerId}' is marked as continuing turn {i} by '{turns[i - 1].SpeakerId}'; written as a turn of its own.").With("turn", i + 1).With("speaker", turns[i].SpeakerId));
                continue;
            }

            var previous = Link(i - 1);
            var current = Link(i);
            turnLinks[i - 1] = previous with { Next = current.Id };
            turnLinks[i] = current with { Prev = previous.Id };
        }

        TurnLink Link(int index) => turnLinks.TryGetValue(index, out var link) ? link
            : turnLinks[index] = new TurnLink(ids.Claim("u" + (index + 1).ToString(CultureInfo.InvariantCulture), "u"), null, null);
    }

    private void CollectTimes()
    {
        foreach (var block in Items(document.Blocks))
        {
            switch (block)
            {
                case Turn turn:
                    if (turn.Start is { } start)
                        timeline[Milliseconds(start)] = "";
                    CollectTimes(turn.Paragraphs);
                    break;
                case EditorialNote note:
                    CollectTimes(note.Paragraphs);
                    break;
                case Heading heading:
                    CollectTimes(heading.Content);
                    break;
                case Paragraph paragraph:
                    CollectTimes(paragraph.Content);
                    break;
                default:
                    throw new NotSupportedException($"Unknown block {block.GetType().Name}.");
            }
        }

        foreach (var footnote in Items(document.Footnotes))
            CollectTimes(footnote.Paragraphs);
    }

    private void CollectTimes(ImmutableArray<Paragraph> paragraphs)
    {
        foreach (var paragraph in Items(paragraphs))
            CollectTimes(paragraph.Content);
    }

    /// <summary>The times of the timestamps in <paramref name="inlines"/>: a loop over the list, and the walk (an explicit
    /// stack, safe for deep nesting) only into the inlines that have children.</summary>
    private void CollectTimes(ImmutableArray<Inline> inlines)
    {
        foreach (var inline in Items(inlines))
        {
            if (inline is Timestamp timestamp)
                timeline[Milliseconds(timestamp.Time)] = "";
            else if (inline is Emphasis or Strong or Quote or Link && Walk.Children(inline) is { IsDefaultOrEmpty: false } children)
            {
                foreach (var nested in Walk.Inlines(children))
                {
                    if (nested is Timestamp inner)
                        timeline[Milliseconds(inner.Time)] = "";
                }
            }
        }
    }

    private static long Milliseconds(TimeSpan time) => (long)Math.Round(time.TotalMilliseconds, MidpointRounding.AwayFromZero);

    /// <summary>Seconds for <c>@interval</c> and ids: <c>754</c>, <c>754.5</c>.</summary>
    private static string Seconds(long milliseconds) => (milliseconds / 1000m).ToString("0.###", CultureInfo.InvariantCulture);

    private string TimeId(TimeSpan time) => timeline[Milliseconds(time)];

    // ---- XML plumbing ----

    /// <summary>Starts an element-only container (or an empty element) on a new line.</summary>
    private void Open(string name)
    {
        NewLine();
        xml.WriteStartElement(name);
        openHasChildren.Add(false);
    }

    /// <summary>Ends what <see cref="Open"/> started; the end tag goes on its own line when there were children.</summary>
    private void Close()
    {
        var hadChildren = openHasChildren[^1];
        openHasChildren.RemoveAt(openHasChildren.Count - 1);
        if (hadChildren)
            NewLine();
        xml.WriteEndElement();
    }

    /// <summary>Starts, on a new line, an element that may hold text: nothing inside it is indented. End it with
    /// <see cref="EndMixed"/>.</summary>
    private void OpenMixed(string name)
    {
        NewLine();
        xml.WriteStartElement(name);
    }

    private void EndMixed() => xml.WriteEndElement();

    /// <summary>A one-line element with text content: <c>&lt;name&gt;text&lt;/name&gt;</c>.</summary>
    private void Line(string name, string text, params (string Name, string? Value)[] attributes)
    {
        OpenMixed(name);
        foreach (var (attributeName, value) in attributes)
            Attribute(attributeName, value);
        Text(text);
        EndMixed();
    }

    /// <summary>Starts an element inside mixed content (no whitespace added).</summary>
    private void Inline(string name) => xml.WriteStartElement(name);

    private void NewLine()
    {
        if (openHasChildren.Count > 0)
            openHasChildren[^1] = true;
        var depth = openHasChildren.Count;
        while (indents.Count <= depth)
            indents.Add("\n" + new string(' ', indents.Count * 2));
        xml.WriteString(indents[depth]);
    }

    private void Attribute(string name, string? value)
    {
        if (value is null)
            return;
        xml.WriteAttribute(name, Clean(value));
    }

    /// <summary>An attribute pointing to an <c>xml:id</c> of this file: <c>#id</c> (ids need no cleaning).</summary>
    private void Pointer(string name, string id) => xml.WritePointer(name, id);

    private void XmlId(string id) => xml.WriteXmlAttribute("id", id);

    private void Text(string text)
    {
        var clean = Clean(text);
        if (clean.Length > 0)
            xml.WriteString(clean);
    }

    /// <summary>The text without the characters XML 1.0 forbids; counts what went, by <see cref="place"/>.</summary>
    private string Clean(string text)
    {
        var clean = XmlChars.Clean(text, out var removed);
        if (removed > 0)
        {
            removedTotal += removed;
            var where = place.ToString();
            if (removedByPlace.TryGetValue(where, out var count))
            {
                removedByPlace[where] = count + removed;
            }
            else
            {
                removedByPlace[where] = removed;
                removedPlaces.Add(where);
            }
        }

        return clean;
    }

    private void ReportRemovedCharacters()
    {
        if (removedTotal == 0)
            return;
        var shown = removedPlaces.Take(MaxReportedPlaces).Select(p => $"{removedByPlace[p]} in {p}");
        var more = removedPlaces.Count > MaxReportedPlaces ? $" and {removedPlaces.Count - MaxReportedPlaces} more places" : "";
        var noun = removedTotal == 1 ? "character" : "characters";
        context.Report(Diagnostic.Warning(DiagnosticCode.CharactersRemoved,
            $"TEI: removed {removedTotal} {noun} that XML 1.0 does not allow ({string.Join(", ", shown)}{more}).").With("format", "tei").With("count", removedTotal));
    }

    private static ImmutableArray<T> Items<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    /// <summary>Where the writer is, for the report of removed characters (<c>block 12 (turn by IV)</c>, <c>footnote 3</c>,
    /// <c>metadata title</c>): put together only when characters are removed there.</summary>
    private readonly record struct Place(string What, string? Detail = null, int Block = 0)
    {
        public override string ToString()
        {
            var what = Detail is null ? What : What + " " + Detail;
            return Block == 0 ? what : $"block {Block} ({what})";
        }
    }

    /// <summary>The <c>xml:id</c> of one part of a split turn and the ids of the parts before and after it.</summary>
    private sealed record TurnLink(string Id, string? Prev, string? Next);
}
