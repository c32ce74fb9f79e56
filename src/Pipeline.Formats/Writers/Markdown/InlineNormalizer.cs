namespace Pipeline.Formats.Writers.Markdown;

/// <summary>Reshapes inlines so Markdown delimiters work: adjacent texts merged, and spaces and line breaks at the
/// edges of emphasis moved outside it (<c>* a*</c> is not emphasis).</summary>
internal static class InlineNormalizer
{
    public static ImmutableArray<Inline> Normalize(ImmutableArray<Inline> inlines)
    {
        if (IsFlat(inlines))
            return inlines;
        var result = ImmutableArray.CreateBuilder<Inline>(inlines.Length);
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Emphasis emphasis:
                    AddHoisted(result, Normalize(emphasis.Content), content => new Emphasis(content));
                    break;
                case Strong strong:
                    AddHoisted(result, Normalize(strong.Content), content => new Strong(content));
                    break;
                case Quote quote:
                    Add(result, new Quote(Normalize(quote.Content)));
                    break;
                case Link link:
                    Add(result, link with { Content = Normalize(link.Content) });
                    break;
                case Text or FootnoteReference or Incident or Timestamp or LineBreak:
                    Add(result, inline);
                    break;
                default:
                    throw new NotSupportedException($"Unknown inline {inline.GetType().Name}.");
            }
        }

        return MergeTexts(result);
    }

    /// <summary>Whether <paramref name="inlines"/> is already normal: only leaves (no container to hoist spaces out of or to
    /// normalise inside) and no two texts side by side. Most paragraphs are, and are returned as they are.</summary>
    private static bool IsFlat(ImmutableArray<Inline> inlines)
    {
        var previousText = false;
        foreach (var inline in inlines)
        {
            var isText = inline is Text;
            if ((isText && previousText) || inline is not (Text or FootnoteReference or Incident or Timestamp or LineBreak))
                return false;
            previousText = isText;
        }

        return true;
    }

    /// <summary>Drops line breaks at the start and end of a paragraph: pandoc cannot express them.</summary>
    public static ImmutableArray<Inline> TrimLineBreaks(ImmutableArray<Inline> inlines)
    {
        var start = 0;
        var end = inlines.Length;
        while (start < end && IsBlank(inlines[start]))
            start++;
        while (end > start && IsBlank(inlines[end - 1]))
            end--;
        return start == 0 && end == inlines.Length ? inlines : inlines[start..end];
    }

    private static bool IsBlank(Inline inline) => inline is LineBreak || (inline is Text text && string.IsNullOrWhiteSpace(text.Value));

    private static void AddHoisted(ImmutableArray<Inline>.Builder result, ImmutableArray<Inline> content, Func<ImmutableArray<Inline>, Inline> wrap)
    {
        var core = content.ToList();
        var leading = new List<Inline>();
        var trailing = new List<Inline>();
        while (core.Count > 0 && SplitEdge(core[0], atStart: true) is var (edge, rest) && edge is not null)
        {
            leading.Add(edge);
            if (rest is null)
                core.RemoveAt(0);
            else
            {
                core[0] = rest;
                break;
            }
        }

        while (core.Count > 0 && SplitEdge(core[^1], atStart: false) is var (edge, rest) && edge is not null)
        {
            trailing.Insert(0, edge);
            if (rest is null)
                core.RemoveAt(core.Count - 1);
            else
            {
                core[^1] = rest;
                break;
            }
        }

        foreach (var inline in leading)
            Add(result, inline);
        if (core.Count > 0)
            result.Add(wrap([.. core]));
        foreach (var inline in trailing)
            Add(result, inline);
    }

    /// <summary>Splits whitespace or a line break off one edge of an inline: (edge, remainder); (null, _) when there is none.</summary>
    private static (Inline? Edge, Inline? Remainder) SplitEdge(Inline inline, bool atStart)
    {
        if (inline is LineBreak)
            return (inline, null);
        if (inline is not Text text)
            return (null, inline);
        var value = text.Value;
        var trimmed = atStart ? value.TrimStart() : value.TrimEnd();
        if (trimmed.Length == value.Length)
            return (null, inline);
        if (trimmed.Length == 0)
            return (text, null);
        var edge = atStart ? value[..(value.Length - trimmed.Length)] : value[trimmed.Length..];
        return (new Text(edge), new Text(trimmed));
    }

    private static void Add(ImmutableArray<Inline>.Builder result, Inline inline) => result.Add(inline);

    /// <summary>Joins each run of adjacent texts into one (linear: one concatenation per run).</summary>
    private static ImmutableArray<Inline> MergeTexts(ImmutableArray<Inline>.Builder inlines)
    {
        var merged = ImmutableArray.CreateBuilder<Inline>(inlines.Count);
        for (var i = 0; i < inlines.Count; i++)
        {
            if (inlines[i] is not Text)
            {
                merged.Add(inlines[i]);
                continue;
            }

            var end = i;
            while (end + 1 < inlines.Count && inlines[end + 1] is Text)
                end++;
            if (end == i)
            {
                merged.Add(inlines[i]);
                continue;
            }

            var joined = new StringBuilder();
            for (var k = i; k <= end; k++)
                joined.Append(((Text)inlines[k]).Value);
            merged.Add(new Text(joined.ToString()));
            i = end;
        }

        return merged.ToImmutable();
    }
}
