namespace Pipeline.Formats.Readers.Markdown;

/// <summary>Maps front matter keys (as static site generators and transcript archives write them) to metadata.</summary>
internal static partial class MarkdownMetadata
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM", "yyyy", "yyyy/MM/dd", "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "MMMM yyyy",
    ];

    [GeneratedRegex(@"^(?<d>[0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ][0-9:.]+(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();

    public static DocumentMetadata From(FrontMatter front, List<Diagnostic> diagnostics)
    {
        var metadata = DocumentMetadata.Empty with
        {
            Title = Clean(front.Get("title")),
            Subtitle = Clean(front.Get("subtitle")),
            Description = Clean(front.Get("description", "summary", "abstract")),
            Publisher = Clean(front.Get("publisher", "source", "organization", "organisation")),
            Identifier = Clean(front.Get("identifier", "doi", "source_url", "url", "permalink", "media")),
            Rights = Clean(front.Get("rights", "license", "licence", "copyright")),
            Place = Clean(front.Get("place", "location", "venue")),
        };

        if (Clean(front.Get("date", "published", "published_time", "created")) is { } rawDate)
        {
            var date = ToIso(rawDate);
            if (date is null)
                diagnostics.Add(Diagnostic.Warning(DiagnosticCode.FrontMatterDateIgnored, $"front matter date '{rawDate}' is not a date this reader understands; ignored").With("date", rawDate));
            metadata = metadata with { Date = date };
        }

        if (Clean(front.Get("lang", "language", "locale")) is { } language)
        {
            if (LanguageTag().IsMatch(language))
                metadata = metadata with { Language = language.Replace('_', '-') };
            else
                diagnostics.Add(Diagnostic.Warning(DiagnosticCode.FrontMatterLanguageIgnored, $"front matter language '{language}' is not a BCP 47 tag; ignored").With("language", language));
        }

        return metadata;
    }

    /// <summary>The people the front matter names as speakers or authors of the recording.</summary>
    public static IReadOnlyList<string> Speakers(FrontMatter front) =>
        [.. front.GetAll("speakers", "speaker", "participants", "guests", "hosts").Select(Clean).OfType<string>()];

    /// <summary>Speakers named by a header line near the top (<c>* **Speaker: Rich Hickey**</c>), when the front matter names none.</summary>
    public static IReadOnlyList<string> SpeakersFromHeader(IEnumerable<MarkdownItem> items)
    {
        foreach (var item in items.Take(HeaderItems))
        {
            foreach (var line in item.PlainText.Split('\n'))
            {
                var match = SpeakerHeader().Match(line.Trim());
                if (!match.Success)
                    continue;
                return [.. NameList().Split(match.Groups["names"].Value).Select(n => n.Trim().TrimEnd('.')).Where(n => n.Length > 0)];
            }
        }

        return [];
    }

    private const int HeaderItems = 10;

    [GeneratedRegex(@"^(?:[-*+]\s+)?(?:Speakers?|Presenters?|Guests?)\s*:\s*(?<names>\p{Lu}[\p{L}.'’ \-,&]{1,120})$", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerHeader();

    [GeneratedRegex(@"\s*(?:,|&|\band\b|\binterviews\b|\bwith\b)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NameList();

    /// <summary>A date as ISO 8601 (<c>2021-06-11</c>, <c>2021-06</c>, <c>2021</c>), or null.</summary>
    public static string? ToIso(string text)
    {
        var trimmed = text.Trim();
        if (IsoDateTime().Match(trimmed) is { Success: true } iso)
            return DateTime.TryParseExact(iso.Groups["d"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? iso.Groups["d"].Value : null;
        foreach (var format in DateFormats)
        {
            if (!DateTime.TryParseExact(trimmed, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
                continue;
            return format switch
            {
                "yyyy" => date.ToString("yyyy", CultureInfo.InvariantCulture),
                "yyyy-MM" or "MMMM yyyy" => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
        }

        return null;
    }

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
