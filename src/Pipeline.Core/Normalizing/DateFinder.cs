namespace Pipeline.Core.Normalizing;

/// <summary>Finds a calendar date written in prose and gives it as ISO 8601.</summary>
internal static partial class DateFinder
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    [GeneratedRegex(@"\b(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<month>\p{L}{3,10})\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>[0-9]{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>[0-9]{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?(?<month>\p{L}{3,10})\.?,?\s+(?:de\s+)?(?<y>[0-9]{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<month>\p{L}{3,10})\s+(?<y>[0-9]{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    /// <summary>The first date in <paramref name="text"/>: <c>June 11, 2021</c>, <c>11 June 2021</c>, <c>11 июня 2021</c>,
    /// <c>2021-06-11</c> give <c>2021-06-11</c>; <c>June 2021</c> gives <c>2021-06</c>.</summary>
    public static string? Find(string text)
    {
        var candidates = new List<(int Index, string Iso)>();
        foreach (Match m in IsoDate().Matches(text))
            Add(m.Index, m.Groups["y"].Value, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), m.Groups["d"].Value);
        foreach (Match m in MonthDayYear().Matches(text))
        {
            if (Months.TryGetValue(m.Groups["month"].Value.ToLowerInvariant(), out var month))
                Add(m.Index, m.Groups["y"].Value, month, m.Groups["d"].Value);
        }

        foreach (Match m in DayMonthYear().Matches(text))
        {
            if (Months.TryGetValue(m.Groups["month"].Value.ToLowerInvariant(), out var month))
                Add(m.Index, m.Groups["y"].Value, month, m.Groups["d"].Value);
        }

        if (candidates.Count == 0)
        {
            foreach (Match m in MonthYear().Matches(text))
            {
                if (Months.TryGetValue(m.Groups["month"].Value.ToLowerInvariant(), out var month))
                    candidates.Add((m.Index, $"{m.Groups["y"].Value}-{month:00}"));
            }
        }

        return candidates.Count == 0 ? null : candidates.OrderBy(c => c.Index).First().Iso;

        void Add(int index, string year, int month, string day)
        {
            var y = int.Parse(year, CultureInfo.InvariantCulture);
            var d = int.Parse(day, CultureInfo.InvariantCulture);
            if (y is < 1000 or > 2999 || month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, month))
                return;
            candidates.Add((index, $"{y:0000}-{month:00}-{d:00}"));
        }
    }

    /// <summary>Whether a word is a month name in one of the languages known here.</summary>
    public static bool IsMonth(string word) => Months.ContainsKey(word.ToLowerInvariant().TrimEnd('.'));

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var culture in new[] { "en", "fr", "de", "es", "it", "pt", "nl", "ca", "ru", "uk" })
        {
            var format = CultureInfo.GetCultureInfo(culture).DateTimeFormat;
            for (var i = 0; i < 12; i++)
            {
                foreach (var name in new[] { format.MonthNames[i], format.MonthGenitiveNames[i], format.AbbreviatedMonthNames[i], format.AbbreviatedMonthGenitiveNames[i] })
                {
                    var key = name.ToLowerInvariant().TrimEnd('.');
                    if (key.Length >= 3)
                        months.TryAdd(key, i + 1);
                }
            }
        }

        months.TryAdd("sept", 9);
        return months;
    }
}
