namespace Pipeline.Core.Model;

/// <summary>Query and map over a document's blocks and inlines (after pandoc's <c>Text.Pandoc.Walk</c>): one
/// traversal for every pass and writer instead of a hand-written switch in each.</summary>
/// <remarks>Queries use an explicit stack, so deeply nested inlines cannot overflow the call stack. The inline cases
/// with children are <see cref="Emphasis"/>, <see cref="Strong"/>, <see cref="Quote"/> and <see cref="Link"/>.</remarks>
public static class Walk
{
    /// <summary>The inline lists directly in a block: a heading's or paragraph's content, each paragraph of a turn or
    /// an editorial note.</summary>
    public static IEnumerable<ImmutableArray<Inline>> InlineLists(Block block) => block switch
    {
        Heading heading => [OrEmpty(heading.Content)],
        Paragraph paragraph => [OrEmpty(paragraph.Content)],
        Turn turn => OrEmpty(turn.Paragraphs).Select(p => OrEmpty(p.Content)),
        EditorialNote note => OrEmpty(note.Paragraphs).Select(p => OrEmpty(p.Content)),
        _ => throw new NotSupportedException($"Unknown block {block.GetType().Name}."),
    };

    /// <summary>The inlines an inline contains (empty for a leaf).</summary>
    public static ImmutableArray<Inline> Children(Inline inline) => inline switch
    {
        Emphasis emphasis => emphasis.Content,
        Strong strong => strong.Content,
        Quote quote => quote.Content,
        Link link => link.Content,
        Text or FootnoteReference or Incident or Timestamp or LineBreak => [],
        _ => throw new NotSupportedException($"Unknown inline {inline.GetType().Name}."),
    };

    /// <summary>Every inline of <paramref name="inlines"/> and of their children, in reading order (pre-order).</summary>
    public static IEnumerable<Inline> Inlines(IEnumerable<Inline> inlines)
    {
        var pending = new Stack<IEnumerator<Inline>>();
        pending.Push(inlines.GetEnumerator());
        while (pending.Count > 0)
        {
            var current = pending.Peek();
            if (!current.MoveNext())
            {
                current.Dispose();
                pending.Pop();
                continue;
            }

            var inline = current.Current;
            yield return inline;
            var children = Children(inline);
            if (!children.IsDefaultOrEmpty)
                pending.Push(((IEnumerable<Inline>)children).GetEnumerator());
        }
    }

    /// <summary>Every inline of a block, in reading order.</summary>
    public static IEnumerable<Inline> Inlines(Block block) => InlineLists(block).SelectMany(inlines => Inlines(inlines));

    /// <summary>Every inline of the body's blocks, in reading order (footnote bodies not included).</summary>
    public static IEnumerable<Inline> BodyInlines(TranscriptDocument document) => OrEmpty(document.Blocks).SelectMany(block => Inlines(block));

    /// <summary>Every inline of a footnote's paragraphs, in reading order.</summary>
    public static IEnumerable<Inline> Inlines(Footnote footnote) => OrEmpty(footnote.Paragraphs).SelectMany(p => Inlines(OrEmpty(p.Content)));

    /// <summary>The inlines with <paramref name="map"/> applied bottom-up: children first, then the inline that holds
    /// them (rebuilt only when a child changed). Returns the same array when nothing changed.</summary>
    public static ImmutableArray<Inline> Map(ImmutableArray<Inline> inlines, Func<Inline, Inline> map)
    {
        if (inlines.IsDefault)
            return inlines;
        ImmutableArray<Inline>.Builder? changed = null;
        for (var i = 0; i < inlines.Length; i++)
        {
            var mapped = map(MapChildren(inlines[i], map));
            if (changed is null && !ReferenceEquals(mapped, inlines[i]))
            {
                changed = ImmutableArray.CreateBuilder<Inline>(inlines.Length);
                changed.AddRange(inlines, i);
            }

            changed?.Add(mapped);
        }

        return changed is null ? inlines : changed.MoveToImmutable();
    }

    /// <summary>A block with <paramref name="map"/> applied to its inlines (see <see cref="Map(ImmutableArray{Inline}, Func{Inline, Inline})"/>).</summary>
    public static Block Map(Block block, Func<Inline, Inline> map) => block switch
    {
        Heading heading => Same(heading.Content, Map(heading.Content, map), heading, c => heading with { Content = c }),
        Paragraph paragraph => Map(paragraph, map),
        Turn turn => Same(turn.Paragraphs, Map(turn.Paragraphs, map), turn, p => turn with { Paragraphs = p }),
        EditorialNote note => Same(note.Paragraphs, Map(note.Paragraphs, map), note, p => note with { Paragraphs = p }),
        _ => throw new NotSupportedException($"Unknown block {block.GetType().Name}."),
    };

    /// <summary>The document with <paramref name="map"/> applied to the inlines of its blocks and its footnotes.</summary>
    public static TranscriptDocument Map(TranscriptDocument document, Func<Inline, Inline> map)
    {
        var blocks = MapAll(document.Blocks, b => Map(b, map));
        var footnotes = MapAll(document.Footnotes, f => Same(f.Paragraphs, Map(f.Paragraphs, map), f, p => f with { Paragraphs = p }));
        return blocks == document.Blocks && footnotes == document.Footnotes
            ? document
            : document with { Blocks = blocks, Footnotes = footnotes };
    }

    private static Paragraph Map(Paragraph paragraph, Func<Inline, Inline> map) =>
        Same(paragraph.Content, Map(paragraph.Content, map), paragraph, c => paragraph with { Content = c });

    private static ImmutableArray<Paragraph> Map(ImmutableArray<Paragraph> paragraphs, Func<Inline, Inline> map) =>
        MapAll(paragraphs, p => Map(p, map));

    private static Inline MapChildren(Inline inline, Func<Inline, Inline> map) => inline switch
    {
        Emphasis emphasis => Same(emphasis.Content, Map(emphasis.Content, map), emphasis, c => emphasis with { Content = c }),
        Strong strong => Same(strong.Content, Map(strong.Content, map), strong, c => strong with { Content = c }),
        Quote quote => Same(quote.Content, Map(quote.Content, map), quote, c => quote with { Content = c }),
        Link link => Same(link.Content, Map(link.Content, map), link, c => link with { Content = c }),
        _ => inline,
    };

    private static ImmutableArray<T> MapAll<T>(ImmutableArray<T> items, Func<T, T> map)
        where T : class
    {
        if (items.IsDefault)
            return items;
        ImmutableArray<T>.Builder? changed = null;
        for (var i = 0; i < items.Length; i++)
        {
            var mapped = map(items[i]);
            if (changed is null && !ReferenceEquals(mapped, items[i]))
            {
                changed = ImmutableArray.CreateBuilder<T>(items.Length);
                changed.AddRange(items, i);
            }

            changed?.Add(mapped);
        }

        return changed is null ? items : changed.MoveToImmutable();
    }

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    private static TNode Same<TNode, TChild>(ImmutableArray<TChild> before, ImmutableArray<TChild> after, TNode node, Func<ImmutableArray<TChild>, TNode> rebuild) =>
        before == after ? node : rebuild(after);
}
