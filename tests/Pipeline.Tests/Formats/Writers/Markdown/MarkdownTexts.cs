using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Tests.Formats.Writers.Markdown;

/// <summary>Text comparisons for the round-trip tests.</summary>
internal static partial class MarkdownTexts
{
    /// <summary>The text as the writer should deliver it: unsafe characters dropped, whitespace runs as one space, trimmed.</summary>
    public static string Expected(string source)
    {
        var builder = new StringBuilder(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                builder.Append(c).Append(source[++i]);
                continue;
            }

            var unsafeChar = (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c)
                             || c is >= '\uFDD0' and <= '\uFDEF' || c is '\uFFFE' or '\uFFFF';
            if (!unsafeChar)
                builder.Append(c);
        }

        return Collapse(builder.ToString());
    }

    /// <summary>pandoc's smart typography curls straight quotes and joins three dots, as it does for any pandoc user;
    /// tests compare text as straight quotes and dots.</summary>
    public static string Unsmart(string text) => text
        .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
        .Replace("\u2026", "...", StringComparison.Ordinal);

    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The words (letter and digit runs) of a text, counted.</summary>
    public static Dictionary<string, int> Words(string text)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match match in Word().Matches(text))
            words[match.Value] = words.GetValueOrDefault(match.Value) + 1;
        return words;
    }

    /// <summary>Words of <paramref name="expected"/> that <paramref name="actual"/> has fewer of.</summary>
    public static List<string> Missing(Dictionary<string, int> expected, Dictionary<string, int> actual) =>
        [.. expected.Where(e => actual.GetValueOrDefault(e.Key) < e.Value).Select(e => $"{e.Key} ×{e.Value - actual.GetValueOrDefault(e.Key)}")];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Word();
}
