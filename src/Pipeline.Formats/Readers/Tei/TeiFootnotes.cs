namespace Pipeline.Formats.Readers.Tei;

/// <summary>Footnotes (<c>note[@place='foot']</c>) in the order they are met: at their marker in the text, or in
/// <c>back</c> when nothing refers to them.</summary>
internal sealed class TeiFootnotes
{
    private readonly List<Footnote?> footnotes = [];
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    public static bool IsFootnote(XElement element) => element.Is("note") && element.Attr("place") is "foot" or "bottom" or "end";

    /// <summary>Reads a footnote's body and returns the reference that stands at its place.</summary>
    public FootnoteReference Add(XElement note, Func<XElement, ImmutableArray<Paragraph>> paragraphs)
    {
        var slot = footnotes.Count;
        footnotes.Add(null); // keeps its place before any footnote nested in its body
        var wanted = TeiText.XmlId(note) ?? "fn" + (slot + 1).ToString(CultureInfo.InvariantCulture);
        var id = wanted;
        for (var n = 2; !ids.Add(id); n++)
            id = wanted + "-" + n.ToString(CultureInfo.InvariantCulture);
        var marker = note.Attr("n") ?? (slot + 1).ToString(CultureInfo.InvariantCulture);
        footnotes[slot] = new Footnote(id, marker, paragraphs(note));
        return new FootnoteReference(id, marker);
    }

    public ImmutableArray<Footnote> Build() => [.. footnotes.OfType<Footnote>()];
}
