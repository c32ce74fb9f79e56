namespace Pipeline.Formats.Writers.Pdf;

/// <summary>Footnote numbers in order of first reference; footnotes nothing refers to follow, in document order.</summary>
internal sealed class FootnoteNumbering
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

    private FootnoteNumbering()
    {
    }

    /// <summary>The footnotes with their numbers, in number order.</summary>
    public IReadOnlyList<(Footnote Footnote, int Number)> Ordered { get; private set; } = [];

    /// <summary>The number of a footnote, or null when the document has no footnote with that id.</summary>
    public int? NumberOf(string footnoteId) => numbers.TryGetValue(footnoteId, out var n) ? n : null;

    public static FootnoteNumbering Of(TranscriptDocument document)
    {
        var numbering = new FootnoteNumbering();
        var known = document.Footnotes.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var block in document.Blocks)
        {
            foreach (var inlines in InlinesOf(block))
                numbering.Visit(inlines, known);
        }

        foreach (var footnote in document.Footnotes)
        {
            foreach (var paragraph in footnote.Paragraphs)
                numbering.Visit(paragraph.Content, known);
        }

        foreach (var footnote in document.Footnotes)
            numbering.numbers.TryAdd(footnote.Id, numbering.numbers.Count + 1);
        numbering.Ordered = document.Footnotes
            .DistinctBy(f => f.Id, StringComparer.Ordinal)
            .Select(f => (f, numbering.numbers[f.Id]))
            .OrderBy(x => x.Item2)
            .ToList();
        return numbering;
    }

    private static IEnumerable<IEnumerable<Inline>> InlinesOf(Block block) => block switch
    {
        Heading heading => [heading.Content],
        Paragraph paragraph => [paragraph.Content],
        Turn turn => turn.Paragraphs.Select(p => (IEnumerable<Inline>)p.Content),
        EditorialNote note => note.Paragraphs.Select(p => (IEnumerable<Inline>)p.Content),
        _ => throw new NotSupportedException($"Unknown block {block.GetType().Name}."),
    };

    private void Visit(IEnumerable<Inline> inlines, HashSet<string> known)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case FootnoteReference reference when known.Contains(reference.FootnoteId):
                    numbers.TryAdd(reference.FootnoteId, numbers.Count + 1);
                    break;
                case Emphasis emphasis:
                    Visit(emphasis.Content, known);
                    break;
                case Strong strong:
                    Visit(strong.Content, known);
                    break;
                case Quote quote:
                    Visit(quote.Content, known);
                    break;
                case Link link:
                    Visit(link.Content, known);
                    break;
                default:
                    break;
            }
        }
    }
}
