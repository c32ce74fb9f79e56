namespace Pipeline.Formats.Writers.Docx;

/// <summary>The one date the package carries (created and modified): the document's own date, else the build time, else 1980-01-01.</summary>
internal static class DocxDocumentDate
{
    /// <summary>The fallback when neither the document nor the options give a date: the earliest a zip entry can carry.</summary>
    public static readonly DateTimeOffset Fallback = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] PartialFormats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    /// <summary>Resolves the date, in UTC. <paramref name="documentDate"/> is ISO 8601 (<c>2021-06-11</c>, <c>2021-06</c>, <c>2021</c>, or a full timestamp).</summary>
    public static DateTimeOffset Resolve(string? documentDate, DateTimeOffset? buildTime)
    {
        var text = documentDate?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            if (DateTimeOffset.TryParseExact(text, PartialFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var day))
                return day.ToUniversalTime();
            if (text.Contains('T', StringComparison.Ordinal) &&
                DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
                return instant.ToUniversalTime();
        }

        return buildTime?.ToUniversalTime() ?? Fallback;
    }

    /// <summary>The W3CDTF form <c>core.xml</c> wants (<c>2021-06-11T00:00:00Z</c>).</summary>
    public static string ToW3c(DateTimeOffset date) =>
        date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
