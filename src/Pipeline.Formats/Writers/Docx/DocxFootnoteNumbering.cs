namespace Pipeline.Formats.Writers.Docx;

/// <summary>Numbers footnotes 1, 2, … in the order the body first refers to them (Word's footnote ids).</summary>
/// <remarks>One instance per write.</remarks>
internal sealed class DocxFootnoteNumbering
{
    private readonly ImmutableArray<Footnote> footnotes;
    private readonly Dictionary<string, Footnote> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly List<Footnote> numbered = [];

    public DocxFootnoteNumbering(ImmutableArray<Footnote> footnotes)
    {
        this.footnotes = footnotes;
        foreach (var footnote in footnotes)
            byId.TryAdd(footnote.Id, footnote);
    }

    /// <summary>Ids that more than one footnote has; only the first of each is used.</summary>
    public IEnumerable<string> DuplicateIds => byId.Count == footnotes.Length
        ? []
        : footnotes.GroupBy(f => f.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

    /// <summary>The footnotes in number order (number = index + 1).</summary>
    public IReadOnlyList<Footnote> InNumberOrder => numbered;

    /// <summary>Footnotes no marker referred to, in the order of the model.</summary>
    public IEnumerable<Footnote> Unnumbered => byId.Count == numbers.Count
        ? []
        : footnotes.Where(f => !numbers.ContainsKey(f.Id) && ReferenceEquals(byId[f.Id], f));

    public Footnote? Find(string id) => byId.GetValueOrDefault(id);

    public int? NumberOf(string id) => numbers.TryGetValue(id, out var number) ? number : null;

    /// <summary>Gives the footnote the next number; it must not have one yet.</summary>
    public int Assign(Footnote footnote)
    {
        numbered.Add(footnote);
        var number = numbered.Count;
        numbers.Add(footnote.Id, number);
        return number;
    }
}
