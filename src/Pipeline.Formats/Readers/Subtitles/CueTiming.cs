namespace Pipeline.Formats.Readers.Subtitles;

/// <summary>A cue timing line, <c>00:00:01.000 --&gt; 00:00:04.000</c> (WebVTT) or <c>00:00:01,000 --&gt; 00:00:04,000</c> (SRT),
/// optionally followed by cue settings (<c>align:start position:0%</c>), which are ignored.</summary>
internal static partial class CueTiming
{
    [GeneratedRegex(@"^\s*(?<start>(?:[0-9]{1,5}:)?[0-9]{1,2}:[0-9]{2}[.,][0-9]{1,3})\s*-->\s*(?<end>(?:[0-9]{1,5}:)?[0-9]{1,2}:[0-9]{2}[.,][0-9]{1,3})(?:[ \t]+.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimingLine();

    /// <summary>Whether the line has the arrow of a timing line, well-formed or not (<c>-&gt;</c> is a common slip).</summary>
    public static bool HasArrow(string line) => line.Contains("->", StringComparison.Ordinal);

    /// <summary>The start and end of a timing line, or null when it is malformed.</summary>
    public static (TimeSpan Start, TimeSpan End)? Parse(string line)
    {
        var match = TimingLine().Match(line);
        if (!match.Success)
            return null;
        return ParseTime(match.Groups["start"].Value) is { } start && ParseTime(match.Groups["end"].Value) is { } end
            ? (start, end)
            : null;
    }

    /// <summary>A time such as <c>01:02:03.450</c>, <c>02:03,450</c>; null when a field is out of range.</summary>
    public static TimeSpan? ParseTime(string text)
    {
        var parts = text.Split(':');
        var secondsPart = parts[^1].Split('.', ',');
        var hours = parts.Length == 3 ? int.Parse(parts[0], CultureInfo.InvariantCulture) : 0;
        var minutes = int.Parse(parts[^2], CultureInfo.InvariantCulture);
        var seconds = int.Parse(secondsPart[0], CultureInfo.InvariantCulture);
        var millis = int.Parse(secondsPart[1].PadRight(3, '0'), CultureInfo.InvariantCulture);
        if (minutes > 59 || seconds > 59)
            return null;
        return new TimeSpan(0, hours, minutes, seconds, millis);
    }
}
