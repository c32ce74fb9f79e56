using System.Text.Json;

namespace Pipeline.Cli;

/// <summary>One line of the JSON log (<c>--log-format json</c>): an object with <c>time</c>, <c>level</c> and
/// <c>event</c>, then the fields the event adds. The run log and the CLI's own messages both write through here, so every
/// line has the same envelope.</summary>
internal static class JsonLogLine
{
    public static void Write(TextWriter writer, string level, string kind, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("time", TimeProvider.System.GetUtcNow());
            json.WriteString("level", level);
            json.WriteString("event", kind);
            body(json);
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
