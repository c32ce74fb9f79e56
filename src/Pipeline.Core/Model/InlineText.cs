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

    /// <summary>The visible text of a paragraph list, paragraphs separated by blank lines.</summary>
    public static string ToPlainText(IEnumerable<Paragraph> paragraphs) =>
        string.Join("\n\n", paragraphs.Select(p => ToPlainText(p.Content)));

    private static void Append(StringBuilder builder, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text text:
                    builder.Append(text.Value);
                    break;
                case Emphasis or Strong or Quote or Link:
                    Append(builder, Walk.Children(inline));
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
    }

    /// <summary>A text-only inline list.</summary>
    public static ImmutableArray<Inline> Of(string text) => [new Text(text)];
}
