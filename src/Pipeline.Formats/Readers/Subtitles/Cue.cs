namespace Pipeline.Formats.Readers.Subtitles;

/// <summary>One subtitle cue as the file gives it: when it is shown and its raw text lines.</summary>
/// <param name="Start">When the cue appears.</param>
/// <param name="End">When it disappears.</param>
/// <param name="Line">The line of its timing line (1-based), for diagnostics.</param>
/// <param name="Text">Its text lines, markup included, each with its line number.</param>
internal sealed record Cue(TimeSpan Start, TimeSpan End, int Line, IReadOnlyList<NumberedLine> Text);

/// <summary>A line of the file with its number (1-based).</summary>
internal sealed record NumberedLine(string Text, int Line);
