namespace Pipeline.Formats.Readers.Csv;

/// <summary>Times in transcript spreadsheets: <c>1:05</c>, <c>00:01:05.250</c>, <c>00:01:05,250</c>, and, in a column
/// whose header says it holds times, plain seconds (<c>65.25</c>) or milliseconds.</summary>
internal static partial class CsvTime
{
    private static readonly TimeSpan MaxTime = TimeSpan.FromDays(2);

    [GeneratedRegex(@"^(?:(?<h>[0-9]{1,3}):)?(?<m>[0-9]{1,3}):(?<s>[0-9]{1,2})(?:[.,](?<f>[0-9]{1,3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Clock();

    [GeneratedRegex(@"^(?<s>[0-9]{1,7})(?:[.,](?<f>[0-9]{1,3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Seconds();

    /// <summary>The time a cell gives; plain numbers only when <paramref name="numbersAreTimes"/> (seconds, or
    /// milliseconds when <paramref name="milliseconds"/>).</summary>
    public static TimeSpan? Parse(string cell, bool numbersAreTimes, bool milliseconds = false)
    {
        var text = cell.Trim();
        if (text.Length == 0)
            return null;
        TimeSpan? time = null;
        if (Clock().Match(text) is { Success: true } clock)
        {
            var hours = Number(clock.Groups["h"]);
            var minutes = Number(clock.Groups["m"]);
            var seconds = Number(clock.Groups["s"]);
            if (seconds < 60 && (!clock.Groups["h"].Success || minutes < 60))
                time = new TimeSpan(0, hours, minutes, seconds, Fraction(clock.Groups["f"]));
        }
        else if (numbersAreTimes && Seconds().Match(text) is { Success: true } plain)
        {
            var whole = Number(plain.Groups["s"]);
            time = milliseconds && !plain.Groups["f"].Success
                ? TimeSpan.FromMilliseconds(whole)
                : new TimeSpan(0, 0, 0, whole, Fraction(plain.Groups["f"]));
        }

        return time is { } t && t <= MaxTime ? t : null;
    }

    private static int Number(Group group) => group.Success ? int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    private static int Fraction(Group group) => group.Success ? int.Parse(group.Value.PadRight(3, '0'), NumberStyles.None, CultureInfo.InvariantCulture) : 0;
}
