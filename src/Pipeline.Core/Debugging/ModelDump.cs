using System.Buffers;

namespace Pipeline.Core.Debugging;

/// <summary>A fixed, deterministic text form of the model: the golden format of reader tests and the output of
/// <c>pipeline inspect</c>. Two documents mean the same when their dumps are equal.</summary>
public static class ModelDump
{
    /// <summary>What <see cref="WriteQuoted"/> escapes below U+0080: quotes, backslashes and the C0 controls and DEL. Above,
    /// it escapes the C1 controls and the no-break space (U+0080–U+00A0), found with a range search: one set holding both
    /// would fall back to SearchValues' slower probabilistic search.</summary>
    private static readonly SearchValues<char> EscapedAscii = SearchValues.Create(
        [.. "\"\\\u007F", .. Enumerable.Range(0, 0x20).Select(c => (char)c)]);

    public static string ToText(TranscriptDocument document, bool includeDiagnostics = true)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        Write(output, document, includeDiagnostics);
        return output.ToString();
    }

    /// <summary>Writes the text of <see cref="ToText"/> to <paramref name="output"/> piece by piece, without building it
    /// first: the content id hashes it as it is written.</summary>
    public static void Write(TextWriter output, TranscriptDocument document, bool includeDiagnostics = true)
    {
        var metadata = document.Metadata;
        output.Write("document\n");
        Field(output, "source", document.Source.Path);
        Field(output, "format", document.Source.Format);
        Field(output, "encoding", document.Source.Encoding);
        foreach (var (name, value) in metadata.Named())
            Field(output, name, value);
        foreach (var note in metadata.Notes)
            Field(output, "note", note);

        output.Write("participants\n");
        foreach (var p in document.Participants)
        {
            output.Write("  ");
            output.Write(p.Id);
            output.Write(' ');
            WriteQuoted(output, p.DisplayName);
            if (p.Role is not null)
            {
                output.Write(" role=");
                output.Write(p.Role);
            }

            if (p.Organisation is not null)
            {
                output.Write(" org=");
                WriteQuoted(output, p.Organisation);
            }

            output.Write(" aliases=[");
            for (var i = 0; i < p.Aliases.Length; i++)
            {
                if (i > 0)
                    output.Write(", ");
                WriteQuoted(output, p.Aliases[i]);
            }

            output.Write("]\n");
        }

        if (document.Front is { } front)
        {
            output.Write("front\n");
            foreach (var paragraph in front.Paragraphs)
                WriteParagraph(output, paragraph, "  ");
        }

        output.Write("blocks\n");
        foreach (var block in document.Blocks)
            WriteBlock(output, block, "  ");

        if (document.Index is { } index)
        {
            output.Write("index lines=");
            WriteNumber(output, index.Lines);
            output.Write('\n');
            foreach (var entry in index.Entries)
            {
                output.Write("  ");
                WriteQuoted(output, entry.Term);
                output.Write(' ');
                for (var i = 0; i < entry.References.Length; i++)
                {
                    if (i > 0)
                        output.Write(' ');
                    output.Write(entry.References[i]);
                }

                output.Write('\n');
            }
        }

        output.Write("footnotes\n");
        foreach (var footnote in document.Footnotes)
        {
            output.Write("  ");
            output.Write(footnote.Id);
            output.Write(" marker=");
            WriteQuoted(output, footnote.Marker);
            output.Write('\n');
            foreach (var paragraph in footnote.Paragraphs)
                WriteParagraph(output, paragraph, "    ");
        }

        if (includeDiagnostics)
        {
            output.Write("diagnostics\n");
            foreach (var diagnostic in document.Diagnostics)
            {
                output.Write("  ");
                output.Write(diagnostic.ToString());
                output.Write('\n');
            }
        }

        output.Write("summary: ");
        output.Write(DocumentFacts.Of(document).ToString());
        output.Write('\n');
    }

    private static void Field(TextWriter output, string name, string? value)
    {
        if (value is null)
            return;
        output.Write("  ");
        output.Write(name);
        output.Write(": ");
        WriteQuoted(output, value);
        output.Write('\n');
    }

    private static void WriteBlock(TextWriter output, Block block, string indent)
    {
        switch (block)
        {
            case Heading heading:
                output.Write(indent);
                output.Write("heading ");
                WriteNumber(output, heading.Level);
                output.Write(' ');
                WriteInlines(output, heading.Content);
                output.Write('\n');
                break;
            case Paragraph paragraph:
                WriteParagraph(output, paragraph, indent);
                break;
            case Turn turn:
                output.Write(indent);
                output.Write("turn ");
                output.Write(turn.SpeakerId);
                output.Write(' ');
                WriteLowerCase(output, turn.Attribution.ToString());
                if (turn.Start is { } start)
                {
                    output.Write(" start=");
                    output.Write(FormatTime(start));
                }

                if (turn.Continues)
                    output.Write(" continues");
                output.Write('\n');
                foreach (var p in turn.Paragraphs)
                    WriteParagraph(output, p, indent + "  ");
                break;
            case EditorialNote note:
                output.Write(indent);
                output.Write("note ");
                WriteLowerCase(output, note.Kind.ToString());
                output.Write('\n');
                foreach (var p in note.Paragraphs)
                    WriteParagraph(output, p, indent + "  ");
                break;
            default:
                throw new NotSupportedException($"Unknown block {block.GetType().Name}.");
        }
    }

    private static void WriteParagraph(TextWriter output, Paragraph paragraph, string indent)
    {
        output.Write(indent);
        output.Write("para ");
        WriteInlines(output, paragraph.Content);
        output.Write('\n');
    }

    /// <summary>Inlines in a pandoc-native-like form: <c>"text" Emph["x"] Fn(fn1,"*")</c>.</summary>
    public static string Inlines(ImmutableArray<Inline> inlines)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        WriteInlines(output, inlines);
        return output.ToString();
    }

    private static void WriteInlines(TextWriter output, ImmutableArray<Inline> inlines)
    {
        for (var i = 0; i < inlines.Length; i++)
        {
            if (i > 0)
                output.Write(' ');
            WriteInline(output, inlines[i]);
        }
    }

    private static void WriteInline(TextWriter output, Inline inline)
    {
        switch (inline)
        {
            case Text text:
                WriteQuoted(output, text.Value);
                break;
            case Emphasis e:
                WriteContainer(output, "Emph[", e.Content);
                break;
            case Strong s:
                WriteContainer(output, "Strong[", s.Content);
                break;
            case Quote q:
                WriteContainer(output, "Quote[", q.Content);
                break;
            case FootnoteReference f:
                output.Write("Fn(");
                output.Write(f.FootnoteId);
                output.Write(',');
                WriteQuoted(output, f.Marker);
                output.Write(')');
                break;
            case Incident i:
                output.Write("Incident(");
                WriteLowerCase(output, i.Kind.ToString());
                output.Write(',');
                WriteQuoted(output, i.Description);
                output.Write(')');
                break;
            case Timestamp t:
                output.Write("Time(");
                output.Write(FormatTime(t.Time));
                output.Write(',');
                WriteQuoted(output, t.Original);
                output.Write(')');
                break;
            case Link l:
                output.Write("Link(");
                WriteQuoted(output, l.Target);
                output.Write(")[");
                WriteInlines(output, l.Content);
                output.Write(']');
                break;
            case LineBreak:
                output.Write("Br");
                break;
            default:
                throw new NotSupportedException($"Unknown inline {inline.GetType().Name}.");
        }
    }

    private static void WriteContainer(TextWriter output, string open, ImmutableArray<Inline> content)
    {
        output.Write(open);
        WriteInlines(output, content);
        output.Write(']');
    }

    /// <summary><c>01:02:03</c>, or <c>01:02:03.250</c> when there are milliseconds.</summary>
    public static string FormatTime(TimeSpan time)
    {
        var whole = $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}";
        return time.Milliseconds == 0 ? whole : $"{whole}.{time.Milliseconds:000}";
    }

    /// <summary>A C-like quoted string: control characters escaped so the dump is one line per node. The text between
    /// escapes is written in runs, not a character at a time.</summary>
    private static void WriteQuoted(TextWriter output, string value)
    {
        output.Write('"');
        var rest = value.AsSpan();
        for (var next = NextEscaped(rest); next >= 0; next = NextEscaped(rest))
        {
            output.Write(rest[..next]);
            WriteEscape(output, rest[next]);
            rest = rest[(next + 1)..];
        }

        output.Write(rest);
        output.Write('"');
    }

    private static int NextEscaped(ReadOnlySpan<char> text)
    {
        var ascii = text.IndexOfAny(EscapedAscii);
        var above = (ascii < 0 ? text : text[..ascii]).IndexOfAnyInRange('\u0080', '\u00A0');
        return above >= 0 ? above : ascii;
    }

        private static void WriteEscape(TextWriter output, char c)
    {
        switch (c)
        {
            case '"': output.Write("\\\""); break;
            case '\\': output.Write("\\\\"); break;
            case '\n': output.Write("\\n"); break;
            case '\r': output.Write("\\r"); break;
            case '\t': output.Write("\\t"); break;
            default:
                Span<char> hex = stackalloc char[4];
                ((int)c).TryFormat(hex, out _, "X4", CultureInfo.InvariantCulture);
                output.Write("\\u");
                output.Write(hex);
                break;
        }
    }

    private static void WriteNumber(TextWriter output, int value)
    {
        Span<char> digits = stackalloc char[11];
        value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        output.Write(digits[..length]);
    }

    /// <summary>An enum member's name in lower case, without a lower-cased copy of it.</summary>
    private static void WriteLowerCase(TextWriter output, string name)
    {
        Span<char> lower = stackalloc char[name.Length];
        name.AsSpan().ToLowerInvariant(lower);
        output.Write(lower);
    }
}
