using AngleSharp.Dom;

namespace Pipeline.Formats.Readers.Html;

/// <summary>Decides whether a table is a transcript laid out in columns: the first column holds short, repeated
/// names and the rest holds what they said. Such a row is read as one paragraph, <c>name: text</c>.</summary>
internal static class SpeakerTable
{
    private const int MaxNameWords = 6;
    private const int MaxNameLength = 60;
    private const double MinNameRowShare = 0.8;

    public static bool Qualifies(IElement table)
    {
        var rows = DomWalk.Descendants(table)
            .Where(e => e.LocalName == "tr" && e.Closest("table") == table)
            .Select(r => r.Children.Where(c => c.LocalName is "td" or "th").ToList())
            .Where(cells => cells.Count >= 2)
            .ToList();
        if (rows.Count < 2)
            return false;
        var names = rows.Select(cells => Collapse(DomWalk.Text(cells[0]))).ToList();
        var speech = rows.Select(cells => string.Join(' ', cells.Skip(1).Select(c => Collapse(DomWalk.Text(c))))).ToList();
        var nameRows = names.Count(LooksLikeName);
        var distinct = names.Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var nameWords = names.Sum(WordCount.Of);
        var speechWords = speech.Sum(WordCount.Of);
        return nameRows >= rows.Count * MinNameRowShare && distinct < rows.Count && speechWords > nameWords * 2;
    }

    private static bool LooksLikeName(string text)
    {
        var trimmed = text.TrimEnd(':');
        return trimmed.Length is > 0 and <= MaxNameLength && char.IsUpper(trimmed[0])
            && WordCount.Of(trimmed) <= MaxNameWords && trimmed[^1] is not ('?' or '!');
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
