using System.Text.Json;

namespace Pipeline.Core.Sidecar;

/// <summary>Finds a JSON <c>null</c> where a sidecar needs a value — the speaker list, a speaker, a speaker's name, its
/// alias list or an alias — and names its line, before deserialising leaves a null where the model expects text.
/// <c>null</c> for an optional field (a title, a role) means the field is not given.</summary>
internal static class SidecarNulls
{
    public static void Check(string shownPath, ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        string? top = null;
        string? inSpeaker = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.CurrentDepth == 1)
                    top = reader.GetString();
                else if (reader.CurrentDepth == 3)
                    inSpeaker = reader.GetString();
                continue;
            }

            if (reader.TokenType != JsonTokenType.Null || !Is(top, "speakers"))
                continue;
            var what = reader.CurrentDepth switch
            {
                1 => "the speaker list is null",
                2 => "a speaker is null",
                3 when Is(inSpeaker, "name") => "a speaker's name is null",
                3 when Is(inSpeaker, "aliases") => "a speaker's alias list is null",
                4 when Is(inSpeaker, "aliases") => "an alias is null",
                _ => null,
            };
            if (what is not null)
                throw new TranscriptException(shownPath, $"invalid sidecar: {what}", LineOf(json, reader.TokenStartIndex));
        }
    }

    private static bool Is(string? name, string wanted) => string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase);

    private static int LineOf(ReadOnlySpan<byte> json, long offset) => json[..(int)offset].Count((byte)'\n') + 1;
}
