using System.Text;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats;
using Pipeline.Formats.Readers.Transcriber;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Readers.Transcriber;

public sealed class TranscriberReaderTests
{
    private static string Golden(string name) => Path.Combine(RepoPaths.Root, "tests", "Pipeline.Tests", "Golden", "transcriber", name);

    private static TranscriptDocument ReadFile(string name) =>
        new TranscriberReader().Read(new ReaderInput(name, File.ReadAllBytes(Golden(name))));

    private static TranscriptDocument Read(string xml, string path = "t.trs") =>
        new TranscriberReader().Read(new ReaderInput(path, Encoding.UTF8.GetBytes(xml)));

    [Fact]
    public void Speakers_sections_syncs_events_and_comments_are_read()
    {
        var document = ReadFile("sections-events-comments.trs");

        Assert.Equal(["Mara Lind", "Oskar Brandt"], document.Participants.Select(p => p.DisplayName));
        Assert.Equal("harbour-interview-03", document.Metadata.Title);
        Assert.Equal("en", document.Metadata.Language);
        Assert.Equal(["Arrival at the harbour", "The winter storms"], document.Blocks.OfType<Heading>().Select(h => InlineText.ToPlainText(h.Content)));
        var turns = document.Blocks.OfType<Turn>().ToList();
        Assert.Equal(["mara-lind", "oskar-brandt", "oskar-brandt", "mara-lind", "oskar-brandt"], turns.Select(t => t.SpeakerId));
        Assert.Equal(TimeSpan.FromSeconds(7.25), turns[1].Start);
        Assert.Equal(SpeakerAttribution.Inferred, turns[2].Attribution);
        Assert.Contains(turns[1].Paragraphs[0].Content, i => i is Incident { Kind: IncidentKind.Laughter, Description: "laugh" });
        Assert.Equal(new Timestamp(TimeSpan.FromSeconds(15.1), "[00:00:15.100]"), turns[1].Paragraphs[1].Content[0]);
        var note = Assert.Single(document.Blocks.OfType<EditorialNote>());
        Assert.Equal("the recording fades briefly here", InlineText.ToPlainText(note.Paragraphs));
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.SpeakerDescribed && d.Message.Contains("accent=northern", StringComparison.Ordinal) && d.Line == 10);
    }

    [Fact]
    public void Several_speakers_in_one_turn_split_at_who_and_latin1_is_decoded()
    {
        var document = ReadFile("overlapping-speakers.trs");

        Assert.Equal("café-debate", document.Metadata.Title);
        var turns = document.Blocks.OfType<Turn>().ToList();
        Assert.Equal(["lena-ost", "lena-ost", "jules-marre"], turns.Select(t => t.SpeakerId));
        Assert.Equal("So the café closes at nine?", InlineText.ToPlainText(turns[0].Paragraphs));
        Assert.Equal([TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4)], turns.Skip(1).Select(t => t.Start!.Value));
        Assert.Equal("[music]", InlineText.ToPlainText(Assert.Single(document.Blocks.OfType<Paragraph>()).Content));
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.OverlappingTurn && d.Line == 14);
    }

    [Fact]
    public void The_doctype_is_never_fetched_and_an_entity_is_an_error_naming_the_file()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE Trans SYSTEM "http://127.0.0.1:9/trans-14.dtd" [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
            <Trans><Speakers><Speaker id="s" name="A"/></Speakers><Episode><Section type="report"><Turn speaker="s">&x;</Turn></Section></Episode></Trans>
            """;

        var error = Assert.Throws<TranscriptException>(() => Read(xml, "bad.trs"));
        Assert.StartsWith("bad.trs", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Unknown_speaker_ids_and_bad_times_are_warnings_with_lines()
    {
        var document = Read("""
            <Trans><Episode><Section type="report">
            <Turn speaker="ghost" startTime="abc"><Sync time="x"/>Hello there.</Turn>
            </Section></Episode></Trans>
            """);

        Assert.Equal("ghost", Assert.Single(document.Participants).DisplayName);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.SpeakerNotInTable && d.Line == 2);
        Assert.Contains(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Arguments.Any(a => a.Value == "x"));
    }

    [Theory]
    [InlineData("<Trans><Episode/></Trans>", "no transcribed text")]
    [InlineData("<Other/>", "not a Transcriber file")]
    [InlineData("<Trans><Turn>", "not well-formed")]
    [InlineData("", "empty file")]
    public void Bad_files_are_named_errors(string xml, string expected)
    {
        var error = Assert.Throws<TranscriptException>(() => Read(xml, "x.trs"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trs_file_and_an_xml_file_with_a_trans_root_both_go_to_this_reader()
    {
        var registry = BuiltInFormats.CreateRegistry();
        var bytes = File.ReadAllBytes(Golden("sections-events-comments.trs"));

        Assert.Equal("transcriber", registry.FindReader("a.trs", [])?.Name);
        Assert.Equal("transcriber", registry.FindReader("a.trs", bytes)?.Name);
        Assert.Equal("transcriber", registry.FindReader("lying.xml", bytes)?.Name);
        Assert.Contains(registry.Readers, r => r.Name == "transcriber");
    }
}
