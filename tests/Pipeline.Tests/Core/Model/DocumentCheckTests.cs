using System.Collections.Immutable;
using Pipeline.Core.Debugging;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Core.Model;

public sealed class DocumentCheckTests
{
    private static Participant Person(string id, string name, params string[] aliases) => new(id, name, null, null, [.. aliases]);

    private static Turn Says(string who, params Inline[] inlines) => new(who, SpeakerAttribution.Labelled, [new Paragraph([.. inlines])]);

    private static TranscriptDocument Doc(ImmutableArray<Participant> participants, ImmutableArray<Block> blocks, ImmutableArray<Footnote> footnotes) =>
        new(DocumentMetadata.Empty, participants, blocks, footnotes, [Diagnostic.Info(DiagnosticCode.SpeakerInferred, "from the reader")], new SourceInfo("t.txt", "text", null));

    [Fact]
    public void A_sound_document_is_returned_as_it_is()
    {
        var document = SampleDocuments.AllNodeTypes();
        Assert.Same(document, DocumentCheck.Apply(document));
    }

    [Fact]
    public void A_turn_by_an_unknown_speaker_adds_the_speaker_with_a_warning()
    {
        var document = Doc([Person("smith", "Jane Smith")], [Says("smith", new Text("Hello.")), Says("ghost", new Text("Boo.")), Says("ghost", new Text("Again."))], []);
        var checkedDocument = DocumentCheck.Apply(document);
        Assert.Equal(["smith", "ghost"], checkedDocument.Participants.Select(p => p.Id));
        Assert.Equal("ghost", checkedDocument.FindParticipant("ghost")?.DisplayName);
        var warning = Assert.Single(checkedDocument.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal(DiagnosticCode.CheckUnknownSpeakerAdded, warning.Code);
        Assert.Equal("ghost", warning.Argument("speaker"));
        Assert.Equal("from the reader", checkedDocument.Diagnostics[0].Message);
    }

    [Fact]
    public void A_reference_to_no_footnote_becomes_its_marker_as_text_with_a_warning()
    {
        var document = Doc([Person("smith", "Jane Smith")], [Says("smith", new Text("Yes"), new Strong([new FootnoteReference("fn9", "*")]), new FootnoteReference("fn1", "1"))],
            [new Footnote("fn1", "1", [new Paragraph([new Text("kept"), new FootnoteReference("fn7", "7")])])]);
        var checkedDocument = DocumentCheck.Apply(document);
        var turn = Assert.IsType<Turn>(checkedDocument.Blocks[0]);
        Assert.Equal("Yes*1", InlineText.ToPlainText(turn.Paragraphs[0].Content));
        Assert.Equal(["fn1"], Walk.BodyInlines(checkedDocument).OfType<FootnoteReference>().Select(r => r.FootnoteId));
        Assert.Empty(Walk.Inlines(checkedDocument.Footnotes[0]).OfType<FootnoteReference>());
        Assert.Equal("kept7", InlineText.ToPlainText(checkedDocument.Footnotes[0].Paragraphs));
        Assert.Equal(2, checkedDocument.Diagnostics.Count(d => d.Code == DiagnosticCode.CheckFootnoteReferenceAsText));
    }

    [Fact]
    public void A_second_footnote_with_a_used_id_gets_a_fresh_id_and_keeps_its_text()
    {
        var document = Doc([], [new Paragraph([new FootnoteReference("fn1", "1")])],
            [new Footnote("fn1", "1", [new Paragraph(InlineText.Of("first"))]), new Footnote("fn1-2", "2", [new Paragraph(InlineText.Of("taken"))]),
             new Footnote("fn1", "1", [new Paragraph(InlineText.Of("second"))])]);
        var checkedDocument = DocumentCheck.Apply(document);
        Assert.Equal(["fn1", "fn1-2", "fn1-3"], checkedDocument.Footnotes.Select(f => f.Id));
        Assert.Equal("second", InlineText.ToPlainText(checkedDocument.Footnotes[2].Paragraphs));
        Assert.Contains(checkedDocument.Diagnostics, d => d.Code == DiagnosticCode.CheckFootnoteIdRenamed && d.Argument("newId") == "fn1-3");
    }

    [Fact]
    public void A_second_participant_with_a_used_id_is_merged_into_the_first_with_a_warning()
    {
        var document = Doc([Person("smith", "Jane Smith", "SMITH"), Person("doe", "John Doe"), Person("smith", "J. Smith", "JS")], [Says("smith", new Text("Hi."))], []);
        var checkedDocument = DocumentCheck.Apply(document);
        Assert.Equal(["smith", "doe"], checkedDocument.Participants.Select(p => p.Id));
        Assert.Equal(["SMITH", "JS", "J. Smith"], checkedDocument.Participants[0].Aliases);
        var warning = Assert.Single(checkedDocument.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal(DiagnosticCode.CheckParticipantIdMerged, warning.Code);
    }

    [Fact]
    public void Checking_twice_changes_nothing_more()
    {
        var document = Doc([Person("a", "A"), Person("a", "B")], [Says("x", new FootnoteReference("n", "*"))], [new Footnote("f", "1", []), new Footnote("f", "1", [])]);
        var once = DocumentCheck.Apply(document);
        Assert.Same(once, DocumentCheck.Apply(once));
        Assert.Equal(ModelDump.ToText(once), ModelDump.ToText(DocumentCheck.Apply(once)));
    }
}
