namespace Pipeline.Formats.Writers.Tei;

/// <summary>Mapping model values to the TEI datatypes they go into: languages, dates, licences, URIs, tokens.</summary>
internal static partial class TeiVocabulary
{
    /// <summary>The language used when the document does not say.</summary>
    public const string DefaultLanguage = "en";

    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ar"] = "Arabic",
        ["be"] = "Belarusian",
        ["bg"] = "Bulgarian",
        ["cs"] = "Czech",
        ["cy"] = "Welsh",
        ["da"] = "Danish",
        ["de"] = "German",
        ["el"] = "Greek",
        ["en"] = "English",
        ["es"] = "Spanish",
        ["et"] = "Estonian",
        ["fa"] = "Persian",
        ["fi"] = "Finnish",
        ["fr"] = "French",
        ["ga"] = "Irish",
        ["he"] = "Hebrew",
        ["hi"] = "Hindi",
        ["hr"] = "Croatian",
        ["hu"] = "Hungarian",
        ["it"] = "Italian",
        ["ja"] = "Japanese",
        ["ka"] = "Georgian",
        ["kk"] = "Kazakh",
        ["ko"] = "Korean",
        ["la"] = "Latin",
        ["lt"] = "Lithuanian",
        ["lv"] = "Latvian",
        ["nb"] = "Norwegian Bokmål",
        ["nl"] = "Dutch",
        ["nn"] = "Norwegian Nynorsk",
        ["no"] = "Norwegian",
        ["pl"] = "Polish",
        ["pt"] = "Portuguese",
        ["ro"] = "Romanian",
        ["ru"] = "Russian",
        ["sk"] = "Slovak",
        ["sl"] = "Slovenian",
        ["sr"] = "Serbian",
        ["sv"] = "Swedish",
        ["tr"] = "Turkish",
        ["uk"] = "Ukrainian",
        ["zh"] = "Chinese",
    };

    /// <summary>The BCP 47 tag as an <c>xml:lang</c> value (<c>pt_BR</c> → <c>pt-BR</c>), or null when it is not one.</summary>
    public static string? NormalizeLanguage(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
            return null;
        var normalized = tag.Trim().Replace('_', '-');
        return LanguageTag().IsMatch(normalized) ? normalized : null;
    }

    /// <summary>The English name of a language tag's primary language (<c>en-GB</c> → <c>English</c>); the tag itself when unknown.</summary>
    public static string LanguageName(string tag)
    {
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        var primary = dash < 0 ? tag : tag[..dash];
        return LanguageNames.TryGetValue(primary, out var name) ? name : tag;
    }

    /// <summary>The date as a W3C date value (<c>2021-06-11</c>, <c>2021-06</c>, <c>2021</c>) for <c>@when</c>, or null when it is not one.</summary>
    public static string? W3cDate(string? date)
    {
        if (string.IsNullOrWhiteSpace(date))
            return null;
        var trimmed = date.Trim();
        if (!W3cDatePattern().IsMatch(trimmed))
            return null;
        if (trimmed.Length == 4)
            return trimmed;
        // The pattern leaves only digits in place: a calendar date needs a year from 1, a month of 12 and a day of its month.
        var year = Number(trimmed.AsSpan(0, 4));
        var month = Number(trimmed.AsSpan(5, 2));
        var day = trimmed.Length == 10 ? Number(trimmed.AsSpan(8, 2)) : 1;
        var valid = year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        return valid ? trimmed : null;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var digit in digits)
            value = (value * 10) + (digit - '0');
        return value;
    }

    /// <summary>The URL of a licence named in a rights statement (<c>CC BY 4.0</c>, a URL), or null.</summary>
    public static string? LicenceUrl(string rights)
    {
        var trimmed = rights.Trim();
        if ((trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            && !trimmed.Any(char.IsWhiteSpace))
            return Uri(trimmed);
        if (CcZero().IsMatch(trimmed))
            return "https://creativecommons.org/publicdomain/zero/1.0/";
        var match = CreativeCommons().Match(trimmed);
        if (!match.Success)
            return null;
        var parts = match.Groups["parts"].Captures.Select(c => c.Value.ToLowerInvariant()).ToList();
        if (parts.Count != parts.Distinct(StringComparer.Ordinal).Count() || (parts.Contains("sa") && parts.Contains("nd")))
            return null;
        var kind = string.Join("-", new[] { "by" }.Concat(new[] { "nc", "nd", "sa" }.Where(parts.Contains)));
        var version = match.Groups["version"].Success ? match.Groups["version"].Value : "4.0";
        return $"https://creativecommons.org/licenses/{kind}/{version}/";
    }

    /// <summary>The <c>@type</c> of an identifier: <c>URI</c>, <c>DOI</c>, <c>URN</c> or <c>local</c>.</summary>
    public static string IdentifierType(string identifier)
    {
        var trimmed = identifier.Trim();
        if (trimmed.StartsWith("doi:", StringComparison.OrdinalIgnoreCase) || Doi().IsMatch(trimmed))
            return "DOI";
        if (trimmed.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
            return "URN";
        if (trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return "URI";
        return "local";
    }

    /// <summary>A URI reference that any <c>xsd:anyURI</c> check accepts: non-ASCII, spaces, controls and
    /// characters outside RFC 3986 are percent-encoded (as UTF-8), stray <c>%</c> and second <c>#</c> too.</summary>
    public static string Uri(string target)
    {
        var builder = new StringBuilder(target.Length);
        var seenHash = false;
        var bytes = Encoding.UTF8.GetBytes(target.Trim());
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var c = (char)b;
            var keep = b < 0x80 && (char.IsAsciiLetterOrDigit(c) || "-._~:/?@!$&'()*+,;=".Contains(c));
            if (c == '#' && !seenHash)
            {
                seenHash = true;
                keep = true;
            }

            if (c == '%' && i + 2 < bytes.Length && char.IsAsciiHexDigit((char)bytes[i + 1]) && char.IsAsciiHexDigit((char)bytes[i + 2]))
                keep = true;
            if (keep)
                builder.Append(c);
            else
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>A value for a <c>teidata.enumerated</c> attribute: one token, with no spaces or controls.</summary>
    public static string Token(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingDash = false;
        foreach (var c in value.Trim())
        {
            var category = char.GetUnicodeCategory(c);
            var separatorOrControl = char.IsWhiteSpace(c) || category is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator
                or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned;
            if (separatorOrControl)
            {
                pendingDash = true;
                continue;
            }

            if (pendingDash && builder.Length > 0)
                builder.Append('-');
            pendingDash = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    [GeneratedRegex("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")]
    private static partial Regex W3cDatePattern();

    [GeneratedRegex(@"^CC[\s-]*(0|zero)(\s*1\.0)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CcZero();

    [GeneratedRegex(@"^(CC|Creative\s+Commons)[\s-]*BY(?:[\s-]+(?<parts>NC|SA|ND))*(?:[\s-]+(?<version>[1-4]\.0))?$", RegexOptions.IgnoreCase)]
    private static partial Regex CreativeCommons();

    [GeneratedRegex(@"^10\.[0-9]{4,9}/\S+$")]
    private static partial Regex Doi();
}
