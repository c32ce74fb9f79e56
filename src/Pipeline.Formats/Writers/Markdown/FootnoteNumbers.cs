namespace Pipeline.Formats.Writers.Markdown;

/// <summary>Footnote numbers in order of first reference in the body; unreferenced footnotes follow in document order.</summary>
internal sealed class FootnoteNumbers
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

    private FootnoteNumbers(ImmutableArray<Footnote> ordered, int referencedCount)
    {
        Ordered = ordered;
        ReferencedCount = referencedCount;
        for (var i = 0; i < ordered.Length; i++)
            numbers[ordered[i].Id] = i + 1;
    }

    /// <summary>Footnotes in output order: number n is at index n-1.</summary>
    public ImmutableArray<Footnote> Ordered { get; }

    /// <summary>How many footnotes the body refers to; the rest have no marker in the text.</summary>
    public int ReferencedCount { get; }

    public int? NumberOf(string footnoteId) => numbers.TryGetValue(footnoteId, out var n) ? n : null;

    public static FootnoteNumbers Of(TranscriptDocument document)
    {
        var byId = new Dictionary<string, Footnote>(StringComparer.Ordinal);
        foreach (var footnote in document.Footnotes)
            byId.TryAdd(footnote.Id, footnote);
        var ordered = new List<Footnote>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document.Blocks)
        {
            foreach (var paragraph in ParagraphsOf(block))
                Collect(paragraph, byId, seen, ordered);
        }

        var referenced = ordered.Count;
        ordered.AddRange(document.Footnotes.Where(f => seen.Add(f.Id)));
        return new FootnoteNumbers([.. ordered], referenced);
    }

    private static IEnumerable<ImmutableArray<Inline>> ParagraphsOf(Block block) => block switch
    {
        Heading heading => [heading.Content],
        Paragraph paragraph => [paragraph.Content],
        Turn turn => turn.Paragraphs.Select(p => p.Content),
        EditorialNote note => note.Paragraphs.Select(p => p.Content),
        _ => throw new NotSupportedException($"Unknown block {block.GetType().Name}."),
    };

    private static void Collect(IEnumerable<Inline> inlines, Dictionary<string, Footnote> byId, HashSet<string> seen, List<Footnote> ordered)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case FootnoteReference reference:
                    if (byId.TryGetValue(reference.FootnoteId, out var footnote) && seen.Add(footnote.Id))
                        ordered.Add(footnote);
                    break;
                case Emphasis emphasis:
                    Collect(emphasis.Content, byId, seen, ordered);
                    break;
                case Strong strong:
                    Collect(strong.Content, byId, seen, ordered);
                    break;
                case Quote quote:
                    Collect(quote.Content, byId, seen, ordered);
                    break;
                case Link link:
                    Collect(link.Content, byId, seen, ordered);
                    break;
                case Text or Incident or Timestamp or LineBreak:
                    break;
                default:
                    throw new NotSupportedException($"Unknown inline {inline.GetType().Name}.");
            }
        }
    }
}
