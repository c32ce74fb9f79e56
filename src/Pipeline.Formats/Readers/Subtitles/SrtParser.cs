namespace Pipeline.Formats.Readers.Subtitles;

/// <summary>Reads the cues of an SRT file: blocks of a sequence number, a timing line and text. A file whose first
/// block is not a cue is not SRT (an exception naming the line); a later malformed block is a diagnostic.</summary>
internal static class SrtParser
{
    public static List<Cue> Parse(string path, string text, List<Diagnostic> diagnostics)
    {
        var blocks = CueBlocks.Split(text);
        if (blocks.Count == 0 || !CueReading.LooksLikeCue(blocks[0]))
        {
            var line = blocks.Count == 0 ? 1 : blocks[0][0].Line;
            throw new TranscriptException(path, "not an SRT file: expected a cue number and a timing line '00:00:01,000 --> 00:00:02,000'", line);
        }

        return CueReading.ReadAll(blocks, diagnostics);
    }
}
