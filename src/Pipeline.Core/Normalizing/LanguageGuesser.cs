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

    /// <summary>How many characters from the start of the text the guess reads.</summary>
    public const int SampleLength = 20000;

    public static string Guess(string text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
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
        if (greek > latin)
            return "el";

        var words = sample.ToLowerInvariant()
            .Split([' ', '\n', '\t', ',', '.', ';', ':', '!', '?', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .GroupBy(w => w)
            .ToDictionary(g => g.Key, g => g.Count());
        var best = StopWords
            .Select(l => (l.Tag, Score: l.Words.Sum(w => words.GetValueOrDefault(w))))
            .OrderByDescending(l => l.Score)
            .First();
        return best.Score > 0 ? best.Tag : "en";
    }
}
