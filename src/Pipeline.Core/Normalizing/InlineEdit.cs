using System.Runtime.InteropServices;

namespace Pipeline.Core.Normalizing;

/// <summary>Character-level edits on inline content, so conventions found in the plain text (a label, brackets)
/// can be cut out of formatted content without losing its formatting.</summary>
public static class InlineEdit
{
    /// <summary>The plain text of inlines, as the conventions see it (incidents and timestamps not yet recognised are plain text).</summary>
    public static string Plain(ImmutableArray<Inline> inlines) => inlines.IsDefault ? "" : InlineText.ToPlainText(inlines);

    /// <summary>Removes the first <paramref name="count"/> characters of plain text.</summary>
    public static ImmutableArray<Inline> DropStart(ImmutableArray<Inline> inlines, int count) => Drop(inlines, count, fromEnd: false);

    /// <summary>Removes the last <paramref name="count"/> characters of plain text.</summary>
    public static ImmutableArray<Inline> DropEnd(ImmutableArray<Inline> inlines, int count) => Drop(inlines, count, fromEnd: true);

    /// <summary>Removes <paramref name="count"/> characters of plain text from one end: whole inlines while they fit,
    /// then part of the one they end inside.</summary>
    private static ImmutableArray<Inline> Drop(ImmutableArray<Inline> inlines, int count, bool fromEnd)
    {
        var result = new List<Inline>(inlines.Length);
        var remaining = count;
        for (var n = 0; n < inlines.Length; n++)
        {
            var inline = inlines[fromEnd ? inlines.Length - 1 - n : n];
            if (remaining <= 0)
            {
                result.Add(inline);
                continue;
            }

            var length = InlineText.ToPlainText([inline]).Length;
            if (length <= remaining)
            {
                remaining -= length;
                continue;
            }

            result.Add(fromEnd ? DropEndOf(inline, remaining) : DropStartOf(inline, remaining));
            remaining = 0;
        }

        if (fromEnd)
            result.Reverse();
        return [.. result];
    }

    /// <summary>Trims white space and line breaks at both ends (within text nodes).</summary>
    public static ImmutableArray<Inline> Trim(ImmutableArray<Inline> inlines)
    {
        var first = 0;
        var last = inlines.Length - 1;
        while (first <= last && inlines[first] is LineBreak)
            first++;
        while (last >= first && inlines[last] is LineBreak)
            last--;
        if (first > 0 || last < inlines.Length - 1)
            inlines = inlines[first..(last + 1)];

        var plain = Plain(inlines);
        var start = 0;
        while (start < plain.Length && IsTrimmable(plain[start]))
            start++;
        if (start == plain.Length)
            return [];
        var end = 0;
        while (end < plain.Length - start && IsTrimmable(plain[plain.Length - 1 - end]))
            end++;
        // Most content has nothing to trim: dropping nothing would only copy it twice before Merge copies it anyway, and
        // content that needs no merging either is returned as it is (an immutable array needs no copy).
        if (start == 0 && end == 0 && !NeedsMerging(inlines))
            return inlines;
        var trimmed = start > 0 ? DropStart(inlines, start) : inlines;
        return Merge(end > 0 ? DropEnd(trimmed, end) : trimmed);
    }

    /// <summary>Joins adjacent text nodes and drops empty ones.</summary>
    public static ImmutableArray<Inline> Merge(IEnumerable<Inline> inlines)
    {
        if (inlines is IReadOnlyList<Inline> list && !NeedsMerging(list))
            return Copy(list);
        var result = ImmutableArray.CreateBuilder<Inline>();
        // A text node with no other beside it is kept as it is (records are immutable): only a run of several is copied into one.
        Text? single = null;
        StringBuilder? pending = null;
        foreach (var inline in inlines)
        {
            if (inline is Text text)
            {
                if (single is null && pending is null)
                    single = text;
                else
                {
                    pending ??= new StringBuilder().Append(single!.Value);
                    single = null;
                    pending.Append(text.Value);
                }

                continue;
            }

            Flush();
            result.Add(inline);
        }

        Flush();
        return result.ToImmutable();

        void Flush()
        {
            if (pending is { Length: > 0 })
                result.Add(new Text(pending.ToString()));
            else if (single is { Value.Length: > 0 })
                result.Add(single);
            pending = null;
            single = null;
        }
    }

    /// <summary>Whether <see cref="Merge"/> would change <paramref name="inlines"/>: two text nodes side by side, or an empty one.</summary>
    private static bool NeedsMerging<TInlines>(TInlines inlines)
        where TInlines : IReadOnlyList<Inline>
    {
        var previousText = false;
        for (var i = 0; i < inlines.Count; i++)
        {
            if (inlines[i] is not Text text)
            {
                previousText = false;
                continue;
            }

            if (previousText || text.Value is not { Length: > 0 })
                return true;
            previousText = true;
        }

        return false;
    }

    /// <summary>The inlines in a new array of their exact size, with no builder or enumerator.</summary>
    private static ImmutableArray<Inline> Copy(IReadOnlyList<Inline> inlines)
    {
        if (inlines.Count == 0)
            return [];
        var copy = new Inline[inlines.Count];
        for (var i = 0; i < copy.Length; i++)
            copy[i] = inlines[i];
        return ImmutableCollectionsMarshal.AsImmutableArray(copy);
    }

    /// <summary>Joins lines into one inline sequence, separated by a space.</summary>
    public static ImmutableArray<Inline> JoinLines(IEnumerable<ImmutableArray<Inline>> lines)
    {
        // One line with text (most paragraphs) is its own trimmed content: the list is made only for a second line.
        var first = ImmutableArray<Inline>.Empty;
        List<Inline>? all = null;
        foreach (var line in lines)
        {
            var trimmed = Trim(line);
            if (trimmed.IsEmpty)
                continue;
            if (first.IsEmpty)
            {
                first = trimmed;
                continue;
            }

            all ??= [.. first];
            all.Add(new Text(" "));
            all.AddRange(trimmed);
        }

        return all is null ? first : Merge(all);
    }

    private static bool IsTrimmable(char c) => char.IsWhiteSpace(c) && c != '\n';

    private static Inline DropStartOf(Inline inline, int count) => inline switch
    {
        Text t => new Text(t.Value[count..]),
        Emphasis e => new Emphasis(DropStart(e.Content, count)),
        Strong s => new Strong(DropStart(s.Content, count)),
        Quote q => new Quote(DropStart(q.Content, count)),
        Link l => l with { Content = DropStart(l.Content, count) },
        _ => inline,
    };

    private static Inline DropEndOf(Inline inline, int count) => inline switch
    {
        Text t => new Text(t.Value[..^count]),
        Emphasis e => new Emphasis(DropEnd(e.Content, count)),
        Strong s => new Strong(DropEnd(s.Content, count)),
        Quote q => new Quote(DropEnd(q.Content, count)),
        Link l => l with { Content = DropEnd(l.Content, count) },
        _ => inline,
    };
}
