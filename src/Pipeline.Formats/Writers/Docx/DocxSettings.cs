using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Builds <c>settings.xml</c>: tab stops, the footnote separators, and Word 2013+ compatibility (no compatibility mode).</summary>
internal static class DocxSettings
{
    public static Settings Build() => new(
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new FootnoteDocumentWideProperties(
            new FootnoteSpecialReference { Id = -1 },
            new FootnoteSpecialReference { Id = 0 }),
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new DecimalSymbol { Val = "." },
        new ListSeparator { Val = "," });
}
