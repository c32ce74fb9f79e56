namespace Pipeline.Core.Decoding;

/// <summary>Removes the characters no output can carry — C0 controls other than tab and newline, DEL, and the
/// non-characters U+FFFE/U+FFFF — right after decoding, so every writer gets clean text and the warning can name
/// the source lines (a writer no longer knows them).</summary>
public static class ControlCharacters
{
    private const int LinesNamed = 5;

    // ASCII only, so the search runs on the vectorised ASCII bitmap; with U+FFFE/U+FFFF in the same set it fell back to
    // the much slower probabilistic map (1.7 % of a whole batch's CPU). The two non-characters are a range search.
    private static readonly System.Buffers.SearchValues<char> ForbiddenAscii = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(i => (char)i).Where(c => c is not '\t' and not '\n'), '\u007F']);

    /// <summary>The text without those characters, and a warning naming what was removed and where (null when nothing was).</summary>
    public static (string Text, Diagnostic? Warning) Strip(string text)
    {
        if (!ContainsForbidden(text))
            return (text, null);

        var builder = new StringBuilder(text.Length);
        var found = new SortedSet<char>();
        var lines = new List<int>();
        var line = 1;
        var removed = 0;
        foreach (var c in text)
        {
            if (c == '\n')
                line++;
            if (!IsForbidden(c))
            {
                builder.Append(c);
                continue;
            }

            removed++;
            found.Add(c);
            if (lines.Count == 0 || lines[^1] != line)
                lines.Add(line);
        }

        var codes = string.Join(", ", found.Select(c => $"U+{(int)c:X4}"));
        var where = string.Join(", ", lines.Take(LinesNamed).Select(l => l.ToString(CultureInfo.InvariantCulture)))
                    + (lines.Count > LinesNamed ? $" and {lines.Count - LinesNamed} more" : "");
        var warning = Diagnostic.Warning(DiagnosticCode.ControlCharactersRemoved, $"removed {removed} control character(s) ({codes}) on line(s) {where}", lines[0]).With("count", removed).With("characters", codes);
        return (builder.ToString(), warning);
    }

    /// <summary>Whether <paramref name="text"/> holds any character <see cref="Strip"/> removes.</summary>
    public static bool ContainsForbidden(ReadOnlySpan<char> text) =>
        text.ContainsAny(ForbiddenAscii) || text.ContainsAnyInRange('\uFFFE', '\uFFFF');

    /// <summary>Whether <paramref name="c"/> is removed: tab and newline stay, form feed and vertical tab go like other controls.</summary>
    public static bool IsForbidden(char c) => c is < ' ' and not '\t' and not '\n' || c is '\u007F' or '\uFFFE' or '\uFFFF';
}
