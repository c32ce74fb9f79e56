namespace Pipeline.Formats.Readers;

/// <summary>The rule the HTML and Word readers share for a table laid out as a transcript without a header: a first
/// column of short, recurring names (a trailing colon allowed) beside the much longer text they said.</summary>
internal static class SpeakerColumn
{
    private const int MaxNameWords = 6;
    private const int MaxNameLength = 60;
    private const double MinNameRowShare = 0.8;

    /// <summary>Whether <paramref name="names"/> (one per row) name the speakers of <paramref name="speech"/>.</summary>
    /// <param name="words">How the reader counts words.</param>
    /// <param name="nameMayEndWithPeriod">Whether a name may end with a full stop (<c>Mr.</c> in a web page's table).</param>
    public static bool Holds(IReadOnlyList<string> names, IEnumerable<string> speech, Func<string, int> words, bool nameMayEndWithPeriod)
    {
        var nameRows = names.Count(n => LooksLikeName(n, words, nameMayEndWithPeriod));
        var distinct = names.Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var nameWords = names.Sum(words);
        var speechWords = speech.Sum(words);
        return nameRows >= names.Count * MinNameRowShare && distinct < names.Count && speechWords > nameWords * 2;
    }

    private static bool LooksLikeName(string text, Func<string, int> words, bool mayEndWithPeriod)
    {
        var trimmed = text.TrimEnd(':');
        return trimmed.Length is > 0 and <= MaxNameLength && char.IsUpper(trimmed[0]) && words(trimmed) <= MaxNameWords
            && trimmed[^1] is not ('?' or '!') && (mayEndWithPeriod || trimmed[^1] != '.');
    }
}
