using Pipeline.Core.Normalizing;

namespace Pipeline.Tests.Core.Normalizing;

/// <summary>Issue #17, round 5: the vectorised searches and tables the normaliser reads with give the answers of the
/// character-by-character loops they replaced.</summary>
public sealed class NormaliserShortcutTests
{
    private static readonly string[] Samples =
    [
        "",
        "a",
        "Z",
        "@[`{",
        "The quick brown fox jumps over the lazy dog, 1234567890 times!",
        "ÀÉÎõü ñ ß and ASCII words past sixteen characters of them",
        "Мы знаем, что это не так — Αυτό είναι ZZZ zzz",
        "Page 12 of the transcript",
        "Page twelve of the transcript",
        "Page  twelve",
        "Page\u00A0twelve",
        "Page\u00A0 twelve",
        "Page \u00A0twelve",
        "Page\u00A0\u00A0twelve",
        "Page\ttwelve",
        "Page\t twelve",
        "Page\u2003\u2003twelve",
        "Page\u2003twelve",
        "Seite ٣ von zwölf",
        "Страница ٣ из двенадцати, и ещё немного текста",
        "Страница\u2003\u2003двенадцать, и ещё немного текста",
        "Страница\u2003двенадцать, и ещё немного текста",
        "Страница\u0085двенадцать",
        "Страница \u0085двенадцать",
        "Страница\u000Bдвенадцать",
        "Страница\u3000 двенадцать ١",
        "Страница двенадцать ७",
        "“Quoted” words ‘with’ no digits at all, longer than a vector of characters",
        "“Quoted” words with a digit at the end after the quotes 7",
    ];

    public static TheoryData<string> Texts() => [.. Samples];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Ascii_letters_are_counted_as_one_by_one(string text)
    {
        var expected = text.Count(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z');
        Assert.Equal(expected, AsciiLetters.Count(text));
        Assert.Equal(expected * 9, AsciiLetters.Count(string.Concat(Enumerable.Repeat(text, 9))));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_line_changes_without_digits_when_it_has_a_digit_or_two_white_spaces_in_a_row(string text)
    {
        var expected = text.Where((c, i) => char.IsDigit(c) || (i > 0 && char.IsWhiteSpace(c) && char.IsWhiteSpace(text[i - 1]))).Any();
        Assert.Equal(expected, PageLayout.ChangesWithoutDigits(text));
    }

    [Fact]
    public void Below_the_first_digit_past_ascii_only_ascii_digits_and_the_white_space_looked_for_first_are_digits_or_white_space()
    {
        for (var c = '\u0080'; c < PageLayout.FirstDigitPastAscii; c++)
        {
            Assert.False(char.IsDigit(c));
            Assert.Equal(c is '\u0085' or '\u00A0', char.IsWhiteSpace(c));
        }

        Assert.True(char.IsDigit(PageLayout.FirstDigitPastAscii));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("(Beifall und Zuruf von der", "F")]
    [InlineData("(Beifall bei der SPD – Zuruf von der|CDU: So nicht!)|ANNA: Yes.", "FTF")]
    [InlineData("— (Zuruf|weiter) (noch|CDU: mehr)|ANNA: Yes.", "FTTF")]
    [InlineData("Text (aside|CDU: more", "FF")]
    [InlineData("(a|b|c|d|e|f|g|h", "FTTTTTTF")]
    public void Lines_inside_a_parenthesis_opened_at_an_earlier_line_start_are_marked(string lines, string expected)
    {
        List<SourceLine> paragraph = lines.Length == 0 ? [] : lines.Split('|').Select((l, i) => new SourceLine([new Pipeline.Core.Model.Text(l)], i + 1)).ToList();
        Assert.Equal(expected, string.Concat(PageLayout.InsideWrappedParenthesis(paragraph).Select(inside => inside ? 'T' : 'F')));
    }

    [Theory]
    [InlineData("ANNA LEE: Hello.")]
    [InlineData("Jane Doe (BBC):\u00A0Well.")]
    [InlineData("A  SRA.  BIA  KICIS (PL-DF) - Obrigada.")]
    [InlineData("Q:  Why?")]
    [InlineData("Q\u00A0\u00A0Why?")]
    [InlineData("Mrs. NORTHUP. I yield.")]
    [InlineData("THE COURT. Sit down.")]
    [InlineData("O SR. PRESIDENTE (Arthur Lira) - Está encerrada.")]
    [InlineData("主席：好。")]
    [InlineData("АРІСТОВ Ю.Ю. Шановні колеги")]
    [InlineData("Dioporo razekat kol zeafadrot kail")]
    [InlineData("PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR")]
    [InlineData("Jonas Rosland  0:04")]
    [InlineData("Remember: this is prose.")]
    [InlineData("1. Mr Smith (Leeds) (Lab): What?")]
    [InlineData("")]
    public void A_label_with_a_colon_is_the_one_the_full_match_gives_with_a_colon(string text)
    {
        using var memo = LabelMatchMemo.Begin();
        var expected = SpeakerLabelParser.Match(text) is { Delimiter: LabelDelimiter.Colon } label ? label : null;
        Assert.Equal(expected, SpeakerLabelParser.MatchWithColon(text));
    }

    [Fact]
    public void Numbered_keys_give_each_key_its_number_and_minus_one_for_any_other()
    {
        ulong[] keys = [.. Enumerable.Range(1, 70).Select(i => (ulong)i * 0x1000_0001UL)];
        var table = new NumberedKeys(keys);
        Assert.Equal(70, table.Count);
        for (var i = 0; i < keys.Length; i++)
            Assert.Equal(i, table.NumberOf(keys[i]));
        Assert.Equal(-1, table.NumberOf(0x1000_0000UL));
        Assert.Equal(-1, table.NumberOf(ulong.MaxValue));
        Assert.Throws<ArgumentException>(() => new NumberedKeys([1, 2, 1]));
        Assert.Throws<ArgumentException>(() => new NumberedKeys([0]));
    }

    [Theory]
    [InlineData("ANNA LEE: Hello.", "ANNA LEE: Goodbye.")]
    [InlineData("Jane Doe (BBC):\u00A0Well.", "Jane Doe (BBC):\u00A0No.")]
    [InlineData("The Secretary of State for Health (Mr Andrew Lansley): Yes.", "The Secretary of State for Health (Mr Andrew Lansley): No.")]
    [InlineData("Speaker 1 (00:01:02): Yes.", "Speaker 1 (00:01:02): And more.")]
    [InlineData("Remember: this is prose.", "Remember: so is this.")]
    public void A_label_remembered_by_its_head_is_the_label_each_line_gives_alone(string first, string second)
    {
        var alone = (SpeakerLabelParser.Match(first), SpeakerLabelParser.Match(second));
        using (LabelMatchMemo.Begin())
        {
            Assert.Equal(alone.Item1, SpeakerLabelParser.Match(first));
            Assert.Equal(alone.Item2, SpeakerLabelParser.Match(second));
        }
    }
}
