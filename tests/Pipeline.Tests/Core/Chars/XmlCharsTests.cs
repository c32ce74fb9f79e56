using System.Text;
using Pipeline.Core.Chars;

namespace Pipeline.Tests.Core.Chars;

public sealed class XmlCharsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain text")]
    [InlineData("tab\tline\nreturn\r")]
    [InlineData("Grüße, שלום, 日本語, \uE000 private use, \uFFFD replacement")]
    [InlineData("an emoji \U0001F600 pair")]
    public void Allowed_text_is_returned_as_the_same_instance(string text)
    {
        var cleaned = XmlChars.Clean(text, out var removed);

        Assert.Same(text, cleaned);
        Assert.Equal(0, removed);
    }

    [Theory]
    [InlineData("a\u0000b", "ab", 1)]
    [InlineData("\u0001\u001F", "", 2)]
    [InlineData("\uFFFE\uFFFF kept \uFFFD", " kept \uFFFD", 2)]
    [InlineData("pair \U0001F600 then \u0007 bell", "pair \U0001F600 then  bell", 1)]
    [InlineData("0123456789012345678901234567890123456789 beyond a vector\u000B", "0123456789012345678901234567890123456789 beyond a vector", 1)]
    public void Forbidden_characters_are_removed_and_counted(string text, string expected, int expectedRemoved)
    {
        var cleaned = XmlChars.Clean(text, out var removed);

        Assert.Equal(expected, cleaned);
        Assert.Equal(expectedRemoved, removed);
    }

    [Fact]
    public void Lone_surrogates_are_removed_and_counted()
    {
        // Built here rather than given as theory data: xUnit does not carry a lone surrogate through its serialization.
        var text = "lone high " + '\uD800' + " and low " + '\uDC00' + " surrogates, high at end " + '\uD83D';

        var cleaned = XmlChars.Clean(text, out var removed);

        Assert.Equal("lone high  and low  surrogates, high at end ", cleaned);
        Assert.Equal(3, removed);
    }

    [Fact]
    public void Agrees_with_a_character_by_character_filter_on_random_text()
    {
        char[] alphabet = ['a', ' ', '\t', '\n', '\r', '\u0000', '\u001F', 'é', '\u05D0', '\uD7FF', '\uD83D', '\uDE00', '\uE000', '\uFFFD', '\uFFFE', '\uFFFF'];
        var random = new Random(17);
        for (var run = 0; run < 2000; run++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 80)).Select(_ => random.Next(4) == 0 ? alphabet[random.Next(alphabet.Length)] : 'x')]);

            var cleaned = XmlChars.Clean(text, out var removed);

            var (expected, expectedRemoved) = Filter(text);
            Assert.Equal(expected, cleaned);
            Assert.Equal(expectedRemoved, removed);
        }
    }

    private static (string Text, int Removed) Filter(string text)
    {
        var kept = new StringBuilder();
        var removed = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(text, i++, 2);
                continue;
            }

            var c = text[i];
            if (c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD))
                kept.Append(c);
            else
                removed++;
        }

        return (kept.ToString(), removed);
    }
}
