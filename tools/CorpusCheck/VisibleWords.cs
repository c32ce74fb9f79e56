using System.Text.RegularExpressions;

namespace Pipeline.CorpusCheck;

/// <summary>Word multisets: case-folded runs of letters and digits that contain a letter.</summary>
internal static partial class VisibleWords
{
    [GeneratedRegex(@"[\p{L}\p{N}]*\p{L}[\p{L}\p{N}]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public static Dictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match match in Word().Matches(text))
        {
            var word = match.Value.ToLowerInvariant();
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        return counts;
    }

    /// <summary>The share of <paramref name="expected"/>'s words that <paramref name="actual"/> has (each occurrence counts), and the first few missing.</summary>
    public static (double Share, IReadOnlyList<string> Missing) Kept(Dictionary<string, int> expected, string actual)
    {
        var have = Count(actual);
        var total = 0;
        var kept = 0;
        var missing = new List<string>();
        foreach (var (word, count) in expected.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            total += count;
            var found = Math.Min(count, have.GetValueOrDefault(word));
            kept += found;
            if (found < count && missing.Count < 5)
                missing.Add(word);
        }

        return (total == 0 ? 1 : (double)kept / total, missing);
    }

    /// <summary>Removes <paramref name="count"/> occurrences of each word of <paramref name="text"/>.</summary>
    public static void Subtract(Dictionary<string, int> counts, string text, int count)
    {
        foreach (var (word, n) in Count(text))
        {
            if (counts.TryGetValue(word, out var have))
                counts[word] = Math.Max(0, have - (n * count));
        }
    }
}
