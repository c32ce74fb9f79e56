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
}
