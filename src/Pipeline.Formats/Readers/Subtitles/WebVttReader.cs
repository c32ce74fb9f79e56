namespace Pipeline.Formats.Readers.Subtitles;

/// <summary>Reads WebVTT captions and subtitles (voice tags, roll-up auto-captions) into a transcript.</summary>
public sealed class WebVttReader() : Reader("webvtt",
    "WebVTT subtitles or captions (voice tags, inline labels, >> speaker changes, roll-up de-duplicated)",
    [".vtt"])
{
    public override bool CanSniff(ReadOnlySpan<byte> head)
    {
        var start = head[TextDecoder.ByteOrderMarkLength(head)..];
        return start.StartsWith("WEBVTT"u8) && (start.Length == 6 || start[6] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n');
    }

    public override TranscriptDocument Read(ReaderInput input)
    {
        var diagnostics = new List<Diagnostic>();
        var decoded = SubtitleTranscript.Decode(input, diagnostics);
        var (cues, language) = WebVttParser.Parse(input.Path, decoded.Text, diagnostics);
        return SubtitleTranscript.Normalize(input.Path, Name, decoded, cues, language, diagnostics);
    }
}
