namespace Pipeline.Core.Model;

/// <summary>Plain-text views of inline content, for search, checks and metadata.</summary>
public static class InlineText
{
    /// <summary>The visible text of inlines: incidents as <c>[description]</c>, timestamps as written, footnote markers as written.</summary>
    public static string ToPlainText(IEnumerable<Inline> inlines)
    {
        var builder = new StringBuilder();
        Append(builder, inlines);
        return builder.ToString();
    }

    /// <summary>The visible text of inlines; a line of one text node (most lines) is its own text, with no copy.</summary>
    public static string ToPlainText(ImmutableArray<Inline> inlines)
    {
        if (inlines.IsDefault)
            return ToPlainText((IEnumerable<Inline>)inlines);
        switch (inlines.Length)
        {
            case 0:
                return "";
            case 1 when inlines[0] is Text text:
                return text.Value ?? "";
        }

        var builder = new StringBuilder();
        foreach (var inline in inlines)
            Append(builder, inline);
        return builder.ToString();
    }

    /// <summary>The visible text of a paragraph list, paragraphs separated by blank lines.</summary>
    public static string ToPlainText(IEnumerable<Paragraph> paragraphs) =>
        string.Join("\n\n", paragraphs.Select(p => ToPlainText(p.Content)));

    private static void Append(StringBuilder builder, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
            Append(builder, inline);
    }

    private static void Append(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case Text text:
                builder.Append(text.Value);
                break;
            case Emphasis or Strong or Quote or Link:
                foreach (var child in Walk.Children(inline))
                    Append(builder, child);
                break;
            case FootnoteReference reference:
                builder.Append(reference.Marker);
                break;
            case Incident incident:
                builder.Append('[').Append(incident.Description).Append(']');
                break;
            case Timestamp timestamp:
                builder.Append(timestamp.Original);
                break;
            case LineBreak:
                builder.Append('\n');
                break;
            default:
                throw new NotSupportedException($"Unknown inline {inline.GetType().Name}.");
        }
    }

    /// <summary>A text-only inline list.</summary>
    public static ImmutableArray<Inline> Of(string text) => [new Text(text)];
}
