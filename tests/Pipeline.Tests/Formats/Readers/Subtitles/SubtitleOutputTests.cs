using System.Text;
using System.Xml.Linq;
using Pipeline.Core.Model;
using Pipeline.Tests.Formats.Writers.Docx;
using Pipeline.Tests.Formats.Writers.Pdf;
using Pipeline.Tests.TestSupport;
using static Pipeline.Tests.Formats.Readers.Subtitles.SubtitleSamples;

namespace Pipeline.Tests.Formats.Readers.Subtitles;

/// <summary>A WebVTT file through every writer: the cue times of its turns are visible in each output.</summary>
[Trait("Category", "External")]
public sealed class SubtitleOutputTests
{
    private const string Sample = "WEBVTT\n\n00:00:05.000 --> 00:00:07.000\n<v Ana Lima>Welcome to the harbour.\n\n" +
                                  "00:01:05.500 --> 00:01:07.000\n<v Ben Cruz>Thank you, Ana.\n";

    private static readonly XNamespace T = "http://www.tei-c.org/ns/1.0";

    [Fact]
    public void Tei_turns_start_at_cue_times_on_a_timeline()
    {
        var tei = XDocument.Parse(Encoding.UTF8.GetString(RealTranscripts.Write("tei", Vtt(Sample)).Bytes));
        var whens = tei.Descendants(T + "timeline").Single().Elements(T + "when").Select(w => (string?)w.Attribute("interval")).ToList();
        Assert.Equal([null, "5", "65.5"], whens);
        Assert.Equal(["#T5", "#T65.5"], tei.Descendants(T + "u").Select(u => (string?)u.Attribute("start")));
    }

    [Fact]
    public void Tei_of_a_subtitle_file_is_valid_against_tei_all_with_jing()
    {
        var jing = ExternalTool.Require("jing");
        var schema = RepoPaths.RequireShared("schemas/tei_all.rng");
        var path = Path.Combine(RepoPaths.NewTempFolder(), "subtitles.tei.xml");
        var document = Vtt(Sample + "\n00:02:00.000 --> 00:02:01.000\n>> [applause]\n");
        File.WriteAllBytes(path, RealTranscripts.Write("tei", document).Bytes);
        var (code, output) = ExternalTool.Run(jing, [schema, path]);
        Assert.True(code == 0, output);
    }

    [Fact]
    public void Markdown_shows_each_turns_time()
    {
        var markdown = Encoding.UTF8.GetString(RealTranscripts.Write("md", Vtt(Sample)).Bytes);
        Assert.Contains("00:00:05", markdown, StringComparison.Ordinal);
        Assert.Contains("00:01:05.500", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_shows_each_turns_time()
    {
        var docx = DocxTestFile.Write(Vtt(Sample));
        var text = DocxTestFile.TextOf(docx.Part("word/document.xml").Root!);
        Assert.Contains("[00:00:05]", text, StringComparison.Ordinal);
        Assert.Contains("[00:01:05.500]", text, StringComparison.Ordinal); // #15: the cue's milliseconds are kept
    }

    [Fact]
    public void Pdf_shows_each_turns_time()
    {
        var words = string.Join(" ", PdfText.AllWords(RealTranscripts.Write("pdf", Vtt(Sample)).Bytes));
        Assert.Contains("00:00:05", words, StringComparison.Ordinal);
        Assert.Contains("00:01:05.500", words, StringComparison.Ordinal); // #15: the cue's milliseconds are kept
    }

    [Fact]
    public void Every_writer_takes_a_caption_file_with_no_speakers()
    {
        var document = Vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\ngood evening\n\n00:00:05.000 --> 00:00:06.000\nand welcome\n");
        Assert.Equal(2, document.Blocks.OfType<Paragraph>().Count());
        var texts = new Dictionary<string, string>
        {
            ["tei"] = System.Text.Encoding.UTF8.GetString(RealTranscripts.Write("tei", document).Bytes),
            ["md"] = System.Text.Encoding.UTF8.GetString(RealTranscripts.Write("md", document).Bytes),
            ["docx"] = Pipeline.Tests.Formats.Writers.Docx.DocxTestFile.TextOf(Pipeline.Tests.Formats.Writers.Docx.DocxTestFile.Write(document).Body),
            ["pdf"] = string.Join(" ", PdfText.AllWords(RealTranscripts.Write("pdf", document).Bytes)),
        };
        foreach (var (writer, text) in texts)
        {
            Assert.True(text.Contains("good evening", StringComparison.Ordinal) && text.Contains("and welcome", StringComparison.Ordinal), $"{writer} lost the captions' words");
            Assert.True(text.IndexOf("good evening", StringComparison.Ordinal) < text.IndexOf("and welcome", StringComparison.Ordinal), $"{writer} put the captions out of order");
        }
    }
}
