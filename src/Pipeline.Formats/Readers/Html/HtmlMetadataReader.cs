using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Pipeline.Formats.Readers.Html;

/// <summary>Reads the metadata a page carries in its head: title, language, description, date and publisher.</summary>
internal static partial class HtmlMetadataReader
{
    [GeneratedRegex(@"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    public static DocumentMetadata Read(IHtmlDocument document)
    {
        var title = Clean(document.Title) ?? Meta(document, "og:title");
        var lang = Clean(document.DocumentElement?.GetAttribute("lang")) ?? Clean(document.DocumentElement?.GetAttribute("xml:lang"));
        return new DocumentMetadata
        {
            Title = title,
            Language = lang is not null && LanguageTag().IsMatch(lang) ? lang : null,
            Description = Meta(document, "description") ?? Meta(document, "og:description"),
            Date = IsoDateOf(Meta(document, "article:published_time") ?? Meta(document, "date") ?? Meta(document, "dc.date")),
            Publisher = Meta(document, "og:site_name"),
        };
    }

    /// <summary>True for a BCP 47 shaped language tag (<c>fr</c>, <c>en-GB</c>).</summary>
    internal static bool IsLanguageTag(string value) => LanguageTag().IsMatch(value);

    /// <summary>A date as ISO 8601: the date part of an ISO timestamp, else null.</summary>
    internal static string? IsoDateOf(string? value)
    {
        if (value is null)
            return null;
        var match = IsoDate().Match(value);
        return match.Success ? match.Value : null;
    }

    private static string? Meta(IDocument document, string key)
    {
        foreach (var meta in document.Head?.QuerySelectorAll("meta") ?? Enumerable.Empty<IElement>())
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name");
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase) && Clean(meta.GetAttribute("content")) is { } content)
                return content;
        }

        return null;
    }

    private static string? Clean(string? value)
    {
        if (value is null)
            return null;
        var collapsed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }
}
