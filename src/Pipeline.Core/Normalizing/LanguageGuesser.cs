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

    /// <summary>Every stop word once, numbered, by its <see cref="WordKey"/>.</summary>
    private static readonly NumberedKeys StopWordIndex = new([.. StopWords.SelectMany(l => l.Words).Distinct(StringComparer.Ordinal)
        .Select(w => WordKey(w) ?? throw new InvalidOperationException($"stop word '{w}' has no key"))]);

    /// <summary>Each language's stop words as numbers of <see cref="StopWordIndex"/>, in the order of <see cref="StopWords"/>.</summary>
    private static readonly int[][] LanguageWords = [.. StopWords.Select(l => l.Words.Select(w => StopWordIndex.NumberOf(WordKey(w)!.Value)).ToArray())];

    /// <summary>The longest stop word: longer words are not looked up.</summary>
    private const int MaxStopWordLength = 5;

    private const int BitsPerKeyChar = 12;

    /// <summary>How many characters from the start of the text the guess reads.</summary>
    public const int SampleLength = 20000;

    /// <summary>The language of the first <see cref="SampleLength"/> characters of <paramref name="text"/>.</summary>
    public static string Guess(string text)
    {
        var tally = new Tally();
        tally.Add(text.AsSpan(0, Math.Min(text.Length, SampleLength)));
        return tally.Guess();
    }

    /// <summary>A word (already lower case) as a number: its length and 12 bits per character. Null for a word that cannot be
    /// a stop word (longer than the longest, or with a character no stop word has), which is then not looked up.</summary>
    private static ulong? WordKey(ReadOnlySpan<char> lower)
    {
        if (lower.Length > MaxStopWordLength)
            return null;
        var key = (ulong)lower.Length;
        for (var i = 0; i < lower.Length; i++)
        {
            if (lower[i] >= 1 << BitsPerKeyChar)
                return null;
            key |= (ulong)lower[i] << (3 + (BitsPerKeyChar * i));
        }

        return key;
    }

    /// <summary>The script letters and stop words of a sample, counted as it is read piece by piece (the lines of a
    /// document, which need not be joined first). Pieces are read as if separated by a line break: a word never runs from
    /// one into the next. Words are found by a vectorised search for their separators, and only words short enough to be a
    /// stop word are looked at; the ASCII letters are counted vectorised and only the other characters one by one.</summary>
    public sealed class Tally
    {
        /// <summary>What separates words.</summary>
        private static readonly SearchValues<char> Separators = SearchValues.Create(" \n\t,.;:!?\"()");

        private readonly int[] counts = new int[StopWordIndex.Count];
        private int cyrillic;
        private int greek;
        private int latin;
        private int ukrainianOnly;

        public void Add(ReadOnlySpan<char> text)
        {
            latin += AsciiLetters.Count(text);
            var nonAscii = text.IndexOfAnyExceptInRange('\0', '\u007F');
            if (nonAscii >= 0)
            {
                foreach (var c in text[nonAscii..])
                {
                    if (c >= 0x80)
                        CountScript(c);
                }
            }

            var rest = text;
            while (true)
            {
                var end = rest.IndexOfAny(Separators);
                var word = end < 0 ? rest : rest[..end];
                if (word.Length is > 0 and <= MaxStopWordLength && Key(word) is { } key && StopWordIndex.NumberOf(key) is >= 0 and var number)
                    counts[number]++;
                if (end < 0)
                    return;
                rest = rest[(end + 1)..];
            }
        }

        /// <summary>Russian, Ukrainian or Greek when the sample is written more in that script than in Latin letters (and
        /// has a Greek or Cyrillic letter at all); else the language whose stop words are commonest, the first listed on a
        /// tie; English when none occurs.</summary>
        public string Guess()
        {
            if (cyrillic + greek > 0)
            {
                if (cyrillic > latin && cyrillic >= greek)
                    return ukrainianOnly * 50 > cyrillic ? "uk" : "ru";
                if (greek > latin)
                    return "el";
            }

            var best = (Tag: StopWords[0].Tag, Score: -1);
            for (var language = 0; language < StopWords.Length; language++)
            {
                var score = 0;
                foreach (var word in LanguageWords[language])
                    score += counts[word];
                if (score > best.Score)
                    best = (StopWords[language].Tag, score);
            }

            return best.Score > 0 ? best.Tag : "en";
        }

        private void CountScript(char c)
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
            else if (c < '\u0250' && char.IsLetter(c))
            {
                latin++;
            }
        }

        /// <summary>The <see cref="WordKey"/> of a word of at most <see cref="MaxStopWordLength"/> characters, lower-cased
        /// on the way: ASCII letters directly, any other word the way it always was.</summary>
        private static ulong? Key(ReadOnlySpan<char> word)
        {
            var key = (ulong)word.Length;
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                if (c >= 0x80)
                {
                    Span<char> lower = stackalloc char[MaxStopWordLength];
                    var written = word.ToLowerInvariant(lower);
                    return written > 0 ? WordKey(lower[..written]) : null;
                }

                var lowered = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
                key |= (ulong)lowered << (3 + (BitsPerKeyChar * i));
            }

            return key;
        }
    }
}
