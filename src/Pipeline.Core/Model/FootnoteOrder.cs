namespace Pipeline.Core.Model;

/// <summary>Footnote numbers, the same in every writer: 1, 2, … in the order the body first refers to them, then
/// footnotes first referred to inside other footnotes (footnotes in model order), then footnotes nothing refers to,
/// in model order. One number per id: a second footnote with an id already seen is left out.</summary>
public sealed class FootnoteOrder
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly HashSet<string> markedInBody = new(StringComparer.Ordinal);

    private FootnoteOrder(ImmutableArray<Footnote> ordered, IEnumerable<string> markedInBody)
    {
        Ordered = ordered;
        for (var i = 0; i < ordered.Length; i++)
            numbers[ordered[i].Id] = i + 1;
        this.markedInBody.UnionWith(markedInBody);
    }

    /// <summary>The footnotes in number order: number n is at index n-1.</summary>
    public ImmutableArray<Footnote> Ordered { get; }

    /// <summary>The footnote's number, or null when the document has no footnote with that id.</summary>
    public int? NumberOf(string footnoteId) => numbers.TryGetValue(footnoteId, out var n) ? n : null;

    /// <summary>Whether a marker in the body (not in another footnote) refers to the footnote.</summary>
    public bool IsMarkedInBody(string footnoteId) => markedInBody.Contains(footnoteId);

    /// <summary>The numbering of <paramref name="document"/>'s footnotes.</summary>
    public static FootnoteOrder Of(TranscriptDocument document)
    {
        var byId = new Dictionary<string, Footnote>(StringComparer.Ordinal);
        var footnotes = document.Footnotes.IsDefault ? [] : document.Footnotes;
        foreach (var footnote in footnotes)
            byId.TryAdd(footnote.Id, footnote);
        var ordered = new List<Footnote>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Number(IEnumerable<Inline> inlines)
        {
            foreach (var reference in inlines.OfType<FootnoteReference>())
            {
                if (byId.TryGetValue(reference.FootnoteId, out var footnote) && seen.Add(footnote.Id))
                    ordered.Add(footnote);
            }
        }

        Number(Walk.BodyInlines(document));
        var inBody = ordered.Select(f => f.Id).ToList();
        foreach (var footnote in footnotes)
            Number(Walk.Inlines(footnote));
        ordered.AddRange(footnotes.Where(f => seen.Add(f.Id)));
        return new FootnoteOrder([.. ordered], inBody);
    }
}
