using Pipeline.Core.Model;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Writers.Markdown;

[Trait("Category", "External")]
public sealed class MarkdownWriterEscapingTests
{
    [Fact]
    public void Markup_lookalikes_come_back_from_Markdig_as_the_same_literal_paragraphs()
    {
        var view = new MarkdigView(MarkdownRun.Of(MarkdownSamples.Paragraphs(MarkdownSamples.MarkupLookalikes)).Markdown);

        var actual = view.BodyParagraphs.Select(MarkdigView.Text).ToList();
        Assert.Equal(MarkdownSamples.MarkupLookalikes.Select(MarkdownTexts.Expected), actual);
        Assert.Empty(view.UnexpectedNodes());
        Assert.Single(view.Headings);
    }

    [Fact]
    public void Markup_lookalikes_come_back_from_pandoc_as_the_same_literal_paragraphs()
    {
        var folder = RepoPaths.NewTempFolder();
        var path = MarkdownRun.Of(MarkdownSamples.Paragraphs(MarkdownSamples.MarkupLookalikes)).SaveIn(folder, "lookalikes");

        var plain = PandocRun.ToPlain(path);

        var paragraphs = plain.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["Introduction", .. MarkdownSamples.MarkupLookalikes.Select(MarkdownTexts.Expected).Select(MarkdownTexts.Unsmart)], paragraphs.Select(MarkdownTexts.Unsmart));
    }

    [Fact]
    public void HostileText_every_character_comes_back_from_Markdig_as_literal_text()
    {
        var source = SampleDocuments.HostileText();
        var view = new MarkdigView(MarkdownRun.Of(source).Markdown);

        var expected = new List<string> { "A <b>: " + MarkdownTexts.Expected(InlineText.ToPlainText(((Turn)source.Blocks[1]).Paragraphs)) };
        expected.AddRange(source.Blocks.OfType<Paragraph>().Select(p => MarkdownTexts.Expected(InlineText.ToPlainText(p.Content))));
        Assert.Equal(MarkdownTexts.Expected(source.Metadata.Title!), view.YamlTitle()?.TrimEnd());
        Assert.Equal(
            [MarkdownTexts.Expected(InlineText.ToPlainText(((Heading)source.Blocks[0]).Content))],
            view.Headings.Where(h => MarkdigView.Id(h) is not ("front-matter" or "transcript")).Select(MarkdigView.Text));
        Assert.Equal(expected, view.BodyParagraphs.Where(p => p.Parent is Markdig.Syntax.MarkdownDocument).Select(MarkdigView.Text));
        Assert.Empty(view.UnexpectedNodes());
    }

    [Fact]
    public void HostileText_every_character_comes_back_from_pandoc_as_literal_text()
    {
        var source = SampleDocuments.HostileText();
        var folder = RepoPaths.NewTempFolder();
        var path = MarkdownRun.Of(source).SaveIn(folder, "hostile");

        var plain = MarkdownTexts.Unsmart(MarkdownTexts.Collapse(PandocRun.ToPlain(path)));

        Assert.Contains(MarkdownTexts.Unsmart(MarkdownTexts.Expected(InlineText.ToPlainText(((Turn)source.Blocks[1]).Paragraphs))), plain, StringComparison.Ordinal);
        foreach (var paragraph in source.Blocks.OfType<Paragraph>())
            Assert.Contains(MarkdownTexts.Unsmart(MarkdownTexts.Expected(InlineText.ToPlainText(paragraph.Content))), plain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Title: with colon")]
    [InlineData("She said \"no\" # not a comment")]
    [InlineData("It's 'quoted'")]
    [InlineData("Two\nlines\r\nhere")]
    [InlineData("- starts like a list: *and* [more] {x}")]
    [InlineData("1. numbered & <tagged> @at $5 ~x~ ^y^ \\ end")]
    public void Metadata_strings_survive_yaml_and_markdown_into_pandoc(string title)
    {
        var document = SampleDocuments.AllNodeTypes();
        document = document with
        {
            Metadata = document.Metadata with { Title = title, Subtitle = title + " (sub)" },
            Participants = [document.Participants[0] with { DisplayName = title }, .. document.Participants.Skip(1)],
        };
        var folder = RepoPaths.NewTempFolder();
        var path = MarkdownRun.Of(document).SaveIn(folder, "meta");
        var template = Path.Combine(folder, "meta.template");
        File.WriteAllText(template, "$title$\n$subtitle$\n$for(creator)$$creator.role$=$creator.text$\n$endfor$$lang$\n$date$\n");

        var lines = MarkdownTexts.Unsmart(PandocRun.ToPlain(path, "--template", template)).Split('\n');

        var expected = MarkdownTexts.Unsmart(MarkdownTexts.Expected(title));
        Assert.Equal(expected, lines[0]);
        Assert.Equal(expected + " (sub)", lines[1]);
        Assert.Equal("ivr=" + expected, lines[2]);
        Assert.Equal("ive=John Doe", lines[3]);
        Assert.Equal("en", lines[4]);
        Assert.Equal("2024-03-05", lines[5]);
    }
}
