using Pipeline.Core.Normalizing;

namespace Pipeline.Tests.Core.Normalizing;

public sealed class SpeakerLabelParserTests
{
    [Theory]
    [InlineData("VLADIMIR PUTIN: You know", "VLADIMIR PUTIN")]
    [InlineData("MR. SMITH: Yes.", "MR. SMITH")]
    [InlineData("THE COURT: Proceed.", "THE COURT")]
    [InlineData("JUSTICE KAGAN: Mr. Long,", "JUSTICE KAGAN")]
    [InlineData("Q: When?", "Q")]
    [InlineData("Kristen Welker: Good evening", "Kristen Welker")]
    [InlineData("Mr. LIMAN: Colonel North,", "Mr. LIMAN")]
    [InlineData("Speaker 1 (00:00): Hi", "Speaker 1")]
    [InlineData("[00:01:23] Dana Whitfield: Welcome", "Dana Whitfield")]
    [InlineData("Jane Doe (BBC): Hello", "Jane Doe")]
    [InlineData("KEIR SIMMONS:\u00A0In September.", "KEIR SIMMONS")]
    public void Recognises_label_shapes(string text, string name) => Assert.Equal(name, SpeakerLabelParser.Match(text)?.Name);

    [Theory]
    [InlineData("The answer is simple: no.")]
    [InlineData("Note: the room was cold.")]
    [InlineData("See http://example.org for more")]
    [InlineData("At 10:30 we met.")]
    [InlineData("1990: a good year")]
    [InlineData("Professor M. S. Mahoney's interview with Al Aho:")]
    public void Ignores_prose_with_a_colon(string text) => Assert.Null(SpeakerLabelParser.Match(text));

    [Theory]
    [InlineData("He said: fine.")]
    [InlineData("Audience questioner: Yes.")]
    public void A_capitalised_word_before_lower_case_ones_is_only_a_phrase_that_needs_repeats(string text) =>
        Assert.Equal(LabelShape.Phrase, SpeakerLabelParser.Match(text)?.Shape);

    [Theory]
    [InlineData("Mrs. NORTHUP. Mr. Speaker, I yield", "Mrs. NORTHUP")]
    [InlineData("The SPEAKER pro tempore (Mr. Poe). The question is", "The SPEAKER pro tempore")]
    [InlineData("Chairman HAMILTON.", "Chairman HAMILTON")]
    [InlineData("Mr. MILLER of Florida. Thank you", "Mr. MILLER of Florida")]
    public void Reads_record_style_labels_ending_in_a_full_stop(string text, string name) => Assert.Equal(name, SpeakerLabelParser.Match(text)?.Name);

    [Fact]
    public void Reads_times_and_affiliations()
    {
        var label = SpeakerLabelParser.Match("Speaker 1 (01:02:03): Yes")!;
        Assert.Equal(new TimeSpan(1, 2, 3), label.Time);
        Assert.Equal("BBC", SpeakerLabelParser.Match("Jane Doe (BBC): Hello")!.Affiliation);
    }

    [Fact]
    public void Several_affiliations_are_kept_apart_and_the_written_form_whole()
    {
        var label = SpeakerLabelParser.Match("Ann Vale (Northby West) (Lab/Co-op): I thank him.")!;
        Assert.Equal("Ann Vale", label.Name);
        Assert.Equal("Northby West; Lab/Co-op", label.Affiliation);
        Assert.Equal("Ann Vale (Northby West) (Lab/Co-op)", label.Written);
    }

    [Theory]
    [InlineData("The Minister for Rivers and Canals (Mr Tom Beck): The answer", "Mr Tom Beck", "The Minister for Rivers and Canals")]
    public void An_office_followed_by_a_person_is_that_person_speaking_for_the_office(string text, string name, string office)
    {
        var label = SpeakerLabelParser.Match(text)!;
        Assert.Equal(name, label.Name);
        Assert.Equal(office, label.Affiliation);
    }

    /// <summary>Issue 12: the chair is one participant whoever presides; the person in parentheses is kept as an alias.</summary>
    [Theory]
    [InlineData("THE CHAIRMAN (Senator Rood): Order.", "THE CHAIRMAN", "Senator Rood")]
    [InlineData("The SPEAKER pro tempore (Mr. Poe): The gentleman", "The SPEAKER pro tempore", "Mr. Poe")]
    [InlineData("O SR. PRESIDENTE (Ana Reis. Bloco/XY - PB) - Está aberta", "O SR. PRESIDENTE", "Ana Reis")]
    public void A_chair_followed_by_a_person_stays_the_chair_with_the_person_aside(string text, string name, string person)
    {
        var label = SpeakerLabelParser.Match(text)!;
        Assert.Equal(name, label.Name);
        Assert.Equal(person, label.Person);
        Assert.True(SpeakerLabelParser.IsChair(label.Name));
    }

    [Fact]
    public void A_person_with_a_constituency_is_not_read_as_an_office()
    {
        var label = SpeakerLabelParser.Match("Paul Dray (Newport North) (Lab): Will he")!;
        Assert.Equal("Paul Dray", label.Name);
    }

    [Theory]
    [InlineData("1. Mr Tom Beck (Eastfield) (Con): When will the bridge open?", "1.")]
    [InlineData("Q3. Mrs Ada Lund: What are his engagements?", "Q3.")]
    public void A_question_number_may_come_before_a_clear_personal_label(string text, string number)
    {
        var label = SpeakerLabelParser.Match(text)!;
        Assert.Equal(number, label.Number);
        Assert.StartsWith("When", text[label.Length..].Replace("What", "When", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1. Background: the town grew.")]
    [InlineData("2. Market Risk: prices may fall.")]
    public void A_numbered_list_item_with_a_colon_is_not_a_label(string text) => Assert.Null(SpeakerLabelParser.Match(text));
}
