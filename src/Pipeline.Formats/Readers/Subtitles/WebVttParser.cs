namespace Pipeline.Formats.Readers.Subtitles;

/// <summary>Reads the cues of a WebVTT file: the <c>WEBVTT</c> header (and its <c>Language:</c> field), then blocks that
/// are cues (an optional identifier, a timing line, text) or NOTE, STYLE and REGION blocks, which are skipped.
/// A block that is none of these is reported with its line and skipped.</summary>
internal static class WebVttParser
{
    private static readonly string[] SkippedBlocks = ["NOTE", "STYLE", "REGION"];

    public static (List<Cue> Cues, string? Language) Parse(string path, string text, List<Diagnostic> diagnostics)
    {
        var blocks = CueBlocks.Split(text);
        if (blocks.Count == 0 || !StartsWithKeyword(blocks[0][0].Text, "WEBVTT"))
        {
            var line = blocks.Count == 0 ? 1 : blocks[0][0].Line;
            throw new TranscriptException(path, "not a WebVTT file: it must start with a line 'WEBVTT'", line);
        }

        var language = HeaderLanguage(blocks[0]);
        var cueBlocks = blocks.Skip(1).Where(block => !SkippedBlocks.Any(keyword => StartsWithKeyword(block[0].Text, keyword)));
        return (CueReading.ReadAll(cueBlocks, diagnostics), language);
    }

    /// <summary>The header's <c>Language: xx</c> field (YouTube writes one), if any.</summary>
    private static string? HeaderLanguage(List<NumberedLine> header)
    {
        foreach (var line in header.Skip(1))
        {
            var colon = line.Text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line.Text[..colon].Trim().Equals("Language", StringComparison.OrdinalIgnoreCase))
            {
                var value = line.Text[(colon + 1)..].Trim();
                return value.Length > 0 ? value : null;
            }
        }

        return null;
    }

    private static bool StartsWithKeyword(string line, string keyword) =>
        line.StartsWith(keyword, StringComparison.Ordinal) && (line.Length == keyword.Length || line[keyword.Length] is ' ' or '\t');
}
