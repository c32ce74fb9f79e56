using System.Diagnostics;
using System.Text;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Formats.Readers;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Readers.Tei;

/// <summary>Issue #12, TEI input: one <c>u</c> is one turn, unattributed chair utterances share one chair participant,
/// and speakers known only by their ids get readable names.</summary>
public sealed class TeiUtteranceTests
{
    private static string Tei(string body) =>
        $"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Sitting</title></titleStmt></fileDesc></teiHeader><text><body><div>{body}</div></body></text></TEI>""";

    [Fact]
    public void A_u_with_notes_page_breaks_and_incidents_between_its_segs_is_one_turn()
    {
        var document = TeiReaderTests.Read(Tei("""
            <u who="#OkaforBen" ana="#regular"><seg>First point.</seg><note type="comment">(Rumores.)</note><pb n="4"/>
              <seg>Second point.</seg><stage>(Aplausos.)</stage><seg>Third point.</seg><pb n="5"/></u>
            <u who="#OkaforBen"><seg>Again.</seg></u>
            """));

        var turns = document.Blocks.OfType<Turn>().ToList();
        Assert.Equal(2, turns.Count);
        Assert.Equal(2, document.Blocks.Length);
        Assert.All(turns, t => Assert.Equal(SpeakerAttribution.Labelled, t.Attribution));
        Assert.Equal(["First point.", "[(Rumores.)]", "Second point.", "[(Aplausos.)]", "Third point."],
            turns[0].Paragraphs.Select(p => InlineText.ToPlainText(p.Content).Trim()));
        Assert.IsType<Incident>(Assert.Single(turns[0].Paragraphs[1].Content));
    }

    [Fact]
    public void Utterances_marked_chair_without_who_belong_to_one_chair_participant()
    {
        var document = TeiReaderTests.Read(Tei("""
            <u ana="#chair"><seg>Se abre la sesión.</seg></u>
            <u who="#BarkosUxue" ana="#regular"><seg>Gracias, señor presidente.</seg></u>
            <u ana="#chair"><seg>Gracias, señora Barkos.</seg></u>
            <u><seg>Nobody said this.</seg></u>
            """));

        var turns = document.Blocks.OfType<Turn>().ToList();
        Assert.Equal(3, turns.Count);
        Assert.Equal(turns[0].SpeakerId, turns[2].SpeakerId);
        var chair = document.FindParticipant(turns[0].SpeakerId)!;
        Assert.Equal(("Chair", "chair"), (chair.DisplayName, chair.Role));
        Assert.Equal(2, document.Participants.Length);
        Assert.IsType<Paragraph>(document.Blocks[^1]);
        Assert.Contains(document.Diagnostics, d => d.Code is DiagnosticCode.UtteranceWithoutWho or DiagnosticCode.SpeakerFromLabel or DiagnosticCode.ChairParticipant);
    }

    [Fact]
    public void Speakers_known_only_by_id_get_readable_names_and_keep_the_id_as_an_alias()
    {
        var document = TeiReaderTests.Read(Tei("""
            <u ana="#chair"><seg>Tiene la palabra la señora Barkos. Después, el señor Gašparovič y la señora Barkos.</seg></u>
            <u who="#BarkosUxue"><seg>Gracias.</seg></u>
            <u who="#IvanGašparovič.1941"><seg>Ďakujem, pán Gašparovič nie je tu.</seg></u>
            <u who="#LeeAnna"><seg>Nobody names me.</seg></u>
            """));

        string NameOf(string id) => document.Participants.Single(p => p.Aliases.Contains(id)).DisplayName;
        Assert.Equal("Uxue Barkos", NameOf("BarkosUxue"));
        Assert.Equal("Ivan Gašparovič", NameOf("IvanGašparovič.1941"));
        Assert.Equal("Lee Anna", NameOf("LeeAnna"));
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("note")]
    [InlineData("div")]
    [InlineData("seg")]
    public void Elements_nested_100000_deep_are_refused_quickly_naming_the_file_and_line(string element)
    {
        const int Depth = 100_000;
        var xml = new StringBuilder("""<TEI xmlns="http://www.tei-c.org/ns/1.0">""" + "\n<text><body><u who=\"#a\">\n");
        for (var i = 0; i < Depth; i++)
            xml.Append('<').Append(element).Append('>');
        xml.Append("deep");
        for (var i = 0; i < Depth; i++)
            xml.Append("</").Append(element).Append('>');
        xml.Append("</u></body></text></TEI>");
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<TranscriptException>(() => TeiReaderTests.Read(xml.ToString(), "deep.tei.xml"));

        Assert.Equal("deep.tei.xml", error.SourcePath);
        Assert.Equal(3, error.Line);
        Assert.Contains($"more than {ReaderLimits.MaxNesting} levels", error.Reason, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read_and_a_long_since_chain_resolves_without_recursion()
    {
        var xml = new StringBuilder("""<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><timeline unit="s"><when xml:id="T0"/>""");
        const int Points = 50_000;
        for (var i = 1; i <= Points; i++)
            xml.Append("<when xml:id=\"T").Append(i).Append("\" interval=\"1\" since=\"#T").Append(i - 1).Append("\"/>");
        xml.Append("</timeline><u who=\"#a\" start=\"#T").Append(Points).Append("\">");
        const int Depth = ReaderLimits.MaxNesting - 5; // TEI, text, body and u are four of the levels
        for (var i = 0; i < Depth; i++)
            xml.Append("<hi>");
        xml.Append("deep words");
        for (var i = 0; i < Depth; i++)
            xml.Append("</hi>");
        xml.Append("</u></body></text></TEI>");

        var document = TeiReaderTests.Read(xml.ToString());

        var turn = Assert.Single(document.Blocks.OfType<Turn>());
        Assert.Equal(TimeSpan.FromSeconds(Points), turn.Start);
        Assert.Contains("deep words", Words.TextOf(document), StringComparison.Ordinal);
    }
}
