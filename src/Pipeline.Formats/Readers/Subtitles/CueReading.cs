namespace Pipeline.Formats.Readers.Subtitles;

/// <summary>Reads one block as a cue: an optional identifier line (a number in SRT, any text in WebVTT), a timing
/// line, then the text. A malformed timing line is a diagnostic, never an exception.</summary>
internal static class CueReading
{
    /// <summary>Reads the blocks as cues. Text with no timing line after a cue (a blank line inside its text) stays
    /// with that cue, with a warning; before any cue it is skipped, with a warning.</summary>
    public static List<Cue> ReadAll(IEnumerable<List<NumberedLine>> blocks, List<Diagnostic> diagnostics)
    {
        var cues = new List<Cue>();
        foreach (var block in blocks)
        {
            if (TimingIndex(block) >= 0)
            {
                if (Read(block, diagnostics) is { } cue)
                    cues.Add(cue);
            }
            else if (cues.Count > 0)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCode.TextWithoutTiming, "text with no timing line after a blank line: kept with the cue before it", block[0].Line));
                // The cue's own list (Read made it): appending in place keeps many such blocks linear.
                if (cues[^1].Text is List<NumberedLine> text)
                    text.AddRange(block);
                else
                    cues[^1] = cues[^1] with { Text = [.. cues[^1].Text, .. block] };
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCode.NotACue, $"not a cue (no timing line 'start --> end'); {block.Count} line(s) skipped", block[0].Line).With("lines", block.Count));
            }
        }

        return cues;
    }

    private static int TimingIndex(List<NumberedLine> block) =>
        CueTiming.HasArrow(block[0].Text) ? 0 : block.Count > 1 && CueTiming.HasArrow(block[1].Text) ? 1 : -1;

    private static Cue? Read(List<NumberedLine> block, List<Diagnostic> diagnostics)
    {
        var timingIndex = TimingIndex(block);

        var timingLine = block[timingIndex];
        if (CueTiming.Parse(timingLine.Text) is not { } timing)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCode.MalformedTiming, $"malformed cue timing '{timingLine.Text.Trim()}'; cue skipped", timingLine.Line).With("timing", timingLine.Text.Trim()));
            return null;
        }

        if (timing.End < timing.Start)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCode.CueEndsBeforeStart, "cue ends before it starts; its start time is kept", timingLine.Line));
        return new Cue(timing.Start, timing.End, timingLine.Line, block.Skip(timingIndex + 1).ToList());
    }

    /// <summary>Whether a block looks like a cue at all (a timing line first or second), for format checks.</summary>
    public static bool LooksLikeCue(List<NumberedLine> block) =>
        CueTiming.Parse(block[0].Text) is not null || (block.Count > 1 && CueTiming.Parse(block[1].Text) is not null);
}
