using System.Collections.Immutable;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;

namespace Pipeline.Tests.TestSupport;

/// <summary>Documents built in code, for writer tests: one holds every node type of the model.</summary>
public static class SampleDocuments
{
    private static ImmutableArray<Inline> T(string text) => [new Text(text)];

    private static Paragraph P(params Inline[] inlines) => new([.. inlines]);

    /// <summary>Every block and inline type, nested where the model allows it, with metadata filled in.</summary>
    public static TranscriptDocument AllNodeTypes() => new(
        new DocumentMetadata
        {
            Title = "Every node type: a test transcript",
            Subtitle = "Generated for writer tests",
            Date = "2024-03-05",
            Place = "Leeds",
            Language = "en",
            Publisher = "Pipeline test suite",
            Identifier = "test-all-node-types",
            Rights = "CC BY 4.0",
            Description = "A document that uses every node of the canonical model.",
            Notes = ["extracts"],
        },
        [
            new Participant("smith", "Jane Smith", ParticipantRoles.Interviewer, "Example Radio", ["JANE SMITH", "Smith"]),
            new Participant("doe", "John Doe", ParticipantRoles.Interviewee, null, ["JOHN DOE", "Doe"]),
            new Participant("audience", "Audience", null, null, ["AUDIENCE"]),
        ],
        [
            new EditorialNote(EditorialNoteKind.Preamble, [P(new Text("Recorded at the studio. Square brackets are the editor's.")), P(new Text("Second paragraph of the preamble."))]),
            new Paragraph(T("A narrative paragraph with no speaker.")),
            new Turn("smith", SpeakerAttribution.Labelled, [P(new Text("Welcome. Shall we begin?"))], TimeSpan.Zero),
            new Heading(1, T("Early life")),
            new EditorialNote(EditorialNoteKind.Summary, [P(new Text("Doe talks about where he grew up."))]),
            new Turn("doe", SpeakerAttribution.Labelled,
            [
                P(new Text("I grew up in "), new Emphasis(T("Leeds")), new Text(", "), new Strong(T("really")), new Text("."),
                    new FootnoteReference("fn1", "*"), new Text(" My mother said "), new Quote(T("never again")), new Text(".")),
                P(new Text("We moved in 1962 "), new Incident(IncidentKind.Inaudible, "inaudible"), new Text(" and then "),
                    new Incident(IncidentKind.Laughter, "laughs"), new Text(" we stayed.")),
                P(new Timestamp(new TimeSpan(0, 12, 34), "[00:12:34]"), new Text(" See "),
                    new Link("https://example.org/leeds", T("the archive")), new Text("."), new LineBreak(), new Text("A new line.")),
            ], new TimeSpan(0, 1, 5)),
            new Turn("smith", SpeakerAttribution.Paraphrased, [P(new Text("Asked about his father."))]),
            new Turn("doe", SpeakerAttribution.Inferred, [P(new Text("He worked at the mill."), new FootnoteReference("fn2", "2"))]),
            new Heading(2, T("A subsection")),
            new Turn("audience", SpeakerAttribution.Labelled,
                [P(new Incident(IncidentKind.Applause, "applause"), new Text(" "), new Incident(IncidentKind.Crosstalk, "crosstalk"),
                    new Text(" "), new Incident(IncidentKind.Pause, "pause"), new Text(" "), new Incident(IncidentKind.Noise, "door slams"),
                    new Text(" "), new Incident(IncidentKind.Other, "phone rings"))]),
            new EditorialNote(EditorialNoteKind.StageDirection, [P(new Text("The recorder is switched off."))]),
            new Heading(1, [new Text("Later years with "), new Emphasis(T("style"))]),
            new EditorialNote(EditorialNoteKind.Aside, [P(new Text("The tape ends here."))]),
        ],
        [
            new Footnote("fn1", "*", [P(new Text("Leeds, West Yorkshire."))]),
            new Footnote("fn2", "2", [P(new Text("The mill closed in 1970; see "), new Link("https://example.org/mill", T("records")), new Text("."))]),
        ],
        [Diagnostic.Info(DiagnosticCode.TitleFromFirstLine, "built in code")],
        new SourceInfo("all-node-types.txt", "test", "utf-8"));

    /// <summary>Text with characters that are hard for every format: controls, markup characters, astral and RTL text.</summary>
    public static TranscriptDocument HostileText()
    {
        const string nasty = "NUL\u0000 BEL\u0007 VT\u000B FF\u000C ESC\u001B DEL\u007F C1\u0085 lone\uD800 surrogate, " +
                             "markup <b>&amp; \"quotes\" 'apostrophes' *stars* _under_ [brackets] #hash |pipe| \\back `tick` ~tilde~ ^caret^ $dollar$ @at " +
                             "emoji 😀, Cyrillic Путин, Greek Ελλάδα, Hebrew שלום, U+FFFE\uFFFE end.";
        return new TranscriptDocument(
            new DocumentMetadata { Title = "Hostile <title> & \"text\"\u0001", Language = "en" },
            [new Participant("a", "A <b>", null, null, ["A"])],
            [
                new Heading(1, T("Heading with * and # and <tag>\u0002")),
                new Turn("a", SpeakerAttribution.Labelled, [P(new Text(nasty))]),
                new Paragraph(T("1. not a list")),
                new Paragraph(T("- not a list either")),
                new Paragraph(T("# not a heading")),
                new Paragraph(T("> not a quote")),
                new Paragraph(T("::: not a div")),
                new Paragraph(T("    four spaces of indentation")),
            ],
            [],
            [],
            new SourceInfo("hostile.txt", "test", "utf-8"));
    }

    /// <summary>A Cyrillic transcript.</summary>
    public static TranscriptDocument Cyrillic() => new(
        new DocumentMetadata { Title = "Интервью с Владимиром Путиным", Date = "2021-06-11", Language = "ru", Place = "Москва" },
        [
            new Participant("putin", "Владимир Путин", ParticipantRoles.Interviewee, null, ["ВЛАДИМИР ПУТИН"]),
            new Participant("simmons", "Кир Симмонс", ParticipantRoles.Interviewer, "NBC", ["КИР СИММОНС"]),
        ],
        [
            new Heading(1, T("О кибератаках")),
            new Turn("simmons", SpeakerAttribution.Labelled, [P(new Text("Вы помните этот разговор?"))]),
            new Turn("putin", SpeakerAttribution.Labelled, [P(new Text("Нет, не помню. Съешь же ещё этих мягких французских булок, да выпей чаю."))]),
        ],
        [],
        [],
        new SourceInfo("cyrillic.txt", "test", "utf-8"));
}
