namespace Pipeline.Formats.Readers.Html;

/// <summary>Column and page markers of the printed edition a page reproduces (<c>19 July 2011 : Column 772</c>,
/// <c>Col. 12</c>, <c>[Page H6191]</c>): found by shape, a paragraph that is nothing but such a marker, and taken out
/// of the text with one diagnostic naming them. A speech the marker interrupted mid-sentence is joined again.</summary>
internal static partial class PageMarkers
{
    private const int MaxMarkerLength = 60;

    /// <summary>An optional date (a short lead with a digit, ending in a colon, comma or dash) and then the marker word and its
    /// number, with no full stop: <c>ANN: Page 12</c> and <c>Page 4.</c> are speech.</summary>
    [GeneratedRegex(@"^\[{0,2}\s*(?:[^\[\]:]{0,30}?[0-9][^\[\]:]{0,30}?\s*[:,—–-]\s*)?(?:Column|Columns|Col\.?|Cols\.?|Page|Pages|Pg\.?|Colonne|Spalte|Seite|Página|Pagina)\s+[A-Z]{0,3}[0-9]{1,5}[A-Za-z]?(?:\s*[-–]\s*[A-Z]{0,3}[0-9]{1,5}[A-Za-z]?)?\s*\]{0,2}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    /// <summary>True when a paragraph's whole text is a column or page marker.</summary>
    public static bool IsMarker(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is > 0 and <= MaxMarkerLength && Marker().IsMatch(trimmed);
    }

    /// <summary>The date a marker leads with (<c>19 July 2011 : Column 771</c>), as ISO 8601, or null.</summary>
    public static string? DateOf(string marker)
    {
        var colon = marker.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
            return null;
        string[] shapes = ["d MMMM yyyy", "dddd d MMMM yyyy", "MMMM d, yyyy", "yyyy-MM-dd"];
        return DateTime.TryParseExact(marker[..colon].Trim().TrimStart('['), shapes, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    public static ImmutableArray<SourceParagraph> Remove(ImmutableArray<SourceParagraph> paragraphs, List<Diagnostic> diagnostics, out IReadOnlyList<string> removed)
    {
        var result = new List<SourceParagraph>(paragraphs.Length);
        var markers = new List<string>();
        var joinNext = false;
        foreach (var paragraph in paragraphs)
        {
            var plain = Plain(paragraph);
            if (paragraph.Kind != SourceParagraphKind.Heading && paragraph.Lines.Length == 1 && IsMarker(plain))
            {
                markers.Add(plain.Trim());
                joinNext = result.Count > 0 && result[^1].Kind == SourceParagraphKind.Text && !EndsSentence(Plain(result[^1]));
                continue;
            }

            if (joinNext && paragraph.Kind == SourceParagraphKind.Text && paragraph.Speaker == result[^1].Speaker && StartsLower(plain))
                result[^1] = result[^1] with { Lines = [.. result[^1].Lines, .. paragraph.Lines] };
            else
                result.Add(paragraph);
            joinNext = false;
        }

        if (markers.Count > 0)
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.MarkersRemoved, $"{markers.Count} column/page marker(s) removed from the text: {string.Join(", ", markers.Take(10))}{(markers.Count > 10 ? ", …" : "")}").With("count", markers.Count));
        removed = markers;
        return [.. result];
    }

    private static string Plain(SourceParagraph paragraph) =>
        string.Join(' ', paragraph.Lines.Select(l => InlineText.ToPlainText(l.Content))).Trim();

    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd('"', '”', '’', '\'', ')', ' ');
        return trimmed.Length == 0 || trimmed[^1] is '.' or '?' or '!' or ':' or ';' or '…';
    }

    private static bool StartsLower(string text)
    {
        var trimmed = text.TrimStart('"', '“', '‘', '\'', '(', ' ');
        return trimmed.Length > 0 && char.IsLower(trimmed[0]);
    }
}
