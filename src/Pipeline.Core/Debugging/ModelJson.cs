using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pipeline.Core.Debugging;

/// <summary>The model as JSON (<c>pipeline inspect --json</c>): every node has a <c>type</c> member.</summary>
public static class ModelJson
{
    public static string ToJson(TranscriptDocument document)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("source");
            json.WriteString("path", document.Source.Path);
            json.WriteString("format", document.Source.Format);
            json.WriteString("encoding", document.Source.Encoding);
            json.WriteEndObject();
            WriteMetadata(json, document.Metadata);
            json.WriteStartArray("participants");
            foreach (var p in document.Participants)
            {
                json.WriteStartObject();
                json.WriteString("id", p.Id);
                json.WriteString("name", p.DisplayName);
                json.WriteString("role", p.Role);
                json.WriteString("organisation", p.Organisation);
                json.WriteStartArray("aliases");
                foreach (var alias in p.Aliases)
                    json.WriteStringValue(alias);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("blocks");
            foreach (var block in document.Blocks)
                WriteBlock(json, block);
            json.WriteEndArray();
            if (document.Front is { } front)
                WriteParagraphs(json, "front", front.Paragraphs);
            if (document.Index is { } index)
            {
                json.WriteStartObject("index");
                json.WriteNumber("lines", index.Lines);
                json.WriteStartArray("entries");
                foreach (var entry in index.Entries)
                {
                    json.WriteStartObject();
                    json.WriteString("term", entry.Term);
                    json.WriteStartArray("references");
                    foreach (var reference in entry.References)
                        json.WriteStringValue(reference);
                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteStartArray("footnotes");
            foreach (var footnote in document.Footnotes)
            {
                json.WriteStartObject();
                json.WriteString("id", footnote.Id);
                json.WriteString("marker", footnote.Marker);
                WriteParagraphs(json, "paragraphs", footnote.Paragraphs);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var d in document.Diagnostics)
                Diagnostics.DiagnosticJson.Write(json, d);

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteMetadata(Utf8JsonWriter json, DocumentMetadata m)
    {
        json.WriteStartObject("metadata");
        foreach (var (name, value) in m.Named())
            json.WriteString(name, value);
        json.WriteStartArray("notes");
        foreach (var note in m.Notes)
            json.WriteStringValue(note);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteBlock(Utf8JsonWriter json, Block block)
    {
        json.WriteStartObject();
        switch (block)
        {
            case Heading h:
                json.WriteString("type", "heading");
                json.WriteNumber("level", h.Level);
                WriteInlines(json, "content", h.Content);
                break;
            case Paragraph p:
                WriteTyped(json, "paragraph", p.Content);
                break;
            case Turn t:
                json.WriteString("type", "turn");
                json.WriteString("speaker", t.SpeakerId);
                json.WriteString("attribution", t.Attribution.ToString().ToLowerInvariant());
                if (t.Start is { } start)
                    json.WriteString("start", ModelDump.FormatTime(start));
                if (t.Continues)
                    json.WriteBoolean("continues", true);
                WriteParagraphs(json, "paragraphs", t.Paragraphs);
                break;
            case EditorialNote n:
                json.WriteString("type", "note");
                json.WriteString("kind", n.Kind.ToString().ToLowerInvariant());
                WriteParagraphs(json, "paragraphs", n.Paragraphs);
                break;
            default:
                throw new NotSupportedException($"Unknown block {block.GetType().Name}.");
        }

        json.WriteEndObject();
    }

    private static void WriteParagraphs(Utf8JsonWriter json, string name, ImmutableArray<Paragraph> paragraphs)
    {
        json.WriteStartArray(name);
        foreach (var p in paragraphs)
            WriteInlineArray(json, p.Content);
        json.WriteEndArray();
    }

    private static void WriteInlines(Utf8JsonWriter json, string name, ImmutableArray<Inline> inlines)
    {
        json.WritePropertyName(name);
        WriteInlineArray(json, inlines);
    }

    /// <summary>The type and content of a node that is only its inlines (a paragraph, emphasis, strong, quote).</summary>
    private static void WriteTyped(Utf8JsonWriter json, string type, ImmutableArray<Inline> content)
    {
        json.WriteString("type", type);
        WriteInlines(json, "content", content);
    }

    private static void WriteInlineArray(Utf8JsonWriter json, ImmutableArray<Inline> inlines)
    {
        json.WriteStartArray();
        foreach (var inline in inlines)
            WriteInline(json, inline);
        json.WriteEndArray();
    }

    private static void WriteInline(Utf8JsonWriter json, Inline inline)
    {
        json.WriteStartObject();
        switch (inline)
        {
            case Text t:
                json.WriteString("type", "text");
                json.WriteString("text", t.Value);
                break;
            case Emphasis e:
                WriteTyped(json, "emphasis", e.Content);
                break;
            case Strong s:
                WriteTyped(json, "strong", s.Content);
                break;
            case Quote q:
                WriteTyped(json, "quote", q.Content);
                break;
            case FootnoteReference f:
                json.WriteString("type", "footnoteReference");
                json.WriteString("footnote", f.FootnoteId);
                json.WriteString("marker", f.Marker);
                break;
            case Incident i:
                json.WriteString("type", "incident");
                json.WriteString("kind", i.Kind.ToString().ToLowerInvariant());
                json.WriteString("description", i.Description);
                break;
            case Timestamp ts:
                json.WriteString("type", "timestamp");
                json.WriteString("time", ModelDump.FormatTime(ts.Time));
                json.WriteString("original", ts.Original);
                break;
            case Link l:
                json.WriteString("type", "link");
                json.WriteString("target", l.Target);
                WriteInlines(json, "content", l.Content);
                break;
            case LineBreak:
                json.WriteString("type", "lineBreak");
                break;
            default:
                throw new NotSupportedException($"Unknown inline {inline.GetType().Name}.");
        }

        json.WriteEndObject();
    }
}
