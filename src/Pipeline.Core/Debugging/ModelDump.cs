namespace Pipeline.Core.Debugging;

/// <summary>A fixed, deterministic text form of the model: the golden format of reader tests and the output of
/// <c>pipeline inspect</c>. Two documents mean the same when their dumps are equal.</summary>
public static class ModelDump
{
    public static string ToText(TranscriptDocument document, bool includeDiagnostics = true)
    {
        var output = new StringBuilder();
        var metadata = document.Metadata;
        output.Append("document\n");
        Field(output, "source", document.Source.Path);
        Field(output, "format", document.Source.Format);
        Field(output, "encoding", document.Source.Encoding);
        foreach (var (name, value) in metadata.Named())
            Field(output, name, value);
        foreach (var note in metadata.Notes)
            Field(output, "note", note);

        output.Append("participants\n");
        foreach (var p in document.Participants)
        {
            output.Append("  ").Append(p.Id).Append(' ').Append(Quote(p.DisplayName));
            if (p.Role is not null)
                output.Append(" role=").Append(p.Role);
            if (p.Organisation is not null)
                output.Append(" org=").Append(Quote(p.Organisation));
            output.Append(" aliases=[").Append(string.Join(", ", p.Aliases.Select(Quote))).Append("]\n");
        }

        if (document.Front is { } front)
        {
            output.Append("front\n");
            foreach (var paragraph in front.Paragraphs)
                AppendParagraph(output, paragraph, "  ");
        }

        output.Append("blocks\n");
        foreach (var block in document.Blocks)
            AppendBlock(output, block, "  ");

        if (document.Index is { } index)
        {
            output.Append("index lines=").Append(index.Lines.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (var entry in index.Entries)
                output.Append("  ").Append(Quote(entry.Term)).Append(' ').Append(string.Join(" ", entry.References)).Append('\n');
        }

        output.Append("footnotes\n");
        foreach (var footnote in document.Footnotes)
        {
            output.Append("  ").Append(footnote.Id).Append(" marker=").Append(Quote(footnote.Marker)).Append('\n');
            foreach (var paragraph in footnote.Paragraphs)
                AppendParagraph(output, paragraph, "    ");
        }

        if (includeDiagnostics)
        {
            output.Append("diagnostics\n");
            foreach (var diagnostic in document.Diagnostics)
                output.Append("  ").Append(diagnostic).Append('\n');
        }

        output.Append("summary: ").Append(DocumentFacts.Of(document)).Append('\n');
        return output.ToString();
    }

    private static void Field(StringBuilder output, string name, string? value)
    {
        if (value is not null)
            output.Append("  ").Append(name).Append(": ").Append(Quote(value)).Append('\n');
    }

    private static void AppendBlock(StringBuilder output, Block block, string indent)
    {
        switch (block)
        {
            case Heading heading:
                output.Append(indent).Append("heading ").Append(heading.Level.ToString(CultureInfo.InvariantCulture))
                    .Append(' ').Append(Inlines(heading.Content)).Append('\n');
                break;
            case Paragraph paragraph:
                AppendParagraph(output, paragraph, indent);
                break;
            case Turn turn:
                output.Append(indent).Append("turn ").Append(turn.SpeakerId).Append(' ')
                    .Append(turn.Attribution.ToString().ToLowerInvariant());
                if (turn.Start is { } start)
                    output.Append(" start=").Append(FormatTime(start));
                if (turn.Continues)
                    output.Append(" continues");
                output.Append('\n');
                foreach (var p in turn.Paragraphs)
                    AppendParagraph(output, p, indent + "  ");
                break;
            case EditorialNote note:
                output.Append(indent).Append("note ").Append(note.Kind.ToString().ToLowerInvariant()).Append('\n');
                foreach (var p in note.Paragraphs)
                    AppendParagraph(output, p, indent + "  ");
                break;
            default:
                throw new NotSupportedException($"Unknown block {block.GetType().Name}.");
        }
    }

    private static void AppendParagraph(StringBuilder output, Paragraph paragraph, string indent) =>
        output.Append(indent).Append("para ").Append(Inlines(paragraph.Content)).Append('\n');

    /// <summary>Inlines in a pandoc-native-like form: <c>"text" Emph["x"] Fn(fn1,"*")</c>.</summary>
    public static string Inlines(ImmutableArray<Inline> inlines) => string.Join(" ", inlines.Select(Inline));

    private static string Inline(Inline inline) => inline switch
    {
        Text text => Quote(text.Value),
        Emphasis e => $"Emph[{Inlines(e.Content)}]",
        Strong s => $"Strong[{Inlines(s.Content)}]",
        Quote q => $"Quote[{Inlines(q.Content)}]",
        FootnoteReference f => $"Fn({f.FootnoteId},{Quote(f.Marker)})",
        Incident i => $"Incident({i.Kind.ToString().ToLowerInvariant()},{Quote(i.Description)})",
        Timestamp t => $"Time({FormatTime(t.Time)},{Quote(t.Original)})",
        Link l => $"Link({Quote(l.Target)})[{Inlines(l.Content)}]",
        LineBreak => "Br",
        _ => throw new NotSupportedException($"Unknown inline {inline.GetType().Name}."),
    };

    /// <summary><c>01:02:03</c>, or <c>01:02:03.250</c> when there are milliseconds.</summary>
    public static string FormatTime(TimeSpan time)
    {
        var whole = $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}";
        return time.Milliseconds == 0 ? whole : $"{whole}.{time.Milliseconds:000}";
    }

    /// <summary>A C-like quoted string: control characters escaped so the dump is one line per node.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\u00A0': builder.Append("\\u00A0"); break;
                default:
                    if (char.IsControl(c))
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
