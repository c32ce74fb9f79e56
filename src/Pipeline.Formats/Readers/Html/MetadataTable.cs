using AngleSharp.Dom;

namespace Pipeline.Formats.Readers.Html;

/// <summary>A table of the document's facts, one name and one value a row (<c>&lt;tr class="metadata"
/// data-name="date"&gt;&lt;th&gt;date&lt;/th&gt;&lt;td&gt;2015-12-04&lt;/td&gt;&lt;/tr&gt;</c>): metadata, never speech.
/// It qualifies when its rows say so in their markup, or when every row is a short name and a short value and at
/// least two of the names are facts a document has (date, title, language …).</summary>
internal static class MetadataTable
{
    private const int MaxValueWords = 12;
    private const int MaxNameWords = 3;

    /// <summary>The names the model has a field for, in the spellings such tables use (any case, <c>_</c>/<c>-</c>/space alike).</summary>
    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = "title", ["titre"] = "title", ["titel"] = "title", ["titulo"] = "title", ["título"] = "title",
        ["subtitle"] = "subtitle",
        ["date"] = "date", ["datum"] = "date", ["fecha"] = "date", ["sitting date"] = "date",
        ["place"] = "place", ["location"] = "place", ["lieu"] = "place", ["ort"] = "place", ["lugar"] = "place",
        ["publisher"] = "publisher", ["source"] = "publisher", ["éditeur"] = "publisher",
        ["identifier"] = "identifier", ["id"] = "identifier", ["doi"] = "identifier", ["url"] = "identifier",
        ["language"] = "language", ["lang"] = "language", ["langue"] = "language", ["sprache"] = "language", ["idioma"] = "language",
        ["rights"] = "rights", ["licence"] = "rights", ["license"] = "rights",
        ["description"] = "description", ["summary"] = "description",
    };

    /// <summary>The table's rows as (name, value), or null when the table is no metadata table.</summary>
    public static IReadOnlyList<(string Name, string Value)>? Read(IElement table)
    {
        var rows = DomWalk.Descendants(table).Where(e => e.LocalName == "tr" && e.Closest("table") == table).ToList();
        if (rows.Count == 0)
            return null;
        var pairs = new List<(string Name, string Value)>();
        var marked = 0;
        foreach (var row in rows)
        {
            var cells = row.Children.Where(c => c.LocalName is "td" or "th").ToList();
            if (cells.Count != 2)
                return null;
            var name = (row.GetAttribute("data-name") ?? Collapse(DomWalk.Text(cells[0]))).Trim().TrimEnd(':').Trim();
            var value = row.GetAttribute("data-value") is { } attribute && attribute.Trim().Length > 0 ? Collapse(attribute) : Collapse(DomWalk.Text(cells[1]));
            if (name.Length == 0 || WordCount.Of(name) > MaxNameWords || WordCount.Of(value) > MaxValueWords)
                return null;
            if (row.ClassList.Contains("metadata") || row.HasAttribute("data-name"))
                marked++;
            pairs.Add((name, value));
        }

        var known = pairs.Count(p => FieldOf(p.Name) is not null);
        return marked == rows.Count || (pairs.Count >= 2 && known >= 2) ? pairs : null;
    }

    /// <summary>The model field a row name maps to, or null.</summary>
    public static string? FieldOf(string name) =>
        Fields.TryGetValue(name.Replace('_', ' ').Replace('-', ' ').Trim(), out var field) ? field : null;

    /// <summary>The metadata with the table's facts filled in where the page's head said nothing.</summary>
    public static DocumentMetadata Merge(DocumentMetadata metadata, IEnumerable<(string Name, string Value)> rows, out List<string> unmapped)
    {
        unmapped = [];
        foreach (var (name, value) in rows)
        {
            if (value.Length == 0)
                continue;
            metadata = FieldOf(name) switch
            {
                "title" => metadata with { Title = metadata.Title ?? value },
                "subtitle" => metadata with { Subtitle = metadata.Subtitle ?? value },
                "date" when HtmlMetadataReader.IsoDateOf(value) is { } date => metadata with { Date = metadata.Date ?? date },
                "place" => metadata with { Place = metadata.Place ?? value },
                "publisher" => metadata with { Publisher = metadata.Publisher ?? value },
                "identifier" => metadata with { Identifier = metadata.Identifier ?? value },
                "language" when HtmlMetadataReader.IsLanguageTag(value) => metadata with { Language = metadata.Language ?? value },
                "rights" => metadata with { Rights = metadata.Rights ?? value },
                "description" => metadata with { Description = metadata.Description ?? value },
                _ => Unmapped(metadata, $"{name}={value}", unmapped),
            };
        }

        return metadata;
    }

    private static DocumentMetadata Unmapped(DocumentMetadata metadata, string row, List<string> unmapped)
    {
        unmapped.Add(row);
        return metadata;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
