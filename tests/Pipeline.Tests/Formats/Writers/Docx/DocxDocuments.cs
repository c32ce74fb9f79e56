using System.Collections.Immutable;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;

namespace Pipeline.Tests.Formats.Writers.Docx;

/// <summary>Small in-code documents for the DOCX writer's edge cases.</summary>
internal static class DocxDocuments
{
    public static Paragraph P(params Inline[] inlines) => new([.. inlines]);

    public static ImmutableArray<Inline> T(string text) => [new Text(text)];

    public static TranscriptDocument With(
        ImmutableArray<Block> blocks,
        ImmutableArray<Footnote> footnotes = default,
        ImmutableArray<Participant> participants = default,
        DocumentMetadata? metadata = null) => new(
        metadata ?? new DocumentMetadata { Title = "Edge case" },
        participants.IsDefault ? [new Participant("ann", "Ann Lee", ParticipantRoles.Interviewer, null, ["ANN"])] : participants,
        blocks,
        footnotes.IsDefault ? [] : footnotes,
        ImmutableArray<Diagnostic>.Empty,
        new SourceInfo("edge.txt", "test", null));

    /// <summary>A long interview: <paramref name="turns"/> alternating turns, a heading every 250 and a footnote every 500.</summary>
    public static TranscriptDocument Long(int turns)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var footnotes = ImmutableArray.CreateBuilder<Footnote>();
        for (var i = 0; i < turns; i++)
        {
            if (i % 250 == 0)
                blocks.Add(new Heading(1, T($"Part {i / 250 + 1}")));
            var content = new List<Inline> { new Text($"Turn number {i} says something about topic {i % 17}.") };
            if (i % 500 == 0)
            {
                var id = $"fn{i}";
                content.Add(new FootnoteReference(id, "*"));
                footnotes.Add(new Footnote(id, "*", [P(new Text($"Note for turn {i}."))]));
            }

            blocks.Add(new Turn(i % 2 == 0 ? "ann" : "bob", SpeakerAttribution.Labelled, [new Paragraph([.. content]), P(new Text("And a second paragraph."))],
                TimeSpan.FromSeconds(i * 7)));
        }

        return With(blocks.ToImmutable(), footnotes.ToImmutable(),
        [
            new Participant("ann", "Ann Lee", ParticipantRoles.Interviewer, null, ["ANN"]),
            new Participant("bob", "Bob Roe", ParticipantRoles.Interviewee, null, ["BOB"]),
        ]);
    }
}
