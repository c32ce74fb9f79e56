using System.Collections.Immutable;
using Pipeline.Core.Model;
using Pipeline.Core.Normalizing;

namespace Pipeline.Tests.Core.Normalizing;

/// <summary>Issue #17.1: the shortcuts that made the normaliser cheaper give the answers of the long way.</summary>
public sealed class NormaliserSpeedTests
{
    private const string Spoken = "Weisberg Well, I think so.";

    private static readonly ImmutableArray<Inline> Plain = [new Text(Spoken)];

    private static readonly ImmutableArray<Inline> Bold = [new Strong([new Text("Weisberg")]), new Text(" Well, I think so.")];

    [Fact]
    public void A_line_opening_with_a_bold_run_is_matched_by_its_inlines_not_by_a_remembered_answer_for_its_text()
    {
        using (LabelMatchMemo.Begin())
        {
            Assert.Null(SpeakerLabelParser.Match(Spoken, Plain));
            Assert.Equal((LabelDelimiter.BoldEnd, "Weisberg"), SpeakerLabelParser.Match(Spoken, Bold) is { } label ? (label.Delimiter, label.Name) : default);
            Assert.Null(SpeakerLabelParser.Match(Spoken, Plain));
        }
    }

    [Fact]
    public void Remembered_matches_last_only_for_their_scope_and_a_nested_scope_gives_back_the_outer_one()
    {
        Assert.Null(LabelMatchMemo.Current);
        using (var outer = LabelMatchMemo.Begin())
        {
            Assert.Equal("ANNA LEE", SpeakerLabelParser.Match("ANNA LEE: Hello.")?.Name);
            Assert.Same(outer, LabelMatchMemo.Current);
            using (LabelMatchMemo.Begin())
                Assert.Empty(LabelMatchMemo.Current!.Colon);
            Assert.Same(outer, LabelMatchMemo.Current);
            Assert.NotEmpty(outer.Colon);
        }

        Assert.Null(LabelMatchMemo.Current);
    }

    [Theory]
    [InlineData("You know, the thing is that we did it and it is what it is, you and I.", "en")]
    [InlineData("Der Punkt ist, dass wir es nicht wissen und die Sache ist, wie sie ist. Ich sage es.", "de")]
    [InlineData("Nous pensons que la loi est bonne et les gens le savent; ce n'est pas une question.", "fr")]
    [InlineData("La ley es buena y los ciudadanos lo saben, es una cuestión de las personas por ellas.", "es")]
    [InlineData("THE QUESTION AND THE ANSWER ARE THAT OF THE PEOPLE, AND IT IS WHAT WE SAID.", "en")]
    [InlineData("Zzz qqq xxx.", "en")]
    [InlineData("Мы знаем, что это не так, и это важно.", "ru")]
    [InlineData("Ми знаємо, що її країна є і буде.", "uk")]
    [InlineData("Αυτό είναι το ζήτημα, και το ξέρουμε.", "el")]
    [InlineData("The thing is that we said “Да” and it is what it is.", "en")]
    [InlineData("Ελλάδα: der Punkt ist, dass wir es nicht wissen und die Sache ist, wie sie ist.", "de")]
    public void The_language_guess_counts_stop_words_whatever_their_case(string text, string language) =>
        Assert.Equal(language, LanguageGuesser.Guess(text));

    [Theory]
    [InlineData("en", "The thing", "is that we", "said it")]
    [InlineData("pt", "NÃO SEI SE É", "PARA UMA")]
    [InlineData("de", "Ich weiß", "nicht, ob wir", "DAS wissen")]
    [InlineData("en", "nich", "t")]
    [InlineData("ru", "Мы знаем, что", "это не так", "and the")]
    [InlineData("en", "Мы", "and the thing is that it is what you said")]
    public void The_language_guess_read_piece_by_piece_reads_each_piece_as_a_line(string language, params string[] pieces)
    {
        var tally = new LanguageGuesser.Tally();
        foreach (var piece in pieces)
            tally.Add(piece);
        Assert.Equal(language, tally.Guess());
        Assert.Equal(language, LanguageGuesser.Guess(string.Join("\n", pieces)));
    }

    [Theory]
    [InlineData(true, "[Laughter]")]
    [InlineData(true, "  [Applause] ", ":")]
    [InlineData(true, "[a [nested] note", "over lines].")]
    [InlineData(true, "[one paragraph", "|", "and the next]")]
    [InlineData(false, "[a] [b]")]
    [InlineData(false, "[a]", "|", "[b]")]
    [InlineData(false, "[a]:.")]
    [InlineData(false, "[a] said")]
    [InlineData(false, "x [a]")]
    [InlineData(false, "[never closed")]
    [InlineData(false, " ", "")]
    public void A_unit_is_wholly_bracketed_when_its_text_joined_would_be(bool bracketed, params string[] lines)
    {
        // "|" starts the next paragraph.
        var paragraphs = new List<List<SourceLine>> { new() };
        foreach (var line in lines)
        {
            if (line == "|")
                paragraphs.Add([]);
            else
                paragraphs[^1].Add(new SourceLine([new Text(line)], 1));
        }

        Assert.Equal(bracketed, SourceUnits.IsWhollyBracketed(paragraphs));
    }

    [Fact]
    public void Merging_inlines_with_nothing_to_join_copies_them_and_joins_or_drops_texts_otherwise()
    {
        var emphasis = new Emphasis([new Text("b")]);
        ImmutableArray<Inline> separate = [new Text("a"), emphasis, new Text("c")];
        var merged = InlineEdit.Merge(separate);
        Assert.Equal(3, merged.Length);
        for (var i = 0; i < merged.Length; i++)
            Assert.Same(separate[i], merged[i]);
        Assert.False(merged == separate);

        var joined = InlineEdit.Merge(new Inline[] { new Text("ab"), new Text(" c"), new Text(""), new LineBreak(), new Text("d") });
        Assert.Equal("ab c|d", string.Join("|", joined.OfType<Text>().Select(t => t.Value)));
        Assert.IsType<LineBreak>(Assert.Single(InlineEdit.Merge(new Inline[] { new Text(""), new LineBreak() })));
        Assert.Equal("a b", InlineText.ToPlainText(InlineEdit.Trim(ImmutableArray.Create<Inline>(new Text("  a"), new Text(" b ")))));
    }

    [Theory]
    [InlineData("АРІСТОВ Ю.Ю. Шановні колеги, починаємо.", "АРІСТОВ Ю.Ю.")]
    [InlineData("O'BRIEN J.K. We begin.", "O'BRIEN J.K.")]
    [InlineData("Mrs. NORTHUP. Mr. Speaker, I yield.", "Mrs. NORTHUP")]
    [InlineData("Vice Chairman SMITH. Thank you.", "Vice Chairman SMITH")]
    [InlineData("Q3. Mrs Ada Lund: What are his engagements?", "Mrs Ada Lund")]
    [InlineData("12. Mr Tom Beck (Leeds): When?", "Mr Tom Beck")]
    [InlineData("Jonas Rosland  0:04", "Jonas Rosland")]
    [InlineData("Well. Nothing here.", null)]
    public void Lines_that_cannot_open_with_a_pattern_are_not_tried_and_those_that_can_still_match(string line, string? name) =>
        Assert.Equal(name, SpeakerLabelParser.Match(line)?.Name);

    [Theory]
    [InlineData("one  two", "one two")]
    [InlineData("one\ttwo", "one two")]
    [InlineData("one \u00A0two", "one two")]
    [InlineData("one two three", "one two three")]
    [InlineData("a\u00A0b", "a\u00A0b")]
    public void Spaces_are_collapsed_only_where_there_is_a_run_of_them(string text, string collapsed) =>
        Assert.Equal(collapsed, InlineConventions.CollapseSpaces(text));

    [Fact]
    public void A_line_of_one_text_node_is_its_own_plain_text_and_other_lines_are_joined()
    {
        var text = new Text("Hello there.");
        Assert.Same(text.Value, InlineText.ToPlainText([text]));
        Assert.Equal("", InlineText.ToPlainText(ImmutableArray<Inline>.Empty));
        Assert.Equal("Hi *there* [laughter]", InlineText.ToPlainText([new Text("Hi "), new Emphasis([new Text("*there*")]), new Text(" "), new Incident(IncidentKind.Laughter, "laughter")]));
    }
}
