namespace Pipeline.Formats.Readers.Subtitles;

/// <summary>A stretch of cue text by one speaker: a line, or the part of it after a speaker-change marker.</summary>
/// <param name="NewSpeaker">A <c>&gt;&gt;</c> or a dialogue dash (<c>- </c>) says someone else speaks from here.</param>
/// <param name="Voice">The voice tag's name, when the line has one.</param>
internal sealed record CuePiece(string Text, string? Voice, bool NewSpeaker, int Line);

/// <summary>Splits cleaned cue lines at speaker-change markers: <c>&gt;&gt;</c> of broadcast captions (anywhere in a
/// line) and a dialogue dash at the start of a line.</summary>
internal static partial class CuePieces
{
    [GeneratedRegex(@">{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Chevrons();

    [GeneratedRegex(@"^[-‐–][ \t]*(?=[^\s\-–])", RegexOptions.CultureInvariant)]
    private static partial Regex DialogueDash();

    /// <summary>The pieces of a line; a marker with no text after it on its line yields an empty piece that carries it.</summary>
    public static IEnumerable<CuePiece> Of(CleanLine line)
    {
        var parts = Chevrons().Split(line.Text);
        var voice = line.Voice;
        for (var i = 0; i < parts.Length; i++)
        {
            var text = parts[i].Trim();
            var newSpeaker = i > 0;
            if (DialogueDash().Match(text) is { Success: true } dash)
            {
                text = text[dash.Length..];
                newSpeaker = true;
            }

            if (text.Length == 0 && !newSpeaker)
                continue;
            yield return new CuePiece(text, voice, newSpeaker, line.Line);
            voice = null;
        }
    }
}
