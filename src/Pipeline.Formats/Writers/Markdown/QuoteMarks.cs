namespace Pipeline.Formats.Writers.Markdown;

/// <summary>Typographic quotation marks for a language: outer pair, and the pair used inside a quotation.</summary>
internal sealed record QuoteMarks(string Open, string Close, string InnerOpen, string InnerClose)
{
    private static readonly QuoteMarks English = new("\u201C", "\u201D", "\u2018", "\u2019");
    private static readonly QuoteMarks Guillemets = new("\u00AB", "\u00BB", "\u201C", "\u201D");
    private static readonly QuoteMarks Russian = new("\u00AB", "\u00BB", "\u201E", "\u201C");
    private static readonly QuoteMarks German = new("\u201E", "\u201C", "\u201A", "\u2018");

    /// <summary>The marks for a BCP 47 tag (by its primary language); English marks when unknown.</summary>
    public static QuoteMarks For(string language)
    {
        var primary = language.Split('-')[0].ToLowerInvariant();
        return primary switch
        {
            "ru" or "uk" or "be" => Russian,
            "fr" or "es" or "it" or "pt" or "ca" or "el" or "nb" or "nn" or "no" => Guillemets,
            "de" or "cs" or "sk" or "bg" or "lt" or "et" => German,
            _ => English,
        };
    }
}
