namespace Pipeline.Formats.Writers.Docx;

/// <summary>The quotation marks of the document's language (the words the writer adds are <see cref="Interface.InterfaceWords"/>).</summary>
/// <param name="OpenQuote">Opening mark of a quotation.</param>
/// <param name="CloseQuote">Closing mark of a quotation.</param>
/// <param name="OpenInnerQuote">Opening mark of a quotation inside a quotation.</param>
/// <param name="CloseInnerQuote">Closing mark of a quotation inside a quotation.</param>
internal sealed record DocxLabels(string OpenQuote, string CloseQuote, string OpenInnerQuote, string CloseInnerQuote)
{
    private static readonly DocxLabels English = new("\u201C", "\u201D", "\u2018", "\u2019");

    /// <summary>Labels for a primary language subtag; English for languages not listed.</summary>
    public static DocxLabels For(string primaryLanguage) => primaryLanguage switch
    {
        "ru" => new("\u00AB", "\u00BB", "\u201E", "\u201C"),
        "uk" => new("\u00AB", "\u00BB", "\u201E", "\u201C"),
        "de" => new("\u201E", "\u201C", "\u201A", "\u2018"),
        "fr" => new("\u00AB\u00A0", "\u00A0\u00BB", "\u201C", "\u201D"),
        "es" => new("\u00AB", "\u00BB", "\u201C", "\u201D"),
        "it" => new("\u00AB", "\u00BB", "\u201C", "\u201D"),
        "pl" => new("\u201E", "\u201D", "\u00AB", "\u00BB"),
        _ => English,
    };

    /// <summary>The opening and closing marks for a quotation nested <paramref name="depth"/> deep (0 = outermost).</summary>
    public (string Open, string Close) QuoteMarks(int depth) =>
        depth % 2 == 0 ? (OpenQuote, CloseQuote) : (OpenInnerQuote, CloseInnerQuote);
}
