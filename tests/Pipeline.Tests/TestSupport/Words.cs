using System.Text.RegularExpressions;
using Pipeline.Core.Model;

namespace Pipeline.Tests.TestSupport;

/// <summary>Word multisets, for "every word of the input is kept" checks.</summary>
public static partial class Words
{
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>Words and how often they occur, case-folded (labels change case when they become markup).</summary>
    public static Dictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in Word().Matches(text))
        {
            var word = m.Value.ToLowerInvariant().Replace('’', '\'');
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        return counts;
    }

    /// <summary>Words of <paramref name="expected"/> that <paramref name="actual"/> has fewer of, with how many are missing.</summary>
    public static List<string> Missing(string expected, string actual)
    {
        var have = Count(actual);
        return [.. Count(expected).Where(e => have.GetValueOrDefault(e.Key) < e.Value).Select(e => $"{e.Key} (x{e.Value - have.GetValueOrDefault(e.Key)})")];
    }

    /// <summary>All visible text of a document as writers show it: title and notes, participants' names, blocks,
    /// each turn with its speaker's name, and footnotes.</summary>
    public static string TextOf(TranscriptDocument document)
    {
        var parts = new List<string> { document.Metadata.Title ?? "" };
        parts.AddRange(document.Metadata.Notes);
        parts.AddRange(document.Participants.Select(p => p.DisplayName));
        if (document.Front is { } front)
            parts.Add(InlineText.ToPlainText(front.Paragraphs));
        foreach (var block in document.Blocks)
        {
            parts.Add(block switch
            {
                Heading h => InlineText.ToPlainText(h.Content),
                Paragraph p => InlineText.ToPlainText(p.Content),
                Turn t => (t.Start is { } start ? Pipeline.Core.Debugging.ModelDump.FormatTime(start) + " " : "") + (document.FindParticipant(t.SpeakerId)?.DisplayName ?? t.SpeakerId) + ": " + InlineText.ToPlainText(t.Paragraphs),
                EditorialNote n => InlineText.ToPlainText(n.Paragraphs),
                _ => throw new NotSupportedException(block.GetType().Name),
            });
        }

        parts.AddRange(document.Footnotes.Select(f => InlineText.ToPlainText(f.Paragraphs)));
        return string.Join("\n", parts);
    }
}
