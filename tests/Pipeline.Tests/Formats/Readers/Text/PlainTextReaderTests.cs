using System.Text;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Readers.Text;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Readers.Text;

public sealed class PlainTextReaderTests
{
    static PlainTextReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static TranscriptDocument Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static TranscriptDocument Read(byte[] bytes) => new PlainTextReader().Read(new ReaderInput("test.txt", bytes));

    private static List<(string Speaker, SpeakerAttribution How, string Text)> Turns(TranscriptDocument d) =>
        [.. d.Blocks.OfType<Turn>().Select(t => (d.FindParticipant(t.SpeakerId)!.DisplayName, t.Attribution, InlineText.ToPlainText(t.Paragraphs)))];

    [Fact]
    public void Cp1251_Cyrillic_is_detected_and_reported()
    {
        var text = "ИНТЕРВЬЮ С ДИРЕКТОРОМ ЗАВОДА\n\nИВАН ПЕТРОВ: Добрый день. Расскажите, пожалуйста, как начинался ваш завод и чем он занимается сегодня.\n\nОЛЬГА СМИРНОВА: Завод открылся в тысяча девятьсот пятьдесят втором году. Сегодня мы делаем станки и детали для железной дороги.\n";
        var document = Read(Encoding.GetEncoding(1251).GetBytes(text));
        Assert.Equal("windows-1251", document.Source.Encoding);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.LegacyEncodingDetected && d.Argument("encoding") == "windows-1251");
        Assert.Equal("ru", document.Metadata.Language);
        Assert.Equal(["Иван Петров", "Ольга Смирнова"], Turns(document).Select(t => t.Speaker));
    }

    [Fact]
    public void Cp1252_accents_are_detected()
    {
        var text = "Entretien avec Amélie Dupré, réalisé à Genève le 3 février 2022.\n\nJOURNALISTE: Où êtes-vous née, et qu’est-ce qui vous a amenée à la musique ?\n\nAMÉLIE DUPRÉ: À Genève. Ma mère était pianiste ; j’ai commencé très tôt, à l’âge de cinq ans, et je n’ai jamais arrêté.\n";
        var document = Read(Encoding.GetEncoding(1252).GetBytes(text));
        Assert.Equal("windows-1252", document.Source.Encoding);
        Assert.Equal("2022-02-03", document.Metadata.Date);
        Assert.Contains("Amélie Dupré", Turns(document).Select(t => t.Speaker));
        Assert.Contains("À Genève.", Turns(document)[1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Any_newline_style_gives_the_same_model(string newline)
    {
        var text = "A title line\n\nMARY JONES: Hello there.\n\nPETER PAN: Hi.\nStill me.\n".Replace("\n", newline, StringComparison.Ordinal);
        var document = Read(text);
        Assert.Equal([("Mary Jones", SpeakerAttribution.Labelled, "Hello there."), ("Peter Pan", SpeakerAttribution.Labelled, "Hi. Still me.")], Turns(document));
    }

    [Fact]
    public void Utf16_with_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Title\n\nANNA: Привет, мир.\n\nBOB: Hi.\n")).ToArray();
        var document = Read(bytes);
        Assert.Equal("utf-16le", document.Source.Encoding);
        Assert.Equal("Привет, мир.", Turns(document)[0].Text);
    }

    [Fact]
    public void Empty_and_binary_files_are_clear_errors_naming_the_file()
    {
        var empty = Assert.Throws<TranscriptException>(() => Read("  \n\n"));
        Assert.Contains("test.txt", empty.Message, StringComparison.Ordinal);
        var binary = Assert.Throws<TranscriptException>(() => Read([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0, 0, 0x08, 0, 1, 2, 0, 0, 0, 0]));
        Assert.Contains("binary", binary.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Label_followed_by_a_no_break_space_is_a_label()
    {
        var document = Read("A title\n\nJANE DOE:\u00A0First answer.\n\nJOHN ROE:\u00A0Second.\n");
        Assert.Equal(["Jane Doe", "John Roe"], Turns(document).Select(t => t.Speaker));
        Assert.Equal("First answer.", Turns(document)[0].Text);
    }

    [Fact]
    public void Ordinary_sentences_with_a_colon_are_not_labels()
    {
        var document = Read("Notes from the meeting\n\nANNA LEE: The answer is simple: no.\n\nThe answer is simple: no. Remember: we agreed.\n\nNote: the room was cold.\n\nWell: that is all.\n\nHe said: fine.\n\nBEN OKAFOR: Thanks.\n");
        Assert.Equal(["Anna Lee", "Ben Okafor"], document.Participants.Select(p => p.DisplayName));
        Assert.Equal(2, Turns(document).Count);
        Assert.Contains("Remember: we agreed.", Turns(document)[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_form_of_a_name_is_an_alias_and_a_lone_mention_is_not_a_label()
    {
        var document = Read("Interview with Maria Gonzalez by Leo Park\n\nLEO PARK: Ready?\n\nMARIA GONZALEZ: Yes.\n\n[Gonzalez: She agreed to continue.]\n\n[Park: Asked about her first job.]\n\nI sold newspapers.\n");
        var maria = document.Participants.Single(p => p.DisplayName == "Maria Gonzalez");
        Assert.Contains("Gonzalez", maria.Aliases);
        Assert.Equal(ParticipantRoles.Interviewee, maria.Role);
        Assert.Equal(ParticipantRoles.Interviewer, document.Participants.Single(p => p.DisplayName == "Leo Park").Role);
        var last = Turns(document)[^1];
        Assert.Equal(("Maria Gonzalez", SpeakerAttribution.Inferred, "I sold newspapers."), last);
    }

    [Fact]
    public void Speaker_changes_inside_a_hard_wrapped_block_split_the_block()
    {
        var document = Read("Hearing record\n\nMR. SMITH: We have looked at the\nfigures carefully.\nTHE COURT: Go on.\nMR. SMITH: Thank you.\n");
        Assert.Equal(
            [("Mr. Smith", SpeakerAttribution.Labelled, "We have looked at the figures carefully."), ("The Court", SpeakerAttribution.Labelled, "Go on."), ("Mr. Smith", SpeakerAttribution.Labelled, "Thank you.")],
            Turns(document));
    }

    [Fact]
    public void Timestamps_and_incidents_become_inlines_and_turn_start_times()
    {
        var document = Read("Show notes\n\n[00:01:05] Kim Ali: Hello [laughter] and welcome (applause).\n\n00:02:10 Sam Roy: Thanks [inaudible 00:02:12].\n");
        var turns = document.Blocks.OfType<Turn>().ToList();
        Assert.Equal(TimeSpan.FromSeconds(65), turns[0].Start);
        Assert.Equal(TimeSpan.FromSeconds(130), turns[1].Start);
        var inlines = turns[0].Paragraphs[0].Content;
        Assert.Contains(inlines, i => i is Incident { Kind: IncidentKind.Laughter, Description: "laughter" });
        Assert.Contains(inlines, i => i is Incident { Kind: IncidentKind.Applause });
        Assert.Contains(turns[1].Paragraphs[0].Content, i => i is Incident { Kind: IncidentKind.Inaudible });
    }

    [Fact]
    public void Label_alone_on_its_line_takes_the_next_paragraph()
    {
        var document = Read("A title\n\nRITA MOSS:\n\nI was born in a small town.\n\nOMAR DIAZ: And then?\n");
        Assert.Equal(("Rita Moss", SpeakerAttribution.Labelled, "I was born in a small town."), Turns(document)[0]);
    }

    [Fact]
    public void Unclosed_bracket_is_a_warning_and_the_text_is_kept()
    {
        var document = Read("A title\n\nANNA LEE: Hi.\n\n[This note never closes\n\nBEN OKAFOR: Hello.\n");
        Assert.Contains(document.Diagnostics, d => d is { Severity: DiagnosticSeverity.Warning, Line: 5 });
        Assert.Contains("[This note never closes", Words.TextOf(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Numbered_footnote_is_linked_to_its_marker()
    {
        var document = Read("A title\n\nANNA LEE: The law[1] changed in 1990.\n\nBEN OKAFOR: Really?\n\n[1] The Housing Act.\n");
        var footnote = Assert.Single(document.Footnotes);
        Assert.Equal("The Housing Act.", InlineText.ToPlainText(footnote.Paragraphs));
        Assert.Contains(document.Blocks.OfType<Turn>().First().Paragraphs[0].Content, i => i is FootnoteReference { Marker: "1" });
    }

    [Fact]
    public void Every_input_sample_keeps_every_word_and_has_speakers()
    {
        foreach (var sample in RepoPaths.InputSamples().Where(s => s.EndsWith(".txt", StringComparison.Ordinal)))
        {
            var document = new PlainTextReader().Read(new ReaderInput(sample, File.ReadAllBytes(sample)));
            Assert.True(document.Participants.Length >= 2, sample);
            Assert.Empty(Words.Missing(File.ReadAllText(sample), Words.TextOf(document)));
            Assert.DoesNotContain(document.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        }
    }
}
