using Pipeline.Formats.Writers.Docx;

namespace Pipeline.Tests.Formats.Writers.Docx;

public sealed class DocxLanguageTests
{
    [Theory]
    [InlineData("en", "en-US", false, false)]
    [InlineData("EN_gb", "en-GB", false, false)]
    [InlineData("ru", "ru-RU", false, false)]
    [InlineData("sr-latn", "sr-Latn-RS", false, false)]
    [InlineData("sr-Latn-ME", "sr-Latn-ME", false, false)]
    [InlineData("es-419", "es-419", false, false)]
    [InlineData("ja", "ja-JP", true, false)]
    [InlineData("ar", "ar-SA", false, true)]
    [InlineData("tlh", "tlh", false, false)]
    [InlineData("", "en-US", false, false)]
    [InlineData("x", "en-US", false, false)]
    [InlineData("12-34", "en-US", false, false)]
    public void Bcp47_tags_map_to_word_language_tags(string tag, string expected, bool eastAsian, bool rightToLeft)
    {
        var language = DocxLanguage.FromBcp47(tag);

        Assert.Equal((expected, eastAsian, rightToLeft), (language.Tag, language.IsEastAsian, language.IsRightToLeft));
    }
}
