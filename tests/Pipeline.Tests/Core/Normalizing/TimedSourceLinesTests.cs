using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Normalizing;

namespace Pipeline.Tests.Core.Normalizing;

/// <summary>What a reader can tell the normaliser beyond the text: a line's time and an unnamed change of speaker.</summary>
public sealed class TimedSourceLinesTests
{
    private static TranscriptDocument Normalize(params SourceParagraph[] paragraphs) =>
        TranscriptNormalizer.Normalize(new NormalizerInput("test", "test", "utf-8", [.. paragraphs], DocumentMetadata.Empty, [], FirstParagraphMayBeTitle: false));

    private static SourceLine Line(string text, int line, double? seconds = null) =>
        new([new Text(text)], line) { Time = seconds is { } s ? TimeSpan.FromSeconds(s) : null };

    [Fact]
    public void A_label_on_a_timed_line_starts_its_turn_at_that_time()
    {
        var document = Normalize(new SourceParagraph([Line("ANA LIMA: Hello there.", 1, 3), Line("How are you?", 2, 4), Line("BEN CRUZ: Fine.", 3, 7.5)]));
        Assert.Equal([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(7.5)], document.Blocks.OfType<Turn>().Select(t => t.Start));
    }

    [Fact]
    public void An_unnamed_new_speaker_continues_no_turn_and_is_not_attributed()
    {
        var document = Normalize(
            new SourceParagraph([Line("ANA LIMA: Hello there.", 1)]),
            new SourceParagraph([Line("Thank you.", 2)]) { NewSpeaker = true },
            new SourceParagraph([Line("Really.", 3)]),
            new SourceParagraph([Line("ANA LIMA: Good.", 4)]) { NewSpeaker = true });
        Assert.Equal(["Turn", "Paragraph", "Paragraph", "Turn"], document.Blocks.Select(b => b.GetType().Name));
        Assert.Equal("Hello there.", InlineText.ToPlainText(document.Blocks.OfType<Turn>().First().Paragraphs));
        Assert.Contains(document.Diagnostics, d => d.Line == 2 && d.Code == DiagnosticCode.UnnamedSpeakerChange);
    }
}
