using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Core.Sidecar;
using Pipeline.Formats.Readers.Text;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Core.Sidecar;

public sealed class SidecarTests
{
    private static (TranscriptDocument Document, string Path) ReadWithSidecar(string transcript, string sidecarJson)
    {
        var folder = RepoPaths.NewTempFolder();
        var path = Path.Combine(folder, "talk.txt");
        File.WriteAllText(path, transcript);
        File.WriteAllText(Path.Combine(folder, "talk.meta.json"), sidecarJson);
        var document = new PlainTextReader().Read(new ReaderInput(path, File.ReadAllBytes(path)));
        return (SidecarOverrides.Apply(document, SidecarMetadata.LoadFor(path, path, Path.GetFileNameWithoutExtension(path))!), path);
    }

    [Fact]
    public void Sidecar_overrides_metadata_and_names_speakers_merging_label_forms()
    {
        var (document, _) = ReadWithSidecar(
            "Working title\n\nMSM: How did it start?\n\nAHO: With a grammar.\n\nMAHONEY: And then?\n",
            """
            {
              // comments are allowed
              "title": "Interview with Al Aho",
              "date": "1989-06-12",
              "language": "en-US",
              "speakers": [
                { "name": "Michael S. Mahoney", "role": "interviewer", "aliases": ["MSM", "MAHONEY"] },
                { "name": "Al Aho", "role": "interviewee", "organisation": "Bell Labs", "aliases": ["AHO"] }
              ]
            }
            """);
        Assert.Equal("Interview with Al Aho", document.Metadata.Title);
        Assert.Equal("1989-06-12", document.Metadata.Date);
        Assert.Equal("en-US", document.Metadata.Language);
        Assert.Equal(["Michael S. Mahoney", "Al Aho"], document.Participants.Select(p => p.DisplayName));
        var mahoney = document.Participants[0];
        Assert.Equal(ParticipantRoles.Interviewer, mahoney.Role);
        Assert.Equal(2, document.Blocks.OfType<Turn>().Count(t => t.SpeakerId == mahoney.Id));
        Assert.Equal("Bell Labs", document.Participants[1].Organisation);
    }

    [Fact]
    public void Sidecar_speaker_that_matches_nobody_is_a_warning()
    {
        var (document, _) = ReadWithSidecar("T\n\nANNA LEE: Hi.\n\nBEN OKAFOR: Hello.\n", """{ "speakers": [ { "name": "Nobody Here" } ] }""");
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.SidecarSpeakerUnmatched && d.Argument("name") == "Nobody Here");
    }

    [Fact]
    public void Invalid_sidecar_is_an_error_naming_the_sidecar_and_line()
    {
        var folder = RepoPaths.NewTempFolder();
        var path = Path.Combine(folder, "talk.txt");
        File.WriteAllText(Path.Combine(folder, "talk.meta.json"), "{\n  \"title\": \"x\",\n  \"speekers\": []\n}");
        var error = Assert.Throws<TranscriptException>(() => SidecarMetadata.LoadFor(path, path, Path.GetFileNameWithoutExtension(path)));
        Assert.Contains("talk.meta.json", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }
}
