using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Properties;

/// <summary>Issue #6: over generated text and HTML, readers never throw anything but their documented error, and
/// every word of a transcript reaches the model.</summary>
public sealed class ReaderProperties
{
    private static readonly FormatRegistry Registry = BuiltInFormats.CreateRegistry();

    public static TheoryData<string> Readers() => [.. Registry.Readers.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Readers))]
    public void Readers_throw_only_their_documented_error_on_noise(string reader) =>
        Prop.ForAll(TranscriptGen.Noise(), text => ReadsOrFailsCleanly(reader, Encoding.UTF8.GetBytes(text))).Check(Run.Config(100));

    [Theory]
    [MemberData(nameof(Readers))]
    public void Readers_throw_only_their_documented_error_on_tag_soup(string reader) =>
        Prop.ForAll(TranscriptGen.TagSoup(), html => ReadsOrFailsCleanly(reader, Encoding.UTF8.GetBytes(html))).Check(Run.Config(60));

    [Theory]
    [MemberData(nameof(Readers))]
    public void Readers_throw_only_their_documented_error_on_random_bytes(string reader) =>
        Prop.ForAll(TranscriptGen.Bytes(), bytes => ReadsOrFailsCleanly(reader, bytes)).Check(Run.Config(100));

    [Fact]
    public void Text_reader_keeps_every_word() =>
        Prop.ForAll(TranscriptGen.PlainText(), transcript => AssertKeepsEveryWord("text", transcript)).Check(Run.Config(100));

    [Fact]
    public void Markdown_reader_keeps_every_word_of_plain_paragraphs() =>
        Prop.ForAll(TranscriptGen.PlainText(), transcript => AssertKeepsEveryWord("markdown", transcript)).Check(Run.Config(60));

    [Fact]
    public void Html_reader_keeps_every_word() =>
        Prop.ForAll(TranscriptGen.Html(), page => AssertKeepsEveryWord("html", page)).Check(Run.Config(50));

    [Fact]
    public void Xml_reader_keeps_every_word_of_generated_xml() =>
        Prop.ForAll(TranscriptGen.PlainText(), transcript => AssertKeepsEveryWord("xml", AsXml(transcript))).Check(Run.Config(50));

    [Theory]
    [InlineData("xml")]
    [InlineData("transcriber")]
    public void Xml_readers_throw_only_their_documented_error_on_generated_xml(string reader) =>
        Prop.ForAll(TranscriptGen.TagSoup(), soup => ReadsOrFailsCleanly(reader, Encoding.UTF8.GetBytes("<Trans><Episode><Section><Turn speaker=\"s\">" + soup + "</Turn></Section></Episode></Trans>"))).Check(Run.Config(60));

    /// <summary>A generated transcript as XML of no known dialect: a paragraph element per paragraph.</summary>
    private static GeneratedTranscript AsXml(GeneratedTranscript transcript)
    {
        var paragraphs = transcript.Source.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => "<para>" + System.Security.SecurityElement.Escape(p) + "</para>");
        return transcript with { Source = "<record>" + string.Concat(paragraphs) + "</record>" };
    }

    internal static TranscriptDocument Read(string reader, GeneratedTranscript transcript) =>
        Registry.GetReader(reader).Read(new ReaderInput("generated", Encoding.UTF8.GetBytes(transcript.Source)));

    private static void ReadsOrFailsCleanly(string reader, byte[] bytes)
    {
        try
        {
            Registry.GetReader(reader).Read(new ReaderInput("generated", bytes));
        }
        catch (TranscriptException ex)
        {
            Assert.Equal("generated", ex.SourcePath);
        }
    }

    private static void AssertKeepsEveryWord(string reader, GeneratedTranscript transcript)
    {
        var document = Read(reader, transcript);
        var modelText = Words.TextOf(document);
        Assert.Empty(Words.Missing(transcript.ContentText, modelText));
        foreach (var speaker in transcript.Speakers)
            Assert.Empty(Words.Missing(speaker, modelText));
    }
}

/// <summary>How many cases a property runs: few enough to keep the suite fast, fixed so a failure names its seed.</summary>
internal static class Run
{
    public static Config Config(int cases) => FsCheck.Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true);
}
