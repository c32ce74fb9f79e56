namespace Pipeline.Formats.Readers.Subtitles;

/// <summary>Reads SubRip (SRT) subtitles into a transcript.</summary>
public sealed class SrtReader() : Reader("srt",
    "SubRip subtitles (.srt; dialogue dashes, >> speaker changes, inline labels)",
    [".srt"])
{
    /// <summary>A cue number on the first line and a timing line on the second.</summary>
    public override bool CanSniff(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.UTF8.GetString(head).TrimStart('\uFEFF', '\r', '\n');
        var lines = text.Split('\n', 3);
        return lines.Length >= 2 && lines[0].Trim() is { Length: > 0 } number && number.All(char.IsAsciiDigit)
               && CueTiming.Parse(lines[1].TrimEnd('\r')) is not null;
    }

    public override TranscriptDocument Read(ReaderInput input)
    {
        var diagnostics = new List<Diagnostic>();
        var decoded = SubtitleTranscript.Decode(input, diagnostics);
        var cues = SrtParser.Parse(input.Path, decoded.Text, diagnostics);
        return SubtitleTranscript.Normalize(input.Path, Name, decoded, cues, language: null, diagnostics);
    }
}
