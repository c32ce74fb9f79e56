using System.Text;
using Pipeline.Core.Model;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Writers.Markdown;

/// <summary>Issue #14 item 5: the writer escapes only where pandoc would otherwise read structure, and whatever it
/// writes still reads back, through Markdig and through pandoc, as the model's text.</summary>
[Trait("Category", "External")]
public sealed class MarkdownWriterMinimalEscapingTests
{
    /// <summary>Characters that are or look like Markdown syntax, with letters, digits and spaces to put them in context.</summary>
    private const string Alphabet = "ab XY7 .,;:'\"()[]{}*_-+=#>|<&$@!%~^`\\/?";

    /// <summary>Random paragraphs of the alphabet, with bracketed incidents among the text (fixed seed: the same every run).</summary>
    private static TranscriptDocument RandomParagraphs(int count, int seed)
    {
        var random = new Random(seed);
        string Piece() => new(Enumerable.Range(0, random.Next(1, 24)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
        var blocks = new List<Block>();
        for (var i = 0; i < count; i++)
        {
            var inlines = new List<Inline> { new Text("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ") };
            for (var j = random.Next(1, 4); j > 0; j--)
            {
                inlines.Add(new Text(Piece()));
                if (random.Next(3) == 0)
                    inlines.Add(new Incident(IncidentKind.Other, Piece()));
            }

            // Half the paragraphs start with a syntax character, so line-start rules are exercised too.
            if (i % 2 == 1)
                inlines[0] = new Text(Piece());
            blocks.Add(new Paragraph([.. inlines]));
        }

        return MarkdownSamples.Paragraphs([]) with { Blocks = [.. blocks] };
    }

    private static IEnumerable<string> ExpectedParagraphs(TranscriptDocument document) =>
        document.Blocks.OfType<Paragraph>().Select(p => MarkdownTexts.Expected(InlineText.ToPlainText(p.Content))).Where(t => t.Length > 0);

    [Fact]
    public void Random_syntax_text_comes_back_from_Markdig_as_the_models_text()
    {
        for (var seed = 1; seed <= 5; seed++)
        {
            var document = RandomParagraphs(200, seed);
            var view = new MarkdigView(MarkdownRun.Of(document).Markdown);

            Assert.Equal(ExpectedParagraphs(document), view.BodyParagraphs.Select(MarkdigView.Text).Select(MarkdownTexts.Collapse));
            Assert.Empty(view.UnexpectedNodes());
        }
    }

    [Fact]
    public void Random_syntax_text_comes_back_from_pandoc_as_the_models_text()
    {
        var document = RandomParagraphs(300, 14);
        var path = MarkdownRun.Of(document).SaveIn(RepoPaths.NewTempFolder(), "random");

        // Smart typography off: with it, pandoc also trims spaces inside the quotation marks it pairs, which is typography,
        // not structure read from the text.
        var plain = PandocRun.ToPlain(path, "-f", "markdown-smart");

        var paragraphs = plain.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).Select(MarkdownTexts.Collapse);
        Assert.Equal(ExpectedParagraphs(document), paragraphs);
    }

    [Fact]
    public void Apostrophes_quotes_and_parentheses_in_running_text_are_not_escaped()
    {
        var text = "It's the speaker's view (as I said) that \"we\" don't know... 5 * 3 and snake_case, a > b, #1 and 100% a|b!";
        var markdown = MarkdownRun.Of(MarkdownSamples.Paragraphs([text])).Markdown;

        Assert.Contains(text, markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\\'", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\\(", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("> not a quote", "\\> not a quote")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("(a) not a list", "\\(a) not a list")]
    [InlineData("(Applause) stays", "(Applause) stays")]
    [InlineData("*not* emphasis", "\\*not\\* emphasis")]
    [InlineData("_not_ emphasis", "\\_not\\_ emphasis")]
    [InlineData("see [laughter] here", "see \\[laughter] here")]
    [InlineData("a [link](x) no", "a \\[link](x) no")]
    [InlineData("a <b>tag</b>", "a \\<b>tag\\</b>")]
    [InlineData("AT&T &amp; co", "AT&T \\&amp; co")]
    [InlineData("mail a@b.org or @doe", "mail a@b.org or \\@doe")]
    [InlineData("costs $5, or 5 $", "costs \\$5, or 5 $")]
    [InlineData("Octo--ber", "Octo-\\-ber")]
    [InlineData("`code`", "\\`code\\`")]
    public void What_would_start_structure_is_escaped_and_nothing_else(string text, string expected)
    {
        var markdown = MarkdownRun.Of(MarkdownSamples.Paragraphs([text])).Markdown;

        Assert.Contains("\n" + expected + "\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Debate_with_hundreds_of_apostrophes_has_no_escaped_apostrophe_and_reads_back_from_pandoc()
    {
        var path = Path.Combine(RepoPaths.RequireShared("corpus"), "debates", "biden-trump-2020-10-22.txt");
        var document = new Pipeline.Core.Engine.DocumentLoader(Pipeline.Formats.BuiltInFormats.CreateRegistry())
            .Load(new Pipeline.Core.Engine.InputFile(path, path, Path.GetFileName(path))).Document;
        var run = MarkdownRun.Of(document);
        Assert.True(document.Blocks.OfType<Turn>().SelectMany(t => t.Paragraphs).Count(p => InlineText.ToPlainText(p.Content).Contains('\'', StringComparison.Ordinal)) > 20);

        Assert.Equal(0, Count(run.Markdown, "\\'"));
        Assert.Equal(0, Count(run.Markdown, "\\("));
        var plain = MarkdownTexts.Collapse(PandocRun.ToPlain(run.SaveIn(RepoPaths.NewTempFolder(), "debate"), "-f", "markdown-smart"));
        foreach (var paragraph in document.Blocks.OfType<Turn>().SelectMany(t => t.Paragraphs).Where(p => p.Content.All(i => i is Text)).Take(200))
            Assert.Contains(MarkdownTexts.Expected(InlineText.ToPlainText(paragraph.Content)), plain, StringComparison.Ordinal);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
