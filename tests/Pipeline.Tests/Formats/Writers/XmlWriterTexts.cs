namespace Pipeline.Tests.Formats.Writers;

/// <summary>Texts that exercise every escape, line break, non-ASCII range and surrogate pair: the raw XML writers
/// (TEI, DOCX parts) are checked against the XmlWriter with them.</summary>
internal static class XmlWriterTexts
{
    /// <summary>The common texts followed by <paramref name="long"/>, a text long enough to cross the writer's buffer.</summary>
    public static string[] With(string @long) =>
    [
        "plain words",
        "",
        " leading and trailing ",
        "<tag> & \"quotes\" and 'apostrophes' > ]]> &amp;",
        "tab\there",
        "line\nfeed, carriage\rreturn, both\r\nand trailing\r",
        "accents: é ü ñ ß; Cyrillic: Привет; CJK: 漢字; Arabic: مرحبا",
        "emoji \U0001F600 and symbol \U0001D11E pairs",
        "\u0085 next line, \u2028 line separator, \u00A0 no-break, \u007F delete, \uFFFD replacement",
        @long,
    ];
}
