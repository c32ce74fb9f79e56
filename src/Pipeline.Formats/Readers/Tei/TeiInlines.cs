namespace Pipeline.Formats.Readers.Tei;

/// <summary>Phrase-level TEI as model inlines: <c>hi</c>/<c>emph</c>, <c>q</c>, <c>ref</c>, footnotes and their
/// <c>ptr</c>s, incidents, <c>time[@synch]</c>, <c>lb</c>. Elements with no model counterpart give their text.</summary>
internal sealed class TeiInlines(TeiTimeline timeline, TeiFootnotes footnotes)
{
    /// <summary>Elements that carry no text of the transcript.</summary>
    private static readonly HashSet<string> Silent = new(StringComparer.Ordinal) { "pb", "cb", "milestone", "anchor", "timeline", "fw" };

    /// <summary>One paragraph from the nodes, trimmed at both ends.</summary>
    public Paragraph Paragraph(IEnumerable<XNode> nodes) => new(Trim(Read(nodes)));

    /// <summary>The paragraphs of an element: each <c>p</c>, <c>seg</c> or <c>ab</c> child is one, and so is each run of
    /// other content between them; an element with no content gives one empty paragraph.</summary>
    public ImmutableArray<Paragraph> Paragraphs(XElement element)
    {
        var paragraphs = new List<Paragraph>();
        var loose = new List<XNode>();
        foreach (var node in element.Nodes())
        {
            if (node is XElement child && IsParagraph(child))
            {
                FlushLoose(paragraphs, loose);
                paragraphs.Add(Paragraph(child.Nodes()));
            }
            else
            {
                loose.Add(node);
            }
        }

        FlushLoose(paragraphs, loose);
        return paragraphs.Count == 0 ? [new Paragraph([])] : [.. paragraphs];
    }

    public static bool IsParagraph(XElement element) => element.Name.LocalName is "p" or "seg" or "ab";

    /// <summary>Adds the pending content between paragraph elements as a paragraph of its own, unless it is only layout
    /// (white space, a page break).</summary>
    public void FlushLoose(List<Paragraph> paragraphs, List<XNode> loose)
    {
        if (loose.Any(n => n is XElement || (n is XText t && !string.IsNullOrWhiteSpace(t.Value))) && Paragraph(loose) is { Content.IsEmpty: false } paragraph)
            paragraphs.Add(paragraph);
        loose.Clear();
    }

    public ImmutableArray<Inline> Read(IEnumerable<XNode> nodes)
    {
        var inlines = new List<Inline>();
        foreach (var node in nodes)
        {
            if (node is XText text)
                inlines.Add(new Core.Model.Text(TeiText.Layout(text.Value)));
            else if (node is XElement element)
                Add(inlines, element);
        }

        return InlineEdit.Merge(inlines);
    }

    private void Add(List<Inline> inlines, XElement element)
    {
        switch (element.Name.LocalName)
        {
            case "hi":
                var rend = element.Attr("rend") ?? "";
                if (rend.Contains("bold", StringComparison.OrdinalIgnoreCase) || rend.Contains("strong", StringComparison.OrdinalIgnoreCase))
                    inlines.Add(new Strong(Read(element.Nodes())));
                else
                    inlines.Add(new Emphasis(Read(element.Nodes())));
                break;
            case "emph":
                inlines.Add(new Emphasis(Read(element.Nodes())));
                break;
            case "q" or "quote" or "said":
                inlines.Add(new Quote(Read(element.Nodes())));
                break;
            case "ref":
                inlines.Add(new Link(element.Attr("target") ?? "", Read(element.Nodes())));
                break;
            case "note" when TeiFootnotes.IsFootnote(element):
                inlines.Add(footnotes.Add(element, Paragraphs));
                break;
            case "note":
                inlines.Add(new Incident(IncidentKind.Other, TeiText.Plain(element)));
                break;
            case "ptr" when element.Attr("type") == "footnote" && element.Attr("target") is { } target:
                inlines.Add(new FootnoteReference(target.Trim().TrimStart('#'), element.Attr("n") ?? ""));
                break;
            case "ptr" when element.Attr("target") is { } target:
                inlines.Add(new Link(target, []));
                break;
            case "time" when timeline.Resolve(element.Attr("synch")) is { } time:
                inlines.Add(new Timestamp(time, element.Value));
                break;
            case "lb":
                inlines.Add(new LineBreak());
                break;
            case "choice":
                var chosen = element.Elements().FirstOrDefault(e => e.Name.LocalName is "corr" or "reg" or "expan") ?? element.Elements().FirstOrDefault();
                if (chosen is not null)
                    inlines.AddRange(Read(chosen.Nodes()));
                break;
            case var name when Silent.Contains(name):
                break;
            default:
                if (TeiIncidents.IsIncident(element))
                    inlines.Add(TeiIncidents.Read(element));
                else
                    inlines.AddRange(Read(element.Nodes()));
                break;
        }
    }

    private static ImmutableArray<Inline> Trim(ImmutableArray<Inline> inlines)
    {
        var list = inlines.ToList();
        if (list.Count > 0 && list[0] is Core.Model.Text first)
            list[0] = new Core.Model.Text(first.Value.TrimStart(' ', '\t', '\r', '\n'));
        if (list.Count > 0 && list[^1] is Core.Model.Text last)
            list[^1] = new Core.Model.Text(last.Value.TrimEnd(' ', '\t', '\r', '\n'));
        return [.. list.Where(i => i is not Core.Model.Text { Value.Length: 0 })];
    }
}
