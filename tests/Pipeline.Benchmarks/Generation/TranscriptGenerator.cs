using System.Globalization;
using System.Text;

namespace Pipeline.Benchmarks.Generation;

/// <summary>The shapes of document the benchmarks use, by size.</summary>
public enum TranscriptShape
{
    /// <summary>About 15 KB and 2,500 words, like the seed interview: two speakers, an editor, a few sections.</summary>
    Interview,

    /// <summary>About 85,000 words: a hearing with a chair, many members and witnesses, many sections.</summary>
    Hearing,

    /// <summary>About 1 MB of text.</summary>
    Megabyte,
}

/// <summary>Writes plain-text transcripts with the shape of real ones — a title line with a date and place, a bracketed
/// preamble spanning two paragraphs, labelled turns, paraphrased turns and questions in brackets, section headings with
/// editorial summaries, unlabelled continuation paragraphs, broken-off speech, footnote markers with their bodies,
/// timestamps, incidents and Cyrillic passages — from invented words only. Deterministic: the same seed and size give
/// the same text.</summary>
public sealed class TranscriptGenerator
{
    private static readonly string[] Function =
    [
        "the", "a", "of", "and", "to", "in", "that", "is", "we", "it", "for", "not", "on", "with", "as", "you", "this",
        "but", "they", "at", "have", "be", "from", "our", "would", "there", "what", "so", "all", "very", "about", "more",
    ];

    private static readonly string[] Onsets = ["b", "br", "d", "dr", "f", "g", "gr", "k", "l", "m", "n", "p", "pr", "r", "s", "st", "t", "tr", "v", "z", "sh", "ch"];
    private static readonly string[] Nuclei = ["a", "e", "i", "o", "u", "ai", "ou", "ea", "io"];
    private static readonly string[] Codas = ["", "", "n", "r", "l", "s", "m", "nd", "st", "rk", "t"];
    private static readonly string[] CyrOnsets = ["б", "в", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ч", "ш"];
    private static readonly string[] CyrNuclei = ["а", "е", "и", "о", "у", "ы", "я", "ю"];
    private static readonly string[] CyrCodas = ["", "", "н", "р", "л", "с", "т", "й"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Incidents = ["[laughter]", "[inaudible]", "[crosstalk]", "[applause]", "[pause]"];

    private readonly Random random;
    private readonly bool timestamps;
    private readonly List<string> vocabulary;
    private TimeSpan clock;

    /// <param name="seed">Seeds the generator; documents differ by seed.</param>
    /// <param name="timestamps">Whether turns start with <c>[hh:mm:ss]</c> time stamps.</param>
    public TranscriptGenerator(int seed, bool timestamps = false)
    {
        random = new Random(seed);
        this.timestamps = timestamps;
        vocabulary = [.. Enumerable.Range(0, 600).Select(_ => Word(Onsets, Nuclei, Codas, random.Next(1, 4)))];
    }

    /// <summary>Roughly the size in UTF-8 bytes of each shape.</summary>
    public static int TargetBytes(TranscriptShape shape) => shape switch
    {
        TranscriptShape.Interview => 15_000,
        TranscriptShape.Hearing => 510_000,
        TranscriptShape.Megabyte => 1_000_000,
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    /// <summary>A document of the given shape.</summary>
    public static string Generate(TranscriptShape shape, int seed) => shape switch
    {
        TranscriptShape.Interview => new TranscriptGenerator(seed).Interview(TargetBytes(shape)),
        TranscriptShape.Hearing => new TranscriptGenerator(seed, timestamps: true).Hearing(85_000),
        TranscriptShape.Megabyte => new TranscriptGenerator(seed, timestamps: true).Hearing(int.MaxValue, TargetBytes(shape)),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    /// <summary>A two-person interview with an editor's headings, of about <paramref name="targetBytes"/> UTF-8 bytes.</summary>
    public string Interview(int targetBytes)
    {
        var host = Person();
        var guest = Person();
        var outlet = Capitalise(Pick(vocabulary)).ToUpperInvariant() + " " + Pick(["RADIO", "NEWS", "TV", "WEEKLY"]);
        var text = new StringBuilder(targetBytes + 4096);
        text.Append(CultureInfo.InvariantCulture, $"Transcript of the interview with {guest.Full} by {host.Full} of {Capitalise(outlet.ToLowerInvariant())}, which took place in {Place()} on {Date()}.");
        if (random.Next(2) == 0)
            text.Append(" [extracts]");
        text.Append("\n\n\n");
        text.Append('[').Append(Sentences(3, 5)).Append(" Editorial sub-headings and summaries are in square brackets.\n\n");
        text.Append('“').Append(Sentences(1, 2).TrimEnd('.')).Append("” (").Append(Sentence()).Append(")]\n\n");
        text.Append(outlet).Append(": ").Append(Sentences(2, 4)).Append(" ").Append(Question()).Append("\n\n");
        text.Append('[').Append(guest.Last).Append(": ").Append(Sentence()).Append("]\n\n");
        var footnotes = new List<string>();
        var bytes = Encoding.UTF8.GetByteCount(text.ToString());
        while (bytes < targetBytes * 9 / 10)
        {
            var start = text.Length;
            AppendSection(text, footnotes);
            var turns = random.Next(4, 9);
            for (var i = 0; i < turns; i++)
            {
                switch (random.Next(10))
                {
                    case 0:
                        text.Append('[').Append(outlet).Append(": ").Append(Question()).Append("]\n\n");
                        break;
                    case 1 or 2:
                        text.Append(host.Label).Append(": ").Append(Sentences(1, 2)).Append(" ").Append(Question()).Append("\n\n");
                        break;
                    case 3:
                        text.Append(host.Label).Append(": ").Append(Sentences(1, 1)).Append("\n\n");
                        text.Append(guest.Label).Append(": —").Append(Sentences(1, 2)).Append("\n\n");
                        break;
                    default:
                        text.Append(guest.Label).Append(":\u00A0").Append(Speech(footnotes)).Append("\n\n");
                        for (var c = random.Next(0, 3); c > 0; c--)
                            text.Append(Speech(footnotes)).Append("\n\n");
                        break;
                }
            }

            FlushFootnotes(text, footnotes);

            // Count only the new section: measuring the whole text each time made 100× documents quadratic.
            bytes += Encoding.UTF8.GetByteCount(text.ToString(start, text.Length - start));
        }

        return text.ToString();
    }

    /// <summary>A hearing with a chair, members and witnesses, of about <paramref name="targetWords"/> words or
    /// <paramref name="targetBytes"/> UTF-8 bytes, whichever comes first.</summary>
    public string Hearing(int targetWords, int targetBytes = int.MaxValue)
    {
        var chair = Person("THE CHAIR");
        var members = Enumerable.Range(0, random.Next(8, 14)).Select(_ => Person()).ToList();
        var witnesses = Enumerable.Range(0, random.Next(3, 7)).Select(_ => Person()).ToList();
        var text = new StringBuilder(Math.Min(targetBytes, 8_000_000));
        text.Append(CultureInfo.InvariantCulture, $"Hearing of the Standing Committee on {Capitalise(Pick(vocabulary))} {Capitalise(Pick(vocabulary))}, {Place()}, {Date()}\n\n");
        text.Append('[').Append(Sentences(2, 4)).Append("\n\n").Append(Sentences(1, 3)).Append("]\n\n");
        var words = 0;
        var bytes = 0;
        var footnotes = new List<string>();
        while (words < targetWords && bytes < targetBytes)
        {
            var start = text.Length;
            AppendSection(text, footnotes);
            text.Append(chair.Label).Append(": ").Append(Sentences(1, 3)).Append("\n\n");
            var witness = Pick(witnesses);
            for (var i = random.Next(6, 16); i > 0; i--)
            {
                var member = Pick(members);
                text.Append(member.Label).Append(": ").Append(Sentences(0, 2)).Append(" ").Append(Question()).Append("\n\n");
                text.Append(witness.Label).Append(": ").Append(Speech(footnotes)).Append("\n\n");
                for (var c = random.Next(0, 3); c > 0; c--)
                    text.Append(Speech(footnotes)).Append("\n\n");
                if (random.Next(12) == 0)
                    text.Append('[').Append(member.Last).Append(": ").Append(Sentence()).Append("]\n\n");
            }

            FlushFootnotes(text, footnotes);
            var chunk = text.ToString(start, text.Length - start);
            words += chunk.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            bytes += Encoding.UTF8.GetByteCount(chunk);
        }

        return text.ToString();
    }

    private void AppendSection(StringBuilder text, List<string> footnotes)
    {
        _ = footnotes;
        var heading = Capitalise(Phrase(2, 5));
        text.Append('[').Append(random.Next(3) == 0 ? "About " + heading.ToLowerInvariant() : heading).Append(random.Next(2) == 0 ? "]:\n\n" : "]\n\n");
        if (random.Next(3) > 0)
            text.Append('[').Append(Sentence().TrimEnd('.')).Append("]\n\n");
    }

    private static void FlushFootnotes(StringBuilder text, List<string> footnotes)
    {
        foreach (var note in footnotes)
            text.Append("[* ").Append(note).Append("]\n\n");
        footnotes.Clear();
    }

    private string Speech(List<string> footnotes)
    {
        var speech = new StringBuilder();
        if (timestamps)
        {
            clock += TimeSpan.FromSeconds(random.Next(5, 90));
            speech.Append(CultureInfo.InvariantCulture, $"[{(int)clock.TotalHours:00}:{clock.Minutes:00}:{clock.Seconds:00}] ");
        }

        var sentences = random.Next(2, 7);
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
                speech.Append(' ');
            var roll = random.Next(30);
            if (roll == 0 && footnotes.Count < 1)
            {
                var sentence = Sentence();
                speech.Append(sentence[..^1]).Append("*.");
                footnotes.Add(Sentences(1, 2));
            }
            else if (roll == 1)
            {
                speech.Append('“').Append(Cyrillic(random.Next(4, 12))).Append("”.");
            }
            else if (roll == 2)
            {
                speech.Append(Sentence()).Append(' ').Append(Pick(Incidents));
            }
            else if (roll is 3 or 4)
            {
                var sentence = Sentence();
                var cut = sentence.IndexOf(' ', sentence.Length / 2);
                speech.Append(cut > 0 ? sentence[..cut] + "— " + sentence[(cut + 1)..] : sentence);
            }
            else
            {
                speech.Append(Sentence());
            }
        }

        return speech.ToString();
    }

    private string Question() => Capitalise(Phrase(5, 14)) + "?";

    private string Sentence() => Capitalise(Phrase(6, 22)) + ".";

    private string Sentences(int min, int max)
    {
        var count = random.Next(min, max + 1);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => Sentence()));
    }

    private string Phrase(int min, int max)
    {
        var count = random.Next(min, max + 1);
        var words = new string[count];
        for (var i = 0; i < count; i++)
            words[i] = random.Next(5) < 2 ? Pick(Function) : Pick(vocabulary);
        if (count > 7 && random.Next(3) == 0)
            words[count / 2] += ",";
        return string.Join(' ', words);
    }

    private string Cyrillic(int words) =>
        Capitalise(string.Join(' ', Enumerable.Range(0, words).Select(_ => Word(CyrOnsets, CyrNuclei, CyrCodas, random.Next(1, 4)))));

    private string Word(string[] onsets, string[] nuclei, string[] codas, int syllables)
    {
        var word = new StringBuilder();
        for (var i = 0; i < syllables; i++)
            word.Append(Pick(onsets)).Append(Pick(nuclei));
        return word.Append(Pick(codas)).ToString();
    }

    private (string Full, string Last, string Label) Person(string? label = null)
    {
        var first = Capitalise(Word(Onsets, Nuclei, Codas, random.Next(1, 3)));
        var last = Capitalise(Word(Onsets, Nuclei, Codas, random.Next(2, 4)));
        return ($"{first} {last}", last, label ?? $"{first} {last}".ToUpperInvariant());
    }

    private string Place() => Capitalise(Word(Onsets, Nuclei, Codas, random.Next(2, 4)));

    private string Date() => $"{Pick(Months)} {random.Next(1, 29)}, {random.Next(1995, 2026)}";

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
