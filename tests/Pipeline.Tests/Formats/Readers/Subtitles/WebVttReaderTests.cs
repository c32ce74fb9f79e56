using System.Text;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats;
using Pipeline.Formats.Readers.Subtitles;
using static Pipeline.Tests.Formats.Readers.Subtitles.SubtitleSamples;

namespace Pipeline.Tests.Formats.Readers.Subtitles;

public sealed class WebVttReaderTests
{
    [Fact]
    public void Registry_picks_the_webvtt_reader_by_extension_and_by_its_header()
    {
        var registry = BuiltInFormats.CreateRegistry();
        Assert.Equal("webvtt", registry.FindReader("a.vtt", "x"u8.ToArray())?.Name);
        Assert.True(new WebVttReader().CanSniff([0xEF, 0xBB, 0xBF, .. "WEBVTT\r\n"u8]));
        Assert.False(new WebVttReader().CanSniff("WEBVTTX\n"u8));
    }

    [Fact]
    public void Voice_tag_on_a_turns_first_cue_carries_to_the_next_cues_which_merge_into_one_timed_turn()
    {
        var document = Vtt("WEBVTT\n\n00:00:01.500 --> 00:00:03.000\n<v Ana Lima>Welcome to\nthe show.\n\n00:00:03.000 --> 00:00:05.000\nToday we talk boats.\n\n" +
                           "00:00:05.000 --> 00:00:07.000\n<v.loud Ben Cruz>Thanks for having me.</v>\n\n00:00:07.000 --> 00:00:08.000\n<v Ana Lima>Let us begin.\n");
        Assert.Equal(["Ana Lima@1.5: Welcome to the show. Today we talk boats.", "Ben Cruz@5: Thanks for having me.", "Ana Lima@7: Let us begin."], Turns(document));
        Assert.All(document.Blocks.OfType<Turn>(), t => Assert.Equal(SpeakerAttribution.Labelled, t.Attribution));
    }

    [Fact]
    public void The_same_voice_tag_on_every_cue_gives_one_turn()
    {
        var document = Vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>One.\n\n00:00:02.000 --> 00:00:03.000\n<v Ana>Two.\n\n00:00:03.000 --> 00:00:04.000\n<v Ben>Three.\n");
        Assert.Equal(["Ana@1: One. Two.", "Ben@3: Three."], Turns(document));
    }

    [Fact]
    public void A_voice_name_that_is_not_shaped_like_a_label_still_names_a_timed_turn()
    {
        var document = Vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v SPEAKER_01>Hello.\n\n00:00:02.000 --> 00:00:03.000\nStill me.\n\n00:00:03.000 --> 00:00:04.000\n<v note>Hi.\n");
        var turns = document.Blocks.OfType<Turn>().ToList();
        Assert.Equal(["Hello. Still me.", "Hi."], turns.Select(t => InlineText.ToPlainText(t.Paragraphs)));
        Assert.Equal([1.0, 3.0], turns.Select(t => t.Start!.Value.TotalSeconds));
        Assert.All(turns, t => Assert.Equal(SpeakerAttribution.Labelled, t.Attribution));
        Assert.Equal(["SPEAKER_01", "note"], document.Participants.Select(p => p.Aliases[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_inline_label_on_a_later_cue_starts_a_turn_at_that_cues_time()
    {
        var document = Vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Travis> Hello there,\nand welcome.\n\n00:00:02.500 --> 00:00:04.000\nGilon: So is there\nan ideal length?\n\n" +
                           "00:00:04.000 --> 00:00:05.000\nNope.\n\n00:00:05.500 --> 00:00:06.000\n<v Travis> Right.\n\n00:00:07.000 --> 00:00:08.000\nGilon: Next one.\n");
        Assert.Equal(["Travis@1: Hello there, and welcome.", "Gilon@2.5: So is there an ideal length? Nope.", "Travis@5.5: Right.", "Gilon@7: Next one."], Turns(document));
    }

    [Fact]
    public void Styling_and_word_timing_tags_are_removed_and_character_references_decoded()
    {
        var document = Vtt("WEBVTT\n\n00:00:01.000 --> 00:00:03.000 align:start position:0%\n" +
                           "good<00:00:01.500><c> evening</c><00:00:02.000><c.colorE5E5E5> <i>Tom</i> &amp; <b>Jerry</b></c> &lt;3 &gt; 2&nbsp;cats\n");
        Assert.Equal(["-: [00:00:01] good evening Tom & Jerry <3 > 2 cats"], Turns(document));
    }

    [Fact]
    public void Roll_up_captions_repeating_the_previous_line_are_read_once()
    {
        var document = Vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nthe first line\n\n00:00:02.000 --> 00:00:02.010\nthe first line\n\n" +
                           "00:00:02.010 --> 00:00:04.000\nthe first line\nthe second line\n\n00:00:04.000 --> 00:00:06.000\nthe second line\nthe third line\n");
        Assert.Equal(["-: [00:00:01] the first line the second line the third line"], Turns(document));
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.RollUpLinesRemoved);
    }

    [Fact]
    public void Paint_on_captions_that_grow_word_by_word_are_read_once()
    {
        var document = Vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nwe went to\n\n00:00:02.000 --> 00:00:03.000\nwe went to the harbour\n");
        Assert.Equal(["-: [00:00:01] we went to the harbour"], Turns(document));
    }

    [Fact]
    public void Note_style_and_region_blocks_cue_identifiers_and_settings_are_ignored_and_the_header_language_kept()
    {
        var document = Vtt("WEBVTT - a title\nKind: captions\nLanguage: nb\n\nSTYLE\n::cue { color: red }\n\nREGION\nid:fred width:40%\n\n" +
                           "NOTE this is\na comment\n\nintro-1\n00:01.000 --> 00:02.000 region:fred align:left\nHei og velkommen.\n\nNOTE\nanother\n\n2\n00:02.000 --> 00:03.000\nTakk.\n");
        Assert.Equal(["-: [00:00:01] Hei og velkommen. Takk."], Turns(document));
        Assert.Equal("nb", document.Metadata.Language);
    }

    [Fact]
    public void Chevrons_mark_a_new_unnamed_speaker_that_does_not_continue_the_named_turn()
    {
        var document = Vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n>> ANNA SMITH: Good evening.\n\n00:00:02.000 --> 00:00:03.000\nWelcome.\n\n" +
                           "00:00:03.000 --> 00:00:04.000\n>> Thank you. >> Glad to\nbe here.\n\n00:00:05.000 --> 00:00:06.000\n&gt;&gt; ANNA SMITH: Let us start.\n");
        Assert.Equal(["Anna Smith@1: Good evening. Welcome.", "-: [00:00:03] Thank you.", "-: [00:00:03] Glad to be here.", "Anna Smith@5: Let us start."], Turns(document));
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_endings_are_read()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("WEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\n<v Ana>Hello\r\nthere.\r\n")).ToArray();
        var document = new WebVttReader().Read(new ReaderInput("bom.vtt", bytes));
        Assert.Equal(["Ana@1: Hello there."], Turns(document));
    }

    [Fact]
    public void A_malformed_cue_is_a_warning_with_its_line_and_the_other_cues_are_read()
    {
        var document = Vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nFirst.\n\n00:00:99.000 --> 00:00:03.000\nBroken.\n\n00:00:03.000 --> 00:00:04.000\nLast.\n");
        Assert.Equal(["-: [00:00:01] First. Last."], Turns(document));
        var warning = Assert.Single(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal(6, warning.Line);
        Assert.Contains("malformed cue timing", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_webvtt_is_an_error_naming_the_file_and_line()
    {
        var error = Assert.Throws<TranscriptException>(() => Vtt("\n\nHello, this is plain text.\n", "notes.vtt"));
        Assert.Equal("notes.vtt", error.SourcePath);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("notes.vtt:3: not a WebVTT file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_no_cue_text_is_an_error()
    {
        var error = Assert.Throws<TranscriptException>(() => Vtt("WEBVTT\n\nNOTE nothing here\n"));
        Assert.Contains("no cue with text", error.Message, StringComparison.Ordinal);
    }
}
