namespace Pipeline.Formats.Writers.Docx;

/// <summary>The few words and marks the writer adds itself, in the document's language where it knows them.</summary>
/// <param name="Page">The word before the page number in the footer.</param>
/// <param name="Of">The word between the page number and the page count.</param>
/// <param name="OpenQuote">Opening mark of a quotation.</param>
/// <param name="CloseQuote">Closing mark of a quotation.</param>
/// <param name="OpenInnerQuote">Opening mark of a quotation inside a quotation.</param>
/// <param name="CloseInnerQuote">Closing mark of a quotation inside a quotation.</param>
internal sealed record DocxLabels(string Page, string Of, string OpenQuote, string CloseQuote, string OpenInnerQuote, string CloseInnerQuote)
{
    private static readonly DocxLabels English = new("Page", "of", "\u201C", "\u201D", "\u2018", "\u2019");

    /// <summary>Labels for a primary language subtag; English for languages not listed.</summary>
    public static DocxLabels For(string primaryLanguage) => primaryLanguage switch
    {
        "ru" => new("Страница", "из", "\u00AB", "\u00BB", "\u201E", "\u201C"),
        "uk" => new("Сторінка", "з", "\u00AB", "\u00BB", "\u201E", "\u201C"),
        "de" => new("Seite", "von", "\u201E", "\u201C", "\u201A", "\u2018"),
        "fr" => new("Page", "sur", "\u00AB\u00A0", "\u00A0\u00BB", "\u201C", "\u201D"),
        "es" => new("Página", "de", "\u00AB", "\u00BB", "\u201C", "\u201D"),
        "it" => new("Pagina", "di", "\u00AB", "\u00BB", "\u201C", "\u201D"),
        "pl" => new("Strona", "z", "\u201E", "\u201D", "\u00AB", "\u00BB"),
        _ => English,
    };

    /// <summary>The opening and closing marks for a quotation nested <paramref name="depth"/> deep (0 = outermost).</summary>
    public (string Open, string Close) QuoteMarks(int depth) =>
        depth % 2 == 0 ? (OpenQuote, CloseQuote) : (OpenInnerQuote, CloseInnerQuote);
}
