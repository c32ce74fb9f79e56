using System.IO.Compression;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Readers.Docx;
using Pipeline.Tests.BadInput;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Readers.Docx;

/// <summary>Issue #13.1: Word transcripts.</summary>
[Trait("Category", "External")]
public sealed class DocxReaderTests
{
    private static TranscriptDocument Read(DocxSample sample) => Read(sample.Build());

    private static TranscriptDocument Read(byte[] bytes, string path = "test.docx") => new DocxReader().Read(new ReaderInput(path, bytes));

    private static List<(string Speaker, string Text)> Turns(TranscriptDocument d) =>
        [.. d.Blocks.OfType<Turn>().Select(t => (d.FindParticipant(t.SpeakerId)!.DisplayName, InlineText.ToPlainText(t.Paragraphs)))];

    /// <summary>A hearing whose labels have a style of their own; the last label slipped into the body style.</summary>
    private static DocxSample Hearing() => new DocxSample()
        .Style("Body", "Body Text").Style("Who", "Speaker Name", bold: true).Style("Aside", "Stage", italic: true)
        .P("Who", "The chair").P("Body", "We begin with the harbour report. Ms Quill, please.")
        .P("Who", "Mara Quill").P("Body", "Thank you. The north quay was rebuilt last spring.").P("Body", "It cost less than planned.")
        .P("Aside", "(Applause.)")
        .P("Who", "The chair").P("Body", "Thank you. Mr Fenn.")
        .P("Who", "Tobias Fenn").P("Body", "I have one question about the lighthouse.")
        .P("Body", "The chair").P("Body", "Briefly, please.");

    [Fact]
    public void Labels_in_their_own_style_and_in_the_body_style_name_the_speakers()
    {
        var document = Read(Hearing());
        Assert.Equal(["The chair", "Mara Quill", "The chair", "Tobias Fenn", "The chair"], Turns(document).Select(t => t.Speaker));
        Assert.All(document.Blocks.OfType<Turn>(), t => Assert.Equal(SpeakerAttribution.Labelled, t.Attribution));
        Assert.Equal("Thank you. The north quay was rebuilt last spring.\n\nIt cost less than planned. [(Applause.)]", Turns(document)[1].Text);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.LabelStyle && d.Argument("style") == "Speaker Name");
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.BodyStyleLabels && d.Argument("count") == "1" && d.Line == 11);
    }

    [Fact]
    public void A_stage_direction_style_becomes_an_incident_not_speech()
    {
        var turn = Read(Hearing()).Blocks.OfType<Turn>().ElementAt(1);
        var incident = Assert.IsType<Incident>(turn.Paragraphs[^1].Content[^1]);
        Assert.Equal("(Applause.)", incident.Description);
    }

    [Fact]
    public void A_bold_run_with_a_colon_opens_a_turn()
    {
        var document = Read(new DocxSample()
            .P(null, DocxSample.R("Ines Varga:", bold: true), " Where were you born?")
            .P(null, DocxSample.R("Paul Orme", bold: true), DocxSample.R(": In Brest, by the sea."))
            .P(null, "I stayed there until I was twelve."));
        Assert.Equal([("Ines Varga", "Where were you born?"), ("Paul Orme", "In Brest, by the sea.\n\nI stayed there until I was twelve.")], Turns(document));
    }

    [Fact]
    public void Outline_levels_give_headings()
    {
        var document = Read(new DocxSample { Title = "Harbour hearing" }.Style("Heading1", "heading 1", outline: 0).Style("Heading2", "heading 2", outline: 1)
            .P("Heading1", "Morning session").P("Heading2", "The harbour").P(null, DocxSample.R("Ines Varga:", bold: true), " Good morning."));
        var headings = document.Blocks.OfType<Heading>().ToList();
        Assert.Equal([(1, "Morning session"), (2, "The harbour")], headings.Select(h => (h.Level, InlineText.ToPlainText(h.Content))));
    }

    [Fact]
    public void Footnotes_are_kept_at_their_references()
    {
        var document = Read(new DocxSample().Footnote(1, "Built in 1880.")
            .P(null, DocxSample.R("Ines Varga:", bold: true), " The old quay", DocxSample.FootnoteRef(1), " was rebuilt."));
        var footnote = Assert.Single(document.Footnotes);
        Assert.Equal("Built in 1880.", InlineText.ToPlainText(footnote.Paragraphs));
        var reference = Assert.Single(document.Blocks.OfType<Turn>().Single().Paragraphs[0].Content.OfType<FootnoteReference>());
        Assert.Equal(footnote.Id, reference.FootnoteId);
    }

    [Fact]
    public void Tracked_changes_are_read_as_accepted()
    {
        var document = Read(new DocxSample()
            .P(null, DocxSample.R("Ines Varga:", bold: true), " We sailed ", DocxSample.Deleted("on Monday "), DocxSample.Inserted("on Tuesday "), "at dawn."));
        Assert.Equal("We sailed on Tuesday at dawn.", Turns(document)[0].Text);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.TrackedChangesAccepted && d.Argument("insertions") == "1" && d.Argument("deletions") == "1" && d.Message == "tracked changes read as accepted: 1 insertion(s) kept, 1 deletion(s) dropped");
    }

    [Fact]
    public void Comments_are_skipped_with_a_warning()
    {
        var document = Read(new DocxSample().Comment(0, "Check this date with the archive")
            .P(null, DocxSample.R("Ines Varga:", bold: true), " It was 1962.", DocxSample.CommentRef(0)));
        Assert.DoesNotContain("archive", Words.TextOf(document), StringComparison.Ordinal);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.CommentsSkipped && d.Argument("count") == "1");
    }

    [Fact]
    public void Core_properties_are_the_metadata()
    {
        var document = Read(new DocxSample { Title = "Harbour memories", Creator = "Lena Hart", Language = "fr-FR", Created = new DateTime(2019, 5, 4, 10, 0, 0, DateTimeKind.Utc) }
            .P(null, DocxSample.R("Ines Varga:", bold: true), " Bonjour."));
        Assert.Equal("Harbour memories", document.Metadata.Title);
        Assert.Equal("2019-05-04", document.Metadata.Date);
        Assert.Equal("fr-FR", document.Metadata.Language);
        Assert.Contains("creator: Lena Hart", document.Metadata.Notes);
    }

    [Fact]
    public void A_speaker_text_table_gives_turns_with_times()
    {
        var document = Read(new DocxSample().Table(
            ["Speaker", "Time", "Text"],
            ["Ines Varga", "00:01:05", "Where were you born?"],
            ["Paul Orme", "00:01:09", "In Brest, by the sea."],
            ["Paul Orme", "00:01:15", "I stayed there until I was twelve."]));
        var turns = document.Blocks.OfType<Turn>().ToList();
        Assert.Equal(["Ines Varga", "Paul Orme"], Turns(document).Select(t => t.Speaker));
        Assert.Equal(TimeSpan.FromSeconds(69), turns[1].Start);
        Assert.Equal(2, turns[1].Paragraphs.Length);
    }

    [Fact]
    public async Task External_relationships_are_never_followed()
    {
        using var server = new LoopbackServer();
        var bytes = new DocxSample()
            .External("http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument", new Uri(server.Origin + "/sub.docx"))
            .P(null, DocxSample.R("Ines Varga:", bold: true), " Bonjour.").Build();
        var document = Read(bytes);
        Assert.Equal(0, await server.ConnectionsAsync());
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.ExternalRelationships && d.Message.Contains("(subDocument)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_zip_with_too_many_entries_is_refused()
    {
        var error = Assert.Throws<TranscriptException>(() => Read(Zip(zip =>
        {
            for (var i = 0; i <= DocxPackageLimits.MaxEntries; i++)
                zip.CreateEntry($"word/part{i}.xml");
        }), "bomb.docx"));
        Assert.Equal("bomb.docx", error.SourcePath);
        Assert.Contains("entries", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_entry_is_refused_before_it_is_expanded()
    {
        var error = Assert.Throws<TranscriptException>(() => Read(Zip(zip =>
        {
            using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 16; i++)
                stream.Write(zeros);
        })));
        Assert.Contains("zip bomb", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 })]
    [InlineData(new byte[] { (byte)'h', (byte)'e', (byte)'l', (byte)'l', (byte)'o' })]
    public void Bytes_that_are_no_Word_document_fail_with_a_named_error(byte[] bytes)
    {
        var error = Assert.Throws<TranscriptException>(() => Read(bytes, "broken.docx"));
        Assert.Equal("broken.docx", error.SourcePath);
    }

    [Fact]
    public void A_zip_that_is_not_a_Word_document_fails_with_a_named_error()
    {
        var error = Assert.Throws<TranscriptException>(() => Read(Zip(zip => zip.CreateEntry("content.xml")), "odt.docx"));
        Assert.Contains("not a Word document", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Sniffs_a_zip_with_word_parts()
    {
        var reader = new DocxReader();
        var bytes = new DocxSample().P(null, "x").Build();
        Assert.True(reader.CanSniff(bytes.AsSpan(0, Math.Min(4096, bytes.Length))));
        Assert.False(reader.CanSniff("PK\u0003\u0004xl/workbook.xml"u8));
    }

    [Fact]
    public void Catalan_parliament_labels_in_a_label_style_and_in_the_body_style()
    {
        var path = Path.Combine(RepoPaths.RequireShared("corpus-2"), "docx", "ca-parlament-ple48-2020-01-27.docx");
        var document = new DocxReader().Read(new ReaderInput(path, File.ReadAllBytes(path)));
        Assert.Equal(15, document.Participants.Length);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.BodyStyleLabels && d.Argument("count") == "8");
        Assert.DoesNotContain(document.Blocks.OfType<Heading>(), h => h.Content.OfType<Incident>().Any());
        Assert.Equal("2020-01-27", document.Metadata.Date);
        Assert.Equal("ca-ES", document.Metadata.Language);
    }

    private static byte[] Zip(Action<ZipArchive> fill)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            fill(zip);
        return stream.ToArray();
    }
}
