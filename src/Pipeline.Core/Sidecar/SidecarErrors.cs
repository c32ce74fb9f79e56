using System.Text.Json;

namespace Pipeline.Core.Sidecar;

/// <summary>Says what is wrong with a sidecar in the sidecar's own terms (its fields and kinds of value), never in
/// .NET's (member names, <c>System.String</c>, <c>ImmutableArray`1</c>).</summary>
internal static class SidecarErrors
{
    private static readonly string[] DocumentFields = ["title", "subtitle", "date", "place", "language", "publisher", "identifier", "rights", "description", "speakers"];
    private static readonly string[] SpeakerFields = ["name", "role", "organisation", "aliases", "id"];

    public static string Describe(JsonException ex)
    {
        var field = ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
        var message = ex.Message;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal) && field is not null)
        {
            var known = field.Contains('[', StringComparison.Ordinal) ? SpeakerFields : DocumentFields;
            return $"unknown field '{field}' (known fields{(known == SpeakerFields ? " of a speaker" : "")}: {string.Join(", ", known)})";
        }

        if (message.Contains("could not be converted to", StringComparison.Ordinal) && field is not null)
            return $"field '{field}' has the wrong kind of value: expected {Expected(field)}";
        if (message.Contains("missing required properties", StringComparison.Ordinal) || message.Contains("parameter 'Name'", StringComparison.OrdinalIgnoreCase))
            return $"a speaker{(field is null ? "" : $" ({field})")} needs a 'name'";
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var syntax = (cut > 0 ? message[..cut] : message).TrimEnd('.');
        return field is null ? $"not valid JSON: {syntax}" : $"not valid JSON at '{field}': {syntax}";
    }

    private static string Expected(string field)
    {
        var last = field[(field.LastIndexOf('.') + 1)..];
        if (last.StartsWith("speakers", StringComparison.Ordinal))
            return last.EndsWith(']') ? "an object such as {\"name\": \"Anna Lee\", \"role\": \"interviewer\"}" : "a list of speakers [{\"name\": …}, …]";
        if (last.StartsWith("aliases", StringComparison.Ordinal))
            return last.EndsWith(']') ? "text" : "a list of texts [\"AL\", \"ANNA\"]";
        return "text (in double quotes)";
    }
}
