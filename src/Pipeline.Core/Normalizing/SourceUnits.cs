namespace Pipeline.Core.Normalizing;

/// <summary>A paragraph, or several when a bracket opened in the first closes in a later one.</summary>
internal sealed class SourceUnit(List<List<SourceLine>> paragraphs)
{
    public List<List<SourceLine>> Paragraphs { get; } = paragraphs;

    public int Line => Paragraphs[0][0].Line;

    public SourceParagraphKind Kind { get; init; } = SourceParagraphKind.Text;

    public int HeadingLevel { get; init; }

    public SpeakerHint? Speaker { get; init; }

    /// <summary>See <see cref="SourceParagraph.NewSpeaker"/>.</summary>
    public bool NewSpeaker { get; init; }

    /// <summary>See <see cref="SourceParagraph.KeepsSpacing"/>.</summary>
    public bool KeepsSpacing { get; init; }

    private string? plainText;
    private bool? isBracketed;
    private List<ImmutableArray<Inline>>? innerParagraphs;

    /// <summary>The unit's text; computed once (the census, the footnote linker and the block builder each ask for it
    /// several times), until <see cref="ContentChanged"/> is called.</summary>
    public string PlainText => plainText ??= string.Join("\n\n", Paragraphs.Select(p => string.Join("\n", p.Select(l => InlineEdit.Plain(l.Content)))));

    /// <summary>True when the whole unit is one bracket (<c>[…]</c>, optionally followed by a colon).</summary>
    public bool IsBracketed => isBracketed ??= Kind == SourceParagraphKind.Text && Speaker is null && SourceUnits.IsWhollyBracketed(Paragraphs);

    /// <summary>Forgets the cached text after a line of <see cref="Paragraphs"/> was replaced.</summary>
    public void ContentChanged()
    {
        plainText = null;
        isBracketed = null;
        innerParagraphs = null;
    }

    /// <summary>The paragraphs inside the brackets, each as one joined inline sequence: joined once (the census, the
    /// footnote linker and the block builder each ask), until <see cref="ContentChanged"/>; each caller gets its own list,
    /// which it may edit.</summary>
    public List<ImmutableArray<Inline>> InnerParagraphs() => [.. innerParagraphs ??= JoinInnerParagraphs()];

    /// <summary>The first of <see cref="InnerParagraphs"/>, or default when there is none: for callers that only look at it,
    /// without a copy of the list.</summary>
    public ImmutableArray<Inline> FirstInnerParagraph() => (innerParagraphs ??= JoinInnerParagraphs()) is [var first, ..] ? first : default;

    private List<ImmutableArray<Inline>> JoinInnerParagraphs()
    {
        var result = Paragraphs.Select(p => InlineEdit.Trim(InlineEdit.JoinLines(p.Select(l => l.Content)))).ToList();
        result[0] = InlineEdit.DropStart(result[0], 1);
        var last = InlineEdit.Plain(result[^1]);
        result[^1] = InlineEdit.DropEnd(result[^1], last.Length - last.LastIndexOf(']'));
        return [.. result.Select(InlineEdit.Trim).Where(p => !p.IsEmpty)];
    }
}

/// <summary>Groups source paragraphs into units and answers questions about their shape.</summary>
internal static class SourceUnits
{
    private const int MaxBracketParagraphs = 30;

    public static List<SourceUnit> Group(ImmutableArray<SourceParagraph> paragraphs, List<Diagnostic> diagnostics)
    {
        var units = new List<SourceUnit>();
        var list = paragraphs.Where(p => p.Lines.Any(l => !string.IsNullOrWhiteSpace(InlineEdit.Plain(l.Content)))).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var first = list[i];
            if (first.Kind != SourceParagraphKind.Text || first.Speaker is not null)
            {
                units.Add(new SourceUnit([[.. first.Lines]]) { Kind = first.Kind, HeadingLevel = first.HeadingLevel, Speaker = first.Speaker, KeepsSpacing = first.KeepsSpacing });
                continue;
            }

            var (depth, opensWithBracket) = Brackets(first);
            if (!opensWithBracket || depth <= 0)
            {
                units.Add(new SourceUnit([[.. first.Lines]]) { NewSpeaker = first.NewSpeaker, KeepsSpacing = first.KeepsSpacing });
                continue;
            }

            var end = i;
            while (depth > 0 && end + 1 < list.Count && end - i < MaxBracketParagraphs && list[end + 1].Kind == SourceParagraphKind.Text && list[end + 1].Speaker is null)
            {
                end++;
                depth += Brackets(list[end]).Depth;
            }

            if (depth != 0)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCode.UnclosedBracket, "'[' is never closed; read as plain text", first.Line));
                units.Add(new SourceUnit([[.. first.Lines]]) { NewSpeaker = first.NewSpeaker, KeepsSpacing = first.KeepsSpacing });
                continue;
            }

            units.Add(new SourceUnit([.. list.Skip(i).Take(end - i + 1).Select(p => p.Lines.ToList())]) { NewSpeaker = first.NewSpeaker, KeepsSpacing = first.KeepsSpacing });
            i = end;
        }

        return units;
    }

    /// <summary>Whether one bracket encloses the whole text of <paramref name="paragraphs"/> (a colon or full stop may follow
    /// it). Read line by line, not from the text joined: the line breaks that would join it are white space, which counts
    /// nowhere but before the bracket and after it, and most units answer at their first character.</summary>
    public static bool IsWhollyBracketed(List<List<SourceLine>> paragraphs)
    {
        var depth = 0;
        var closed = false;
        var after = '\0';
        foreach (var lines in paragraphs)
        {
            foreach (var line in lines)
            {
                var text = InlineEdit.Plain(line.Content).AsSpan();
                for (var i = 0; i < text.Length; i++)
                {
                    if (depth > 0)
                    {
                        // Inside the bracket only the brackets count: the next one is found by a vectorised search.
                        var next = text[i..].IndexOfAny('[', ']');
                        if (next < 0)
                            break;
                        i += next;
                        if (text[i] == '[')
                            depth++;
                        else if (--depth == 0)
                            closed = true;
                        continue;
                    }

                    var c = text[i];
                    if (closed || char.IsWhiteSpace(c))
                    {
                        // Before the bracket only white space; after it only white space and one colon or full stop.
                        if (char.IsWhiteSpace(c))
                            continue;
                        if (after != '\0' || c is not ':' and not '.')
                            return false;
                        after = c;
                        continue;
                    }

                    if (c != '[')
                        return false;
                    depth++;
                }
            }
        }

        return closed;
    }

    /// <summary>A first line that reads as a title: one short line, no brackets around it, no speaker label.</summary>
    /// <remarks>The census (<paramref name="labels"/>) is taken only when the line could be a label at all.</remarks>
    public static bool LooksLikeTitle(SourceUnit unit, Func<LabelCensus> labels)
    {
        if (unit.Paragraphs.Count != 1 || unit.Paragraphs[0].Count != 1 || unit.Speaker is not null)
            return false;
        var text = unit.PlainText.Trim();
        if (text.Length is 0 or > 300 || text.StartsWith('[') || text.StartsWith('(') || text.EndsWith('?'))
            return false;
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 40)
            return false;
        return SpeakerLabelParser.Match(text) is null || labels().LabelAt(text) is null;
    }

    /// <summary>How many more brackets the paragraph opens than it closes, and whether its text starts with one (after white
    /// space): read line by line, with no copy of its text joined.</summary>
    private static (int Depth, bool OpensWithBracket) Brackets(SourceParagraph paragraph)
    {
        var depth = 0;
        char? first = null;
        foreach (var line in paragraph.Lines)
        {
            var text = InlineEdit.Plain(line.Content).AsSpan();
            depth += text.Count('[') - text.Count(']');
            if (first is null && text.TrimStart() is [var c, ..])
                first = c;
        }

        return (depth, first == '[');
    }
}
