using Pipeline.Formats.Writers.Tei;

namespace Pipeline.Tests.Formats.Writers.Tei;

public sealed class TeiVocabularyTests
{
    [Theory]
    [InlineData("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")]
    [InlineData("CC-BY-SA 3.0", "https://creativecommons.org/licenses/by-sa/3.0/")]
    [InlineData("cc by nc nd", "https://creativecommons.org/licenses/by-nc-nd/4.0/")]
    [InlineData("CC BY-SA-NC 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/")]
    [InlineData("CC0", "https://creativecommons.org/publicdomain/zero/1.0/")]
    [InlineData("https://example.org/licence", "https://example.org/licence")]
    [InlineData("All rights reserved", null)]
    [InlineData("CC BY-SA-ND", null)]
    [InlineData("CC BY 5.0", null)]
    public void Licence_urls_are_recognised(string rights, string? expected) =>
        Assert.Equal(expected, TeiVocabulary.LicenceUrl(rights));

    [Theory]
    [InlineData("2021-06-11", "2021-06-11")]
    [InlineData("2021-06", "2021-06")]
    [InlineData("2021", "2021")]
    [InlineData(" 2021 ", "2021")]
    [InlineData("2021-13", null)]
    [InlineData("2021-02-30", null)]
    [InlineData("2020-02-29", "2020-02-29")]
    [InlineData("2021-02-29", null)]
    [InlineData("2021-04-31", null)]
    [InlineData("2021-12-31", "2021-12-31")]
    [InlineData("2021-00", null)]
    [InlineData("2021-01-00", null)]
    [InlineData("0000", "0000")]
    [InlineData("0000-01", null)]
    [InlineData("0000-01-01", null)]
    [InlineData("2021-1-01", null)]
    [InlineData("June 2021", null)]
    [InlineData(null, null)]
    public void W3c_dates_are_checked(string? date, string? expected) => Assert.Equal(expected, TeiVocabulary.W3cDate(date));

    [Theory]
    [InlineData("en", "en")]
    [InlineData("pt_BR", "pt-BR")]
    [InlineData(" sr-Latn-RS ", "sr-Latn-RS")]
    [InlineData("english language", null)]
    [InlineData("", null)]
    public void Language_tags_are_normalised(string tag, string? expected) => Assert.Equal(expected, TeiVocabulary.NormalizeLanguage(tag));

    [Theory]
    [InlineData("en-GB", "English")]
    [InlineData("uk", "Ukrainian")]
    [InlineData("xx-YY", "xx-YY")]
    public void Language_names_are_english(string tag, string expected) => Assert.Equal(expected, TeiVocabulary.LanguageName(tag));

    [Theory]
    [InlineData("https://a.org/x?y=1#z", "https://a.org/x?y=1#z")]
    [InlineData("a b", "a%20b")]
    [InlineData("ü", "%C3%BC")]
    [InlineData("%41%zz", "%41%25zz")]
    [InlineData("#a#b", "#a%23b")]
    [InlineData("<\"{}|\\^`>", "%3C%22%7B%7D%7C%5C%5E%60%3E")]
    public void Uris_are_escaped(string target, string expected) => Assert.Equal(expected, TeiVocabulary.Uri(target));

    [Theory]
    [InlineData("interviewer", "interviewer")]
    [InlineData(" guest  speaker ", "guest-speaker")]
    [InlineData("a\tb\u200Bc", "a-b-c")]
    public void Tokens_have_no_spaces(string value, string expected) => Assert.Equal(expected, TeiVocabulary.Token(value));

    [Theory]
    [InlineData("10.1000/182", "DOI")]
    [InlineData("urn:isbn:123", "URN")]
    [InlineData("https://x.org/1", "URI")]
    [InlineData("OH-2021-017", "local")]
    public void Identifier_types(string identifier, string expected) => Assert.Equal(expected, TeiVocabulary.IdentifierType(identifier));

    [Theory]
    [InlineData("putin", "putin")]
    [InlineData("1st speaker", "id-1st-speaker")]
    [InlineData("a:b", "a-b")]
    [InlineData("  Keir Simmons ", "Keir-Simmons")]
    [InlineData("Путин", "")]
    [InlineData("...", "")]
    [InlineData("-x-", "x")]
    public void Ids_are_sanitised_to_ascii_ncnames(string id, string expected) => Assert.Equal(expected, TeiIds.Sanitize(id));

    [Fact]
    public void Claimed_ids_are_unique()
    {
        var ids = new TeiIds();
        Assert.Equal("paraphrase", ids.Reserve("paraphrase"));
        Assert.Equal("paraphrase-2", ids.Claim("paraphrase", "p"));
        Assert.Equal("paraphrase-3", ids.Claim("paraphrase", "p"));
        Assert.Equal("person1", ids.Claim("Путин", "person1"));
        Assert.Equal("person1-2", ids.Claim("путин", "person1"));
        Assert.Throws<InvalidOperationException>(() => ids.Reserve("paraphrase"));
    }
}
