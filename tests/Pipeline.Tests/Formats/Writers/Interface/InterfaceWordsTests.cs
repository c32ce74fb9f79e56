using System.Text.Json;
using Pipeline.Formats.Writers.Interface;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Writers.Interface;

public sealed class InterfaceWordsTests
{
    public static readonly TheoryData<string> Required = new("en", "fr", "de", "es", "pt", "it", "nl", "pl", "cs", "uk", "ru", "ca");

    private static string WordsFolder => Path.Combine(RepoPaths.Root, "src", "Pipeline.Formats", "Writers", "Interface", "Words");

    private static Dictionary<string, string> File(string language) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(System.IO.File.ReadAllText(Path.Combine(WordsFolder, language + ".json")))!;

    [Theory]
    [MemberData(nameof(Required))]
    public void Every_required_language_has_a_file_with_every_english_word(string language)
    {
        var english = File("en");
        var words = File(language);

        Assert.Contains(language, InterfaceWords.Languages);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), words.Keys.Order(StringComparer.Ordinal));
        Assert.All(words, w => Assert.False(string.IsNullOrWhiteSpace(w.Value), w.Key));
        var pageOf = words["pageOf"];
        Assert.True(pageOf.IndexOf("{page}", StringComparison.Ordinal) is var page && page >= 0 && pageOf.IndexOf("{pages}", StringComparison.Ordinal) > page, pageOf);
        if (language != "en")
            Assert.NotEqual(english["pageOf"], pageOf);
    }

    [Fact]
    public void Document_language_picks_the_words_by_primary_subtag()
    {
        Assert.Equal("fr", InterfaceWords.For("fr-CA").Language);
        Assert.Equal("pt", InterfaceWords.For("pt_BR").Language);
        Assert.Equal("Page 3 sur 12", InterfaceWords.For("fr").PageOf(3, 12));
        Assert.Equal("Strona 1 z 2", InterfaceWords.For("pl-PL").PageOf(1, 2));
    }

    [Fact]
    public void Ui_language_overrides_the_document_and_unknown_languages_fall_back_to_english()
    {
        Assert.Equal("de", InterfaceWords.For("fr", "de").Language);
        Assert.Equal("fr", InterfaceWords.For("fr", "xx").Language);
        Assert.Equal("en", InterfaceWords.For("tlh").Language);
        Assert.Equal("en", InterfaceWords.For(null).Language);
        Assert.Equal("Page 1 of 24", InterfaceWords.For("sw").PageOf(1, 24));
    }

    [Fact]
    public void Roles_are_translated_and_unknown_roles_are_kept_as_they_are()
    {
        var french = InterfaceWords.For("fr");

        Assert.Equal("intervieweur", french.Role("interviewer"));
        Assert.Equal("présidence", french.Role("Chair"));
        Assert.Equal("juge", french.Role("juge"));
        Assert.Equal("notes", french.Role("notes"));
        Assert.Equal("Сторінка ", InterfaceWords.For("uk").PageOfParts().Before);
    }
}
