using System.Collections.Immutable;
using Pipeline.Core.Model;

namespace Pipeline.Tests.Formats.Writers.Pdf;

/// <summary>A generated long transcript (many speakers, sections and footnotes) for size and speed checks.</summary>
internal static class LargeTranscript
{
    private static readonly string[] Vocabulary =
    [
        "the", "archive", "river", "council", "we", "remember", "winter", "of", "nineteen", "sixty-two", "when", "mill",
        "closed", "and", "families", "moved", "north", "Leeds", "question", "answer", "truly", "never", "again", "said",
        "mother", "workers", "strike", "Ελλάδα", "Москва", "déjà", "naïve", "Zürich", "well", "perhaps", "indeed", "yes",
        "no", "because", "however", "extraordinarily", "long-running", "investigation", "committee", "evidence",
    ];

    /// <summary>A document of about <paramref name="words"/> words, the same on every call.</summary>
    public static TranscriptDocument Generate(int words = 85_000)
    {
        var random = new Random(20240305);
        var speakers = Enumerable.Range(1, 14)
            .Select(i => new Participant($"s{i}", $"Speaker Number {i}", i == 1 ? ParticipantRoles.Interviewer : ParticipantRoles.Respondent, null, [$"SPEAKER {i}"]))
            .ToImmutableArray();
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var footnotes = ImmutableArray.CreateBuilder<Footnote>();
        var written = 0;
        var turn = 0;
        while (written < words)
        {
            if (turn % 60 == 0)
            {
                blocks.Add(new Heading(1, [new Text($"Session {(turn / 60) + 1}")]));
                blocks.Add(new EditorialNote(EditorialNoteKind.Summary, [new Paragraph([new Text("The committee resumes its work.")])]));
                written += 7;
            }
            else if (turn % 20 == 0)
            {
                blocks.Add(new Heading(2, [new Text($"Part {turn}")]));
                written += 2;
            }

            var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
            for (var p = 0; p < 1 + random.Next(3); p++)
            {
                var inlines = ImmutableArray.CreateBuilder<Inline>();
                var length = 8 + random.Next(120);
                inlines.Add(new Text(string.Join(' ', Enumerable.Range(0, length).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]))));
                written += length;
                if (random.Next(25) == 0)
                {
                    var id = $"fn{footnotes.Count + 1}";
                    inlines.Add(new FootnoteReference(id, "*"));
                    footnotes.Add(new Footnote(id, "*", [new Paragraph([new Text($"Note {footnotes.Count + 1}: the archive holds the original recording.")])]));
                    inlines.Add(new Text(" and so on."));
                    written += 3;
                }

                paragraphs.Add(new Paragraph(inlines.ToImmutable()));
            }

            var attribution = turn % 17 == 5 ? SpeakerAttribution.Paraphrased : SpeakerAttribution.Labelled;
            blocks.Add(new Turn(speakers[turn % speakers.Length].Id, attribution, paragraphs.ToImmutable(), TimeSpan.FromSeconds(turn * 37)));
            turn++;
        }

        return new TranscriptDocument(
            new DocumentMetadata { Title = "Generated committee hearing", Date = "2020-01-02", Language = "en" },
            speakers, blocks.ToImmutable(), footnotes.ToImmutable(), [], new SourceInfo("generated.txt", "test", "utf-8"));
    }
}
