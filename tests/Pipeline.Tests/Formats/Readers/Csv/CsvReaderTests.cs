using System.Text;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Readers.Csv;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Readers.Csv;

/// <summary>Issue #13.2: transcripts exported as spreadsheets.</summary>
[Trait("Category", "External")]
public sealed class CsvReaderTests
{
    private static TranscriptDocument Read(string text, string path = "test.csv") =>
        new CsvReader().Read(new ReaderInput(path, Encoding.UTF8.GetBytes(text)));

    private static List<(string Speaker, string Text)> Turns(TranscriptDocument d) =>
        [.. d.Blocks.OfType<Turn>().Select(t => (d.FindParticipant(t.SpeakerId)!.DisplayName, InlineText.ToPlainText(t.Paragraphs)))];

    [Fact]
    public void Header_names_the_columns_and_runs_of_one_speaker_form_one_turn()
    {
        var document = Read("speaker,text\nMara Quill,Where did the ferry land?\nTobias Fenn,At the north quay.\nTobias Fenn,\"It was late, and foggy.\"\nMara Quill,Thank you.\n");
        var turns = document.Blocks.OfType<Turn>().ToList();
        Assert.Equal(3, turns.Count);
        Assert.Equal(2, turns[1].Paragraphs.Length);
        Assert.All(turns, t => Assert.Equal(SpeakerAttribution.Labelled, t.Attribution));
        Assert.Equal(("Tobias Fenn", "At the north quay.\n\nIt was late, and foggy."), Turns(document)[1]);
        Assert.Equal("csv", document.Source.Format);
    }

    [Fact]
    public void Tsv_with_German_headers_and_times_gives_turn_starts()
    {
        var document = Read("Beginn\tEnde\tSprecher\tText\n00:00:05\t00:00:09\tAnna Reh\tGuten Morgen.\n00:00:10\t00:00:20\tJonas Kalb\tMorgen, Anna.\n", "talk.tsv");
        var turns = document.Blocks.OfType<Turn>().ToList();
        Assert.Equal([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)], turns.Select(t => t.Start!.Value));
        Assert.Equal(["Anna Reh", "Jonas Kalb"], Turns(document).Select(t => t.Speaker));
        Assert.DoesNotContain("00:00:09", InlineText.ToPlainText(turns[0].Paragraphs), StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_without_a_header_are_read_by_shape()
    {
        var document = Read("0:01;Ines Varga;Bonjour à tous, merci d'être venus ce soir pour parler du port.\n0:09;Paul Orme;Merci, c'est un plaisir d'être ici avec vous.\n0:15;Ines Varga;Commençons par l'histoire du quai nord.\n");
        Assert.Equal(["Ines Varga", "Paul Orme", "Ines Varga"], Turns(document).Select(t => t.Speaker));
        Assert.Equal(TimeSpan.FromSeconds(9), document.Blocks.OfType<Turn>().ElementAt(1).Start);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.TextColumnGuessed);
    }

    [Fact]
    public void Look_alike_commas_and_a_row_without_separator_are_repaired_with_warnings()
    {
        var document = Read("speaker,words\nOsric Vane, Well‚ we sailed at dawn‚ 1‚200 miles.\nLena Hart, And then?\nOsrik Vane‚ Then the storm came.\nLena Hart, I see.");
        var turns = Turns(document);
        Assert.Equal(("Osric Vane", "Well, we sailed at dawn, 1,200 miles."), turns[0]);
        Assert.Equal(("Osrik Vane", "Then the storm came."), turns[2]);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.SpeakerWithoutSeparator && d.Line == 4 && d.Argument("speaker") == "Osrik Vane" && d.Argument("known") == "Osric Vane");
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.LookAlikeCommas && d.Argument("count") == "3");
    }

    [Fact]
    public void A_row_with_no_separator_and_no_known_speaker_continues_the_turn_before()
    {
        var document = Read("speaker,words\nOsric Vane,We sailed at dawn.\nand nobody said a word for hours\nLena Hart,Really?\n");
        Assert.Equal(("Osric Vane", "We sailed at dawn.\n\nand nobody said a word for hours"), Turns(document)[0]);
        Assert.Contains(document.Diagnostics, d => d.Line == 3 && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Extra_unquoted_separators_stay_in_the_text()
    {
        var document = Read("name,utterance\nMara Quill,Yes, of course, the harbour.\nTobias Fenn,No.\n");
        Assert.Equal(("Mara Quill", "Yes, of course, the harbour."), Turns(document)[0]);
        Assert.Contains(document.Diagnostics, d => d.Line == 2 && d.Code == DiagnosticCode.RowWidthMismatch);
    }

    [Fact]
    public void A_row_with_no_speaker_is_its_own_turn_inferred_to_be_the_speaker_before()
    {
        var document = Read("speaker,time,words\nMara Quill,0:01,Tell me about the school.\nTobias Fenn,0:05,It was small.\n,0:09,We walked there every day.\nMara Quill,0:15,Thank you.\n");
        var turns = document.Blocks.OfType<Turn>().ToList();
        Assert.Equal(4, turns.Count);
        Assert.Equal(turns[1].SpeakerId, turns[2].SpeakerId);
        Assert.Equal(SpeakerAttribution.Labelled, turns[1].Attribution);
        Assert.Equal(SpeakerAttribution.Inferred, turns[2].Attribution);
        Assert.Equal("Tobias Fenn", Turns(document)[2].Speaker);
        Assert.EndsWith("We walked there every day.", Turns(document)[2].Text, StringComparison.Ordinal);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.UnnamedRows && d.Argument("count") == "1" && d.Line == 4);
    }

    [Fact]
    public void A_quoted_cell_may_span_lines()
    {
        var document = Read("speaker,text\nMara Quill,\"First line\nsecond line\"\nTobias Fenn,Done.\n");
        Assert.Equal("First line second line", Turns(document)[0].Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n")]
    [InlineData("speaker,text\n")]
    [InlineData("speaker,text\n,\n")]
    public void Tables_without_text_fail_with_a_named_error(string text)
    {
        var error = Assert.Throws<TranscriptException>(() => Read(text, "empty.csv"));
        Assert.Equal("empty.csv", error.SourcePath);
    }

    [Fact]
    public void A_file_with_no_separator_reads_each_line_as_text()
    {
        var document = Read("Just one line of speech\nand another one\n");
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.NoSeparator);
        Assert.Contains("and another one", Words.TextOf(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Sniffs_a_header_with_speaker_and_text_columns()
    {
        var reader = new CsvReader();
        Assert.True(reader.CanSniff("locuteur;texte\nA;b\n"u8));
        Assert.True(reader.CanSniff("\"Speaker\",\"Transcript\"\r\nA,b\r\n"u8));
        Assert.False(reader.CanSniff("Speaker: hello, world\nAnother: line\n"u8));
        Assert.False(reader.CanSniff("id,value\n1,2\n"u8));
    }

    [Fact]
    public void Legacy_code_pages_are_decoded_through_the_shared_decoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("orateur;texte\nAmélie Dupré;Où êtes-vous née, et qu’est-ce qui vous a amenée à la musique ?\nJérôme Faure;À Genève, près du lac, où ma mère était pianiste depuis toujours.\n");
        var document = new CsvReader().Read(new ReaderInput("fr.csv", bytes));
        Assert.Equal("windows-1252", document.Source.Encoding);
        Assert.Equal(["Amélie Dupré", "Jérôme Faure"], Turns(document).Select(t => t.Speaker));
    }

    [Fact]
    public void Oral_history_export_with_look_alike_commas_keeps_every_word()
    {
        var path = Path.Combine(RepoPaths.RequireShared("corpus-2"), "oral-history", "grinnell-yeager-anderson-1981-ohd-lowcomma.csv");
        var document = new CsvReader().Read(new ReaderInput(path, File.ReadAllBytes(path)));
        Assert.Equal(239, document.Blocks.OfType<Turn>().Count());
        Assert.Contains(document.Participants, p => p.DisplayName == "Artderson");
        Assert.DoesNotContain('\u201A', Words.TextOf(document));
        Assert.Contains(document.Diagnostics, d => d.Code is DiagnosticCode.SpeakerWithoutSeparator or DiagnosticCode.RowWithoutSeparator);
    }
}
