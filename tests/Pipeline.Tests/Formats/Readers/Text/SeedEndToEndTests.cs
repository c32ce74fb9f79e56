using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Readers.Text;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Readers.Text;

/// <summary>The seed transcript's expected structure, end to end through the plain-text reader.</summary>
[Trait("Category", "External")]
public sealed class SeedEndToEndTests
{
    private static TranscriptDocument ReadSeed()
    {
        var path = RepoPaths.RequireSeed();
        return new PlainTextReader().Read(new ReaderInput(path, File.ReadAllBytes(path)));
    }

    [Fact]
    public void Seed_has_the_three_participants_with_roles_and_aliases()
    {
        var document = ReadSeed();
        Assert.Equal(["NBC", "Vladimir Putin", "Keir Simmons"], document.Participants.Select(p => p.DisplayName));
        var putin = document.Participants.Single(p => p.DisplayName == "Vladimir Putin");
        Assert.Equal(ParticipantRoles.Interviewee, putin.Role);
        Assert.Contains("Putin", putin.Aliases);
        Assert.Contains("VLADIMIR PUTIN", putin.Aliases);
        Assert.Equal(ParticipantRoles.Interviewer, document.Participants.Single(p => p.DisplayName == "Keir Simmons").Role);
        Assert.Equal("NBC News", document.Participants.Single(p => p.DisplayName == "Keir Simmons").Organisation);
    }

    [Fact]
    public void Seed_has_the_eight_sections_in_order()
    {
        var headings = ReadSeed().Blocks.OfType<Heading>().Select(h => InlineText.ToPlainText(h.Content)).ToList();
        Assert.Equal(8, headings.Count);
        Assert.Equal("Cyber attacks", headings[0]);
        Assert.StartsWith("About Navalny and the suppression", headings[1], StringComparison.Ordinal);
        Assert.StartsWith("Russia as an aggressive military menace", headings[2], StringComparison.Ordinal);
        Assert.StartsWith("Exchange of prisoners", headings[3], StringComparison.Ordinal);
        Assert.Equal(["About Navalny", "About China", "About space", "Asked about his successor"], headings[4..]);
    }

    [Fact]
    public void Seed_has_twenty_turns_fourteen_by_Putin_four_by_NBC_two_by_Simmons()
    {
        var document = ReadSeed();
        var turns = document.Blocks.OfType<Turn>().ToList();
        Assert.Equal(20, turns.Count);
        string Name(Turn t) => document.FindParticipant(t.SpeakerId)!.DisplayName;
        Assert.Equal(14, turns.Count(t => Name(t) == "Vladimir Putin"));
        Assert.Equal(4, turns.Count(t => Name(t) == "NBC"));
        Assert.Equal(2, turns.Count(t => Name(t) == "Keir Simmons"));
    }

    [Fact]
    public void Seed_bracketed_turns_are_the_four_paraphrases()
    {
        var document = ReadSeed();
        var paraphrased = document.Blocks.OfType<Turn>().Where(t => t.Attribution == SpeakerAttribution.Paraphrased).ToList();
        Assert.Equal(4, paraphrased.Count);
        Assert.Equal("I don’t remember.", InlineText.ToPlainText(paraphrased[0].Paragraphs));
        Assert.Equal("Vladimir Putin", document.FindParticipant(paraphrased[0].SpeakerId)!.DisplayName);
        Assert.All(paraphrased.Skip(1), t => Assert.Equal("NBC", document.FindParticipant(t.SpeakerId)!.DisplayName));
    }

    [Fact]
    public void Seed_answers_after_headings_and_paraphrased_questions_are_inferred_as_Putin_with_a_diagnostic()
    {
        var document = ReadSeed();
        var inferred = document.Blocks.OfType<Turn>().Where(t => t.Attribution == SpeakerAttribution.Inferred).ToList();
        Assert.NotEmpty(inferred);
        Assert.All(inferred, t => Assert.Equal("Vladimir Putin", document.FindParticipant(t.SpeakerId)!.DisplayName));
        Assert.Equal(inferred.Count, document.Diagnostics.Count(d => d.Code == DiagnosticCode.SpeakerInferred && d.Argument("speaker") == "putin"));
    }

    [Fact]
    public void Seed_footnote_is_attached_at_the_star_in_Putins_turn()
    {
        var document = ReadSeed();
        var footnote = Assert.Single(document.Footnotes);
        Assert.Equal("*", footnote.Marker);
        Assert.StartsWith("Putin pointed out that the US have had similar laws", InlineText.ToPlainText(footnote.Paragraphs), StringComparison.Ordinal);
        var turn = document.Blocks.OfType<Turn>().Single(t => t.Paragraphs.Any(p => p.Content.OfType<FootnoteReference>().Any()));
        Assert.Equal("Vladimir Putin", document.FindParticipant(turn.SpeakerId)!.DisplayName);
        var paragraph = turn.Paragraphs.Single(p => p.Content.OfType<FootnoteReference>().Any());
        var index = paragraph.Content.IndexOf(paragraph.Content.OfType<FootnoteReference>().Single());
        Assert.EndsWith("more lenient than yours", ((Pipeline.Core.Model.Text)paragraph.Content[index - 1]).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_preamble_and_summary_are_editorial_notes()
    {
        var notes = ReadSeed().Blocks.OfType<EditorialNote>().ToList();
        Assert.Equal(2, notes.Count);
        Assert.Equal(EditorialNoteKind.Preamble, notes[0].Kind);
        Assert.Equal(2, notes[0].Paragraphs.Length);
        Assert.StartsWith("The interview was conducted", InlineText.ToPlainText(notes[0].Paragraphs), StringComparison.Ordinal);
        Assert.Equal(EditorialNoteKind.Summary, notes[1].Kind);
        Assert.StartsWith("There is no proof", InlineText.ToPlainText(notes[1].Paragraphs), StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_metadata_comes_from_the_title_line()
    {
        var metadata = ReadSeed().Metadata;
        Assert.Equal("2021-06-11", metadata.Date);
        Assert.Equal("Moscow", metadata.Place);
        Assert.Equal("en", metadata.Language);
        Assert.Equal(["extracts"], metadata.Notes);
        Assert.StartsWith("Transcript of the interview with Russian President Vladimir Putin", metadata.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_every_word_of_the_input_is_kept()
    {
        var path = RepoPaths.RequireSeed();
        var document = ReadSeed();
        Assert.Empty(Words.Missing(File.ReadAllText(path), Words.TextOf(document)));
    }

    [Fact]
    public void Seed_is_read_with_no_warnings()
    {
        Assert.DoesNotContain(ReadSeed().Diagnostics, d => d.Severity != Pipeline.Core.Diagnostics.DiagnosticSeverity.Info);
    }
}
