using System.Collections.Frozen;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>A document language as WordprocessingML wants it: a language-region tag and the script slots it fills.</summary>
/// <param name="Tag">The tag for <c>w:lang/@w:val</c> and <c>dc:language</c> (e.g. <c>en-US</c>).</param>
/// <param name="PrimaryLanguage">The lower-case primary subtag (e.g. <c>en</c>).</param>
/// <param name="IsEastAsian">Chinese, Japanese or Korean: the tag also goes to <c>w:lang/@w:eastAsia</c>.</param>
/// <param name="IsRightToLeft">A right-to-left language: the tag also goes to <c>w:lang/@w:bidi</c> and paragraphs run right to left.</param>
internal sealed record DocxLanguage(string Tag, string PrimaryLanguage, bool IsEastAsian, bool IsRightToLeft)
{
    /// <summary>The language used when the document does not say.</summary>
    public static DocxLanguage Default { get; } = new("en-US", "en", false, false);

    private static readonly FrozenDictionary<string, string> DefaultRegions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ar"] = "SA", ["be"] = "BY", ["bg"] = "BG", ["ca"] = "ES", ["cs"] = "CZ", ["cy"] = "GB", ["da"] = "DK",
        ["de"] = "DE", ["el"] = "GR", ["en"] = "US", ["es"] = "ES", ["et"] = "EE", ["eu"] = "ES", ["fa"] = "IR",
        ["fi"] = "FI", ["fr"] = "FR", ["ga"] = "IE", ["gl"] = "ES", ["he"] = "IL", ["hi"] = "IN", ["hr"] = "HR",
        ["hu"] = "HU", ["hy"] = "AM", ["id"] = "ID", ["is"] = "IS", ["it"] = "IT", ["ja"] = "JP", ["ka"] = "GE",
        ["kk"] = "KZ", ["ko"] = "KR", ["lt"] = "LT", ["lv"] = "LV", ["ms"] = "MY", ["nb"] = "NO", ["nl"] = "NL",
        ["nn"] = "NO", ["pl"] = "PL", ["pt"] = "PT", ["ro"] = "RO", ["ru"] = "RU", ["sk"] = "SK", ["sl"] = "SI",
        ["sq"] = "AL", ["sr"] = "RS", ["sv"] = "SE", ["th"] = "TH", ["tr"] = "TR", ["uk"] = "UA", ["ur"] = "PK",
        ["vi"] = "VN", ["zh"] = "CN",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> EastAsian = FrozenSet.ToFrozenSet(["ja", "ko", "zh"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> RightToLeft =
        FrozenSet.ToFrozenSet(["ar", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"], StringComparer.Ordinal);

    /// <summary>Maps a BCP 47 tag to Word's form: subtags cased by kind (<c>sr-latn-rs</c> → <c>sr-Latn-RS</c>), the usual region
    /// added to a bare language (<c>ru</c> → <c>ru-RU</c>); null, blank or malformed tags give <see cref="Default"/>.</summary>
    public static DocxLanguage FromBcp47(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
            return Default;
        var subtags = tag.Trim().Replace('_', '-').Split('-');
        var primary = subtags[0].ToLowerInvariant();
        if (primary.Length is < 2 or > 3 || !primary.All(char.IsAsciiLetter))
            return Default;
        string? script = null;
        string? region = null;
        foreach (var subtag in subtags.Skip(1))
        {
            if (script is null && region is null && subtag.Length == 4 && subtag.All(char.IsAsciiLetter))
                script = char.ToUpperInvariant(subtag[0]) + subtag[1..].ToLowerInvariant();
            else if (region is null && ((subtag.Length == 2 && subtag.All(char.IsAsciiLetter)) || (subtag.Length == 3 && subtag.All(char.IsAsciiDigit))))
                region = subtag.ToUpperInvariant();
        }

        region ??= DefaultRegions.GetValueOrDefault(primary);
        var parts = new[] { primary, script, region }.Where(p => p is not null);
        return new DocxLanguage(string.Join('-', parts), primary, EastAsian.Contains(primary), RightToLeft.Contains(primary));
    }
}
