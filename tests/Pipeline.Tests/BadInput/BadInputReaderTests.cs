using System.Text;
using Pipeline.Core.Decoding;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Plugins;
using Pipeline.Formats;

namespace Pipeline.Tests.BadInput;

/// <summary>Issue #6, bad input at reader level: every reader answers bad bytes with its documented error.</summary>
public sealed class BadInputReaderTests
{
    public static TheoryData<string> Readers() => [.. BuiltInFormats.CreateRegistry().Readers.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Readers))]
    public void Empty_and_blank_input_is_a_transcript_error(string reader)
    {
        foreach (var content in new[] { "", "  \n\t\n" })
        {
            var error = Assert.Throws<TranscriptException>(() => Read(reader, Encoding.UTF8.GetBytes(content)));
            Assert.Equal("blank.x", error.SourcePath);
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Binary_input_is_a_transcript_error(string reader)
    {
        var bytes = new byte[2048];
        new Random(2).NextBytes(bytes);

        var error = Assert.Throws<TranscriptException>(() => Read(reader, bytes));

        Assert.Contains("binary", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_nested_too_deeply_for_markdig_is_a_transcript_error()
    {
        var error = Assert.Throws<TranscriptException>(() => Read("markdown", Encoding.UTF8.GetBytes("ANNA LEE: hi\n\n" + new string('>', 20_000) + " deep")));

        Assert.Contains("too deeply", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_are_removed_and_their_lines_named()
    {
        var (text, warning) = ControlCharacters.Strip("one\ntw\0o\nthree\u0007\nfour\tfive\n");

        Assert.Equal("one\ntwo\nthree\nfour\tfive\n", text);
        Assert.NotNull(warning);
        Assert.Equal(2, warning.Line);
        Assert.Equal("removed 2 control character(s) (U+0000, U+0007) on line(s) 2, 3", warning.Message);
    }

    [Fact]
    public void The_quick_search_finds_exactly_the_characters_strip_removes()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = "plain text long enough for the vectorised search " + (char)c + " and more after it";
            Assert.Equal(ControlCharacters.IsForbidden((char)c), ControlCharacters.ContainsForbidden(text));
        }
    }

    [Fact]
    public void Damaged_utf8_stays_utf8_but_a_legacy_code_page_stays_legacy()
    {
        var damaged = Encoding.UTF8.GetBytes("Crème brûlée\nà la carte ").Concat(new byte[] { 0xE9, 0x20 }).ToArray();
        var legacy = Encoding.Latin1.GetBytes("Crème brûlée à la carte, déjà vu, naïveté, café, élève, où, forêt.");

        var fromDamaged = TextDecoder.Decode("d.txt", damaged);
        var fromLegacy = TextDecoder.Decode("l.txt", legacy);

        Assert.Equal("Crème brûlée\nà la carte \uFFFD ", fromDamaged.Text);
        Assert.Equal(DiagnosticSeverity.Warning, fromDamaged.Diagnostic!.Severity);
        Assert.Equal(2, fromDamaged.Diagnostic.Line);
        Assert.NotEqual("utf-8", fromLegacy.EncodingName);
        Assert.Contains("naïveté", fromLegacy.Text, StringComparison.Ordinal);
    }

    private static void Read(string reader, byte[] bytes) =>
        BuiltInFormats.CreateRegistry().GetReader(reader).Read(new ReaderInput("blank.x", bytes));
}
