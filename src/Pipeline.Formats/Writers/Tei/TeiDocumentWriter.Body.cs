namespace Pipeline.Formats.Writers.Tei;

/// <summary>The <c>text</c>: timeline, sections, blocks, inlines, and the footnotes nobody referred to.</summary>
internal sealed partial class TeiDocumentWriter
{
    private int blockNumber;
    private int turnNumber;

    private void WriteText()
    {
        Open("text");
        WriteFront();
        Open("body");
        WriteTimeline();

        var wroteDiv = false;
        foreach (var section in DocumentPasses.Of(document).Sections)
        {
            if (section.Heading is null)
            {
                if (section.Blocks.IsEmpty)
                    continue;
                Open("div");
                Attribute("type", "front");
                WriteDivContent(section.Blocks, "0");
                Close();
            }
            else
            {
                var number = section.Number.ToString(CultureInfo.InvariantCulture);
                blockNumber++;
                place = new Place("heading", Block: blockNumber);
                Open("div");
                Attribute("type", "section");
                Attribute("n", number);
                WriteHead(section.Heading);
                WriteDivContent(section.Blocks, number);
                Close();
            }

            wroteDiv = true;
        }

        if (!wroteDiv)
        {
            // body must hold a division or a paragraph-like element: an empty document gets an empty front division.
            Open("div");
            Attribute("type", "front");
            Close();
        }

        Close();
        WriteBack();
        Close();
    }

    private void WriteTimeline()
    {
        if (timeline.Count == 0)
            return;
        var origin = timeline[0];
        Open("timeline");
        Attribute("unit", "s");
        Pointer("origin", origin);
        foreach (var (ms, id) in timeline)
        {
            Open("when");
            XmlId(id);
            if (ms != 0)
            {
                Attribute("interval", Seconds(ms));
                Pointer("since", origin);
            }

            Close();
        }

        Close();
    }

    /// <summary>A division's blocks; headings of level 2 and deeper open nested <c>div[@type='subsection']</c>s that run
    /// to the next heading of the same or a higher level (so no block ever follows a nested division, as TEI requires).</summary>
    private void WriteDivContent(ImmutableArray<Block> blocks, string number)
    {
        var open = new List<(int Level, string Number, int Children)> { (1, number, 0) };
        foreach (var block in blocks)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            blockNumber++;
            if (block is Heading heading)
            {
                place = new Place("heading", Block: blockNumber);
                var level = Math.Max(2, heading.Level);
                while (open.Count > 1 && open[^1].Level >= level)
                {
                    Close();
                    open.RemoveAt(open.Count - 1);
                }

                var parent = open[^1];
                open[^1] = parent with { Children = parent.Children + 1 };
                var childNumber = parent.Number + "." + (parent.Children + 1).ToString(CultureInfo.InvariantCulture);
                Open("div");
                Attribute("type", "subsection");
                Attribute("n", childNumber);
                WriteHead(heading);
                open.Add((level, childNumber, 0));
                continue;
            }

            WriteBlock(block);
        }

        for (var i = open.Count - 1; i > 0; i--)
            Close();
    }

    private void WriteHead(Heading heading)
    {
        OpenMixed("head");
        WriteInlines(heading.Content);
        EndMixed();
    }

    private void WriteBlock(Block block)
    {
        switch (block)
        {
            case Paragraph paragraph:
                place = new Place("paragraph", Block: blockNumber);
                OpenMixed("p");
                WriteInlines(paragraph.Content);
                EndMixed();
                break;
            case Turn turn:
                place = new Place("turn by", turn.SpeakerId, blockNumber);
                OpenMixed("u");
                WriteTurnLinks(turnNumber++);
                Pointer("who", personIds[turn.SpeakerId]);
                if (turn.Start is { } start)
                    Pointer("start", TimeId(start));
                Attribute("ana", turn.Attribution switch
                {
                    SpeakerAttribution.Paraphrased => "#" + ParaphraseCategory,
                    SpeakerAttribution.Inferred => "#" + InferredCategory,
                    _ => null,
                });
                WriteParagraphs(turn.Paragraphs, "seg");
                EndMixed();
                break;
            case EditorialNote note:
                place = new Place(NoteKindNames.TryGetValue(note.Kind, out var kind) ? kind : note.Kind.ToString().ToLowerInvariant(), Block: blockNumber);
                if (note.Kind == EditorialNoteKind.StageDirection)
                {
                    OpenMixed("stage");
                }
                else
                {
                    OpenMixed("note");
                    Attribute("type", "editorial");
                    Attribute("subtype", note.Kind switch
                    {
                        EditorialNoteKind.Preamble => "preamble",
                        EditorialNoteKind.Summary => "summary",
                        _ => "aside",
                    });
                }

                WriteParagraphs(note.Paragraphs, "p");
                EndMixed();
                break;
            case Heading:
                throw new InvalidOperationException("Headings are written by the division code.");
            default:
                throw new NotSupportedException($"Unknown block {block.GetType().Name}.");
        }
    }

    /// <summary>The <c>xml:id</c> of a <c>u</c> that is one part of a split turn, and its <c>@prev</c>/<c>@next</c>.</summary>
    private void WriteTurnLinks(int index)
    {
        if (!turnLinks.TryGetValue(index, out var link))
            return;
        XmlId(link.Id);
        if (link.Prev is not null)
            Pointer("prev", link.Prev);
        if (link.Next is not null)
            Pointer("next", link.Next);
    }

    /// <summary>One paragraph goes straight into the open element; several each get a <paramref name="wrapper"/>.</summary>
    private void WriteParagraphs(ImmutableArray<Paragraph> paragraphs, string wrapper)
    {
        var items = Items(paragraphs);
        if (items.Length == 1)
        {
            WriteInlines(items[0].Content);
            return;
        }

        foreach (var paragraph in items)
        {
            Inline(wrapper);
            WriteInlines(paragraph.Content);
            xml.WriteEndElement();
        }
    }

    private void WriteInlines(ImmutableArray<Inline> inlines)
    {
        foreach (var inline in Items(inlines))
        {
            switch (inline)
            {
                case Text text:
                    Text(text.Value);
                    break;
                case Emphasis emphasis:
                    Inline("hi");
                    Attribute("rend", "italic");
                    WriteInlines(emphasis.Content);
                    xml.WriteEndElement();
                    break;
                case Strong strong:
                    Inline("hi");
                    Attribute("rend", "bold");
                    WriteInlines(strong.Content);
                    xml.WriteEndElement();
                    break;
                case Quote quote:
                    Inline("q");
                    WriteInlines(quote.Content);
                    xml.WriteEndElement();
                    break;
                case Link link:
                    Inline("ref");
                    var target = TeiVocabulary.Uri(Clean(link.Target));
                    if (target.Length > 0)
                        Attribute("target", target);
                    WriteInlines(link.Content);
                    xml.WriteEndElement();
                    break;
                case FootnoteReference reference:
                    WriteFootnoteReference(reference);
                    break;
                case Incident incident:
                    WriteIncident(incident);
                    break;
                case Timestamp timestamp:
                    // time (not an empty anchor) keeps the source's notation visible as text, as every other writer does.
                    Inline("time");
                    Pointer("synch", TimeId(timestamp.Time));
                    xml.WriteString(timestamp.Original);
                    xml.WriteEndElement();
                    break;
                case LineBreak:
                    Inline("lb");
                    xml.WriteEndElement();
                    break;
                default:
                    throw new NotSupportedException($"Unknown inline {inline.GetType().Name}.");
            }
        }
    }

    private void WriteIncident(Incident incident)
    {
        var description = incident.Description ?? "";
        switch (incident.Kind)
        {
            case IncidentKind.Inaudible:
                Inline("gap");
                Attribute("reason", "inaudible");
                Description(description);
                xml.WriteEndElement();
                break;
            case IncidentKind.Pause when IsBarePause(description):
                Inline("pause");
                xml.WriteEndElement();
                break;
            default:
                // pause is empty in TEI; a pause with its own wording ("long pause") keeps the words in an incident.
                var (element, type) = incident.Kind switch
                {
                    IncidentKind.Laughter => ("vocal", "laughter"),
                    IncidentKind.Crosstalk => ("vocal", "crosstalk"),
                    IncidentKind.Applause => ("kinesic", "applause"),
                    IncidentKind.Noise => ("incident", "noise"),
                    IncidentKind.Pause => ("incident", "pause"),
                    _ => ("incident", (string?)null),
                };
                Spoken(element, type, description);
                break;
        }
    }

    /// <summary>Whether a pause's wording says nothing beyond "pause", so the empty <c>pause</c> element loses nothing.</summary>
    internal static bool IsBarePause(string? description) =>
        string.IsNullOrWhiteSpace(description) || string.Equals(description.Trim(), "pause", StringComparison.OrdinalIgnoreCase);

    private void Spoken(string element, string? type, string description)
    {
        Inline(element);
        Attribute("type", type);
        Description(description);
        xml.WriteEndElement();
    }

    private void Description(string description)
    {
        if (string.IsNullOrWhiteSpace(description))
            return;
        Inline("desc");
        Text(description);
        xml.WriteEndElement();
    }

    /// <summary>The footnote's body as a note at the marker; a later reference to the same footnote is a <c>ptr</c> to it.</summary>
    private void WriteFootnoteReference(FootnoteReference reference)
    {
        if (!footnotes.TryGetValue(reference.FootnoteId, out var footnote))
        {
            if (reportedMissingFootnotes.Add(reference.FootnoteId))
            {
                context.Report(Diagnostic.Warning(DiagnosticCode.FootnoteReferenceUnresolved,
                    $"TEI: footnote reference '{reference.FootnoteId}' (marker '{reference.Marker}') has no footnote; wrote an empty note.").With("format", "tei").With("footnote", reference.FootnoteId).With("marker", reference.Marker));
            }

            Inline("note");
            Attribute("place", "foot");
            Attribute("n", reference.Marker);
            xml.WriteEndElement();
            return;
        }

        var id = footnoteIds[footnote.Id];
        if (!writtenFootnotes.Add(footnote.Id))
        {
            Inline("ptr");
            Attribute("type", "footnote");
            Pointer("target", id);
            Attribute("n", reference.Marker);
            xml.WriteEndElement();
            return;
        }

        Inline("note");
        WriteFootnote(footnote, id, reference.Marker);
    }

    /// <summary>The attributes and content of a footnote's note (already started) and its end tag.</summary>
    private void WriteFootnote(Footnote footnote, string id, string marker)
    {
        var outer = place;
        XmlId(id);
        Attribute("place", "foot");
        Attribute("n", marker);
        place = new Place("footnote", footnote.Id);
        WriteParagraphs(footnote.Paragraphs, "p");
        xml.WriteEndElement();
        place = outer;
    }

    /// <summary>Footnotes that no marker refers to: kept, in <c>back</c>, so no word is lost; then the word index, when
    /// it is to be written.</summary>
    private void WriteBack()
    {
        var unreferenced = Items(document.Footnotes)
            .Where(f => footnoteIds.ContainsKey(f.Id) && !writtenFootnotes.Contains(f.Id))
            .Select(f => footnotes[f.Id])
            .Distinct()
            .ToList();
        var index = IndexToWrite;
        if (unreferenced.Count == 0 && index is null)
            return;
        Open("back");
        foreach (var footnote in unreferenced)
        {
            // a footnote may already have been written inside another unreferenced one
            if (!writtenFootnotes.Add(footnote.Id))
                continue;
            context.Report(Diagnostic.Info(DiagnosticCode.FootnoteInBack, $"TEI: footnote '{footnote.Id}' is not referred to in the text; written in back.").With("footnote", footnote.Id));
            OpenMixed("note");
            WriteFootnote(footnote, footnoteIds[footnote.Id], footnote.Marker);
        }

        if (index is not null)
            WriteIndex(index);
        Close();
    }
}
