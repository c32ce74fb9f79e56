using System.Buffers;

namespace Pipeline.Core.Normalizing;

/// <summary>Guesses a document's language (BCP 47) from its script and its commonest words.</summary>
internal static class LanguageGuesser
{
    private static readonly (string Tag, string[] Words)[] StopWords =
    [
        ("en", ["the", "and", "of", "to", "is", "that", "it", "you", "we", "in"]),
        ("de", ["der", "die", "und", "das", "ist", "nicht", "ich", "wir", "sie", "es"]),
        ("fr", ["le", "la", "les", "et", "est", "que", "des", "nous", "pas", "une"]),
        ("es", ["el", "la", "que", "los", "y", "es", "en", "las", "una", "por"]),
        ("it", ["il", "che", "di", "la", "è", "non", "per", "una", "sono", "gli"]),
        ("pt", ["o", "que", "não", "de", "uma", "os", "é", "para", "com", "as"]),
        ("nl", ["de", "het", "een", "en", "van", "is", "niet", "dat", "ik", "wij"]),
        ("ca", ["el", "la", "que", "els", "i", "és", "les", "amb", "per", "una"]),
    ];

    private static readonly SearchValues<char> Separators = SearchValues.Create(" \n\t,.;:!?\"()");

    /// <summary>Every stop word once, numbered.</summary>
    private static readonly Dictionary<string, int> StopWordIndex = StopWords.SelectMany(l => l.Words).Distinct(StringComparer.Ordinal)
        .Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);

    private static readonly int MaxStopWordLength = StopWordIndex.Keys.Max(w => w.Length);

    /// <summary>How many characters from the start of the text the guess reads.</summary>
    public const int SampleLength = 20000;

    public static string Guess(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        if (sample.IndexOfAnyInRange('\u0370', '\u04FF') >= 0 && GuessScript(sample) is { } script)
            return script;

        // Each stop word's count, the first language with the highest sum winning: one pass over the sample, lower-casing
        // only words short enough to be a stop word, instead of lower-casing, splitting and grouping every word of it.
        var counts = new int[StopWordIndex.Count];
        var lookup = StopWordIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[MaxStopWordLength];
        var rest = sample;
        while (rest.Length > 0)
        {
            var end = rest.IndexOfAny(Separators);
            var word = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (word.Length == 0 || word.Length > MaxStopWordLength)
                continue;
            var written = word.ToLowerInvariant(lower);
            if (written > 0 && lookup.TryGetValue(lower[..written], out var index))
                counts[index]++;
        }

        var best = (Tag: StopWords[0].Tag, Score: -1);
        foreach (var (tag, words) in StopWords)
        {
            var score = 0;
            foreach (var w in words)
                score += counts[StopWordIndex[w]];
            if (score > best.Score)
                best = (tag, score);
        }

        return best.Score > 0 ? best.Tag : "en";
    }

    /// <summary>Russian, Ukrainian or Greek when the sample is written more in that script than in Latin letters; null
    /// otherwise. <see cref="Guess"/> counts only a sample with a Greek or Cyrillic character: without one, the script decides
    /// nothing, and most samples have none.</summary>
    private static string? GuessScript(ReadOnlySpan<char> sample)
    {
        int cyrillic = 0, greek = 0, latin = 0, ukrainianOnly = 0;
        foreach (var c in sample)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                if (c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є')
                    ukrainianOnly++;
            }
            else if (c is >= '\u0370' and <= '\u03FF')
            {
                greek++;
            }
            else if (char.IsLetter(c) && c < '\u0250')
            {
                latin++;
            }
        }

        if (cyrillic > latin && cyrillic >= greek)
            return ukrainianOnly * 50 > cyrillic ? "uk" : "ru";
        return greek > latin ? "el" : null;
    }
}
