namespace Pipeline.Formats.Readers.Html;

/// <summary>Counts and compares words (runs of letters and digits), case-folded.</summary>
internal static class WordCount
{
    public static int Of(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
                count++;
            inWord = isWordChar;
        }

        return count;
    }

    /// <summary>Each word and how often it occurs.</summary>
    public static Dictionary<string, int> Bag(string text)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
                start = i;
            else if (!isWordChar && start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                bag[word] = bag.GetValueOrDefault(word) + 1;
                start = -1;
            }
        }

        return bag;
    }

    /// <summary>The share of <paramref name="wanted"/>'s words (with repeats) that <paramref name="have"/> also has.</summary>
    public static double Coverage(Dictionary<string, int> wanted, Dictionary<string, int> have)
    {
        var total = 0;
        var found = 0;
        foreach (var (word, count) in wanted)
        {
            total += count;
            found += Math.Min(count, have.GetValueOrDefault(word));
        }

        return total == 0 ? 1 : (double)found / total;
    }
}
