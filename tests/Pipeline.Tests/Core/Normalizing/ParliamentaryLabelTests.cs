using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Readers.Text;

namespace Pipeline.Tests.Core.Normalizing;

/// <summary>Order-paper questions: numbered questioners, offices answering through a named minister, short forms later.</summary>
public sealed class ParliamentaryLabelTests
{
    private const string Sitting = """
        Oral Answers, 3 March 2026

        1. Mr Tom Beck (Eastfield) (Con): When will the bridge at Eastfield open?

        The Minister for Rivers and Canals (Ms Ada Lund): In the spring.

        Mr Beck: And the towpath?

        Ms Lund: In the summer.

        2. Paul Dray (Newport North) (Lab): What has the Minister done about flooding?

        The Secretary of State for Rivers and Canals (Mr Ivo Grant): A great deal.
        """;

    [Fact]
    public void Numbered_questions_offices_and_short_forms_resolve_to_people()
    {
        var document = new PlainTextReader().Read(new ReaderInput("sitting.txt", System.Text.Encoding.UTF8.GetBytes(Sitting)));

        Assert.Equal(["Mr Tom Beck", "Ms Ada Lund", "Paul Dray", "Mr Ivo Grant"], document.Participants.Select(p => p.DisplayName));
        var turns = document.Blocks.OfType<Turn>().ToList();
        Assert.Equal(["beck", "lund", "beck", "lund", "dray", "grant"], turns.Select(t => t.SpeakerId));
        Assert.StartsWith("1. When will the bridge", InlineText.ToPlainText(turns[0].Paragraphs[0].Content), StringComparison.Ordinal);
        Assert.Equal("The Minister for Rivers and Canals", document.FindParticipant("lund")!.Organisation);
        Assert.Contains("Mr Beck", document.FindParticipant("beck")!.Aliases);
    }
}
