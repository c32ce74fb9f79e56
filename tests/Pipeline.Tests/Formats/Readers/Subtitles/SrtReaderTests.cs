using Pipeline.Core.Diagnostics;
using Pipeline.Formats;
using Pipeline.Formats.Readers.Subtitles;
using static Pipeline.Tests.Formats.Readers.Subtitles.SubtitleSamples;

namespace Pipeline.Tests.Formats.Readers.Subtitles;

public sealed class SrtReaderTests
{
    [Fact]
    public void Registry_picks_the_srt_reader_by_extension()
    {
        Assert.Equal("srt", BuiltInFormats.CreateRegistry().FindReader("a.srt", "1"u8.ToArray())?.Name);
        Assert.True(new SrtReader().CanSniff("\uFEFF1\r\n00:00:01,000 --> 00:00:02,000\r\nHi\r\n"u8));
        Assert.False(new SrtReader().CanSniff("1. Introduction\nSome text\n"u8));
    }

    [Fact]
    public void Numbered_cues_with_comma_times_and_inline_labels_become_timed_turns()
    {
        var document = Srt("1\r\n00:00:01,250 --> 00:00:03,000\r\nMARY JONES: It was a cold\r\nwinter.\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nWe had no coal.\r\n\r\n" +
                           "3\r\n00:00:04,500 --> 00:00:06,000\r\nINTERVIEWER: What did you do?\r\n");
        Assert.Equal(["Mary Jones@1.25: It was a cold winter. We had no coal.", "Interviewer@4.5: What did you do?"], Turns(document));
    }

    [Fact]
    public void Dialogue_dashes_mark_a_change_of_speaker_and_styling_is_removed()
    {
        var document = Srt("1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>- Are you coming?</i>\n<font color=\"#ffff00\">- In a minute.</font>\n");
        Assert.Equal(["-: [00:00:01] Are you coming?", "-: [00:00:01] In a minute."], Turns(document));
    }

    [Fact]
    public void A_malformed_later_cue_is_a_warning_and_text_after_a_blank_line_stays_with_its_cue()
    {
        var document = Srt("1\n00:00:01,000 --> 00:00:02,000\nOne.\n\nand more.\n\n2\n00:00:02,000 -> 00:00:03,000\nLost.\n\n3\n00:00:03,000 --> 00:00:04,000\nThree.\n");
        Assert.Equal(["-: [00:00:01] One. and more. Three."], Turns(document));
        Assert.Equal([5, 8], document.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.Line));
    }

    [Fact]
    public void A_file_that_is_not_srt_is_an_error_naming_the_file_and_line()
    {
        var error = Assert.Throws<TranscriptException>(() => Srt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi\n", "clip.srt"));
        Assert.Equal(1, error.Line);
        Assert.StartsWith("clip.srt:1: not an SRT file", error.Message, StringComparison.Ordinal);
    }
}
