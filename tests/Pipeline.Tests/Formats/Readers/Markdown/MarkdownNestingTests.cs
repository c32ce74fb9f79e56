using System.Diagnostics;
using System.Text;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Readers;
using Pipeline.Formats.Readers.Markdown;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Readers.Markdown;

/// <summary>Issue #11.5: the Markdown reader never recurses on input depth. Nesting Markdig itself does not limit
/// (emphasis) is refused with the file and line; chains of footnotes are followed with an explicit stack.</summary>
public sealed class MarkdownNestingTests
{
    private static TranscriptDocument Read(string markdown) =>
        new MarkdownReader().Read(new ReaderInput("deep.md", Encoding.UTF8.GetBytes(markdown)));

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("**", "**")]
    [InlineData("*", "*")]
    [InlineData("_", "_")]
    [InlineData("~~", "~~")]
    [InlineData("> ", "")]
    [InlineData("- ", "")]
    [InlineData("[", "](https://example.org)")]
    public void Nesting_20000_deep_is_a_transcript_error_naming_the_file(string open, string close)
    {
        // Far past the limit, and deeper than any recursive walk's stack would survive (a few hundred bytes a frame).
        const int Depth = 20_000;
        var speaker = close.Length == 0 ? "" : "BEN OKAFOR: "; // quote and list markers nest only at the start of a line
        var markdown = "ANNA LEE: Hello.\n\n" + speaker + string.Concat(Enumerable.Repeat(open, Depth)) + "deep" + string.Concat(Enumerable.Repeat(close, Depth)) + "\n";

        var error = Assert.Throws<TranscriptException>(() => Read(markdown));

        Assert.Equal("deep.md", error.SourcePath);
        Assert.Contains("nests", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Emphasis_nested_past_the_limit_names_its_line()
    {
        var markdown = "ANNA LEE: Hello.\n\nBEN OKAFOR: " + string.Concat(Enumerable.Repeat("**", ReaderLimits.MaxNesting)) + "deep"
                       + string.Concat(Enumerable.Repeat("**", ReaderLimits.MaxNesting)) + "\n";

        var error = Assert.Throws<TranscriptException>(() => Read(markdown));

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Emphasis_nested_within_the_limit_is_read()
    {
        var markdown = "ANNA LEE: Hello.\n\nBEN OKAFOR: " + string.Concat(Enumerable.Repeat("**", 100)) + "deep words" + string.Concat(Enumerable.Repeat("**", 100)) + "\n";

        Assert.Contains("deep words", Words.TextOf(Read(markdown)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_chain_of_ten_thousand_footnotes_each_citing_the_next_is_read_in_order()
    {
        const int Notes = 10_000;
        var markdown = new StringBuilder("ANNA LEE: See the first note.[^1]\n\n");
        for (var i = 1; i <= Notes; i++)
            markdown.Append("[^").Append(i).Append("]: Note ").Append(i).Append(i < Notes ? $" cites the next.[^{i + 1}]" : ".").Append("\n\n");
        var clock = Stopwatch.StartNew();

        var document = Read(markdown.ToString());

        var text = Words.TextOf(document);
        Assert.Contains("Note 10000.", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Note 2 cites", StringComparison.Ordinal) < text.IndexOf("Note 3 cites", StringComparison.Ordinal));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }
}
