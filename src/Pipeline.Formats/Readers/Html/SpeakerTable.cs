using AngleSharp.Dom;

namespace Pipeline.Formats.Readers.Html;

/// <summary>Decides whether a table is a transcript laid out in columns: the first column holds short, repeated
/// names and the rest holds what they said. Such a row is read as one paragraph, <c>name: text</c>.</summary>
internal static class SpeakerTable
{
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
        return SpeakerColumn.Holds(names, speech, WordCount.Of, nameMayEndWithPeriod: true);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
