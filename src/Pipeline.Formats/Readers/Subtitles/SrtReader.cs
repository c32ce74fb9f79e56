using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;

namespace Pipeline.Formats.Readers.Subtitles;

/// <summary>Reads SubRip (SRT) subtitles into a transcript.</summary>
public sealed class SrtReader : IReader
{
    public string Name => "srt";

    public string Description => "SubRip subtitles (.srt; dialogue dashes, >> speaker changes, inline labels)";

    public IReadOnlyList<string> Extensions { get; } = [".srt"];

    public bool CanSniff(ReadOnlySpan<byte> head) => false;

    public TranscriptDocument Read(ReaderInput input)
    {
        var diagnostics = new List<Diagnostic>();
        var decoded = SubtitleTranscript.Decode(input, diagnostics);
        var cues = SrtParser.Parse(input.Path, decoded.Text, diagnostics);
        return SubtitleTranscript.Normalize(input.Path, Name, decoded, cues, language: null, diagnostics);
    }
}
