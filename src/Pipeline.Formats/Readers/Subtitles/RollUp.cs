namespace Pipeline.Formats.Readers.Subtitles;

/// <summary>Removes the repetition of roll-up (and paint-on) captions, where each cue repeats the line or lines the
/// previous cue ended with before adding new text: lines at a cue's start that equal the previous cue's last lines
/// are dropped, and so is a first line's start that repeats the previous cue's last line word for word.</summary>
internal static class RollUp
{
    /// <summary>A line that grows by words is taken as paint-on only when the repeated part has at least this many words.</summary>
    private const int MinGrowingWords = 2;

    public static List<List<CleanLine>> Remove(IReadOnlyList<List<CleanLine>> cues, out int removedLines)
    {
        removedLines = 0;
        var result = new List<List<CleanLine>>();
        IReadOnlyList<string> previous = [];
        foreach (var cue in cues)
        {
            var texts = cue.Select(l => l.Text).ToList();
            var overlap = Overlap(previous, texts);
            removedLines += overlap;
            var kept = cue.Skip(overlap).ToList();
            if (overlap == 0 && kept.Count > 0 && previous.Count > 0 && Grows(previous[^1], kept[0].Text))
                kept[0] = kept[0] with { Text = kept[0].Text[previous[^1].Length..].Trim() };
            result.Add(kept);
            previous = texts;
        }

        return result;
    }

    /// <summary>The largest k such that the last k lines of <paramref name="previous"/> are the first k of <paramref name="current"/>.</summary>
    private static int Overlap(IReadOnlyList<string> previous, List<string> current)
    {
        for (var k = Math.Min(previous.Count, current.Count); k > 0; k--)
        {
            var matches = true;
            for (var i = 0; i < k && matches; i++)
                matches = string.Equals(previous[previous.Count - k + i], current[i], StringComparison.Ordinal);
            if (matches)
                return k;
        }

        return 0;
    }

    private static bool Grows(string before, string now) =>
        now.Length > before.Length + 1 && now.StartsWith(before + " ", StringComparison.Ordinal)
        && before.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinGrowingWords;
}
