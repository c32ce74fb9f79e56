using System.Text;
using Pipeline.Formats.Readers.Subtitles;

namespace Pipeline.Tests.Formats.Readers.Subtitles;

/// <summary>Issue 17 item 6: many cues, many voices and many stray blocks read linearly. Behaviour only; the growth
/// benchmark measures the time.</summary>
public sealed class SubtitleGrowthTests
{
    [Fact]
    public void Twenty_thousand_blank_line_blocks_after_one_cue_stay_with_it_in_order()
    {
        const int blocks = 20_000;
        var srt = new StringBuilder("1\n00:00:01,000 --> 00:00:03,000\nMARA VOSTRIK: The brask began.\n\n");
        for (var i = 0; i < blocks; i++)
            srt.Append("stray line ").Append(i).Append("\n\n");

        var document = SubtitleSamples.Srt(srt.ToString());
        var text = string.Join(" ", SubtitleSamples.Turns(document));

        var last = -1;
        foreach (var i in new[] { 0, 1, blocks / 2, blocks - 1 })
        {
            var at = text.IndexOf($"stray line {i}", StringComparison.Ordinal);
            Assert.True(at > last, $"stray line {i} missing or out of order");
            last = at;
        }
    }

    [Fact]
    public void Five_thousand_voices_are_each_listed_once_in_order_of_first_appearance()
    {
        const int voices = 5000;
        var cues = Enumerable.Range(0, voices * 2).Select(i => new CleanCue(
            TimeSpan.FromSeconds(i * 2), TimeSpan.FromSeconds(i * 2 + 1), [new CleanLine($"Words of cue {i}.", $"Voice {i % voices}", i + 1)]));

        var (paragraphs, names) = SubtitleParagraphs.Build(cues);

        Assert.Equal(Enumerable.Range(0, voices).Select(i => $"Voice {i}"), names);
        Assert.Equal(voices * 2, paragraphs.Length);
    }
}
