using System.Text;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Pipeline.Tests.Formats.Writers.Markdown;

/// <summary>The writer's Markdown parsed back by Markdig, with the views the tests assert on.</summary>
internal sealed class MarkdigView
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseFootnotes()
        .UseCustomContainers()
        .UseGenericAttributes()
        .Build();

    public MarkdigView(string markdown) => Document = Markdig.Markdown.Parse(markdown, Pipeline);

    public MarkdownDocument Document { get; }

    public IReadOnlyList<HeadingBlock> Headings => [.. Document.Descendants<HeadingBlock>()];

    public IReadOnlyList<Markdig.Extensions.Footnotes.Footnote> Footnotes => [.. Document.Descendants<Markdig.Extensions.Footnotes.Footnote>()];

    /// <summary>Paragraphs of the body, not counting those inside footnote definitions.</summary>
    public IReadOnlyList<ParagraphBlock> BodyParagraphs =>
        [.. Document.Descendants<ParagraphBlock>().Where(p => !IsInside<FootnoteGroup>(p))];

    /// <summary>The YAML block's <c>title</c> as pandoc shows it: the single-quoted YAML string read as Markdown.</summary>
    public string? YamlTitle()
    {
        var yaml = Document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        var line = yaml?.Lines.Lines.Select(l => l.ToString()).FirstOrDefault(l => l.StartsWith("title: '", StringComparison.Ordinal));
        return line is null ? null : Markdig.Markdown.ToPlainText(line["title: '".Length..^1].Replace("''", "'", StringComparison.Ordinal), Pipeline);
    }

    public IReadOnlyList<CustomContainer> Containers => [.. Document.Descendants<CustomContainer>()];

    public static string? Id(Block block) => block.GetAttributes().Id;

    public static IReadOnlyList<string> Classes(Block block) => block.GetAttributes().Classes ?? [];

    /// <summary>Blocks and inlines that the writer never means to produce (lists, code, HTML, quotes, rules, tables…).</summary>
    public IReadOnlyList<string> UnexpectedNodes()
    {
        var unexpected = new List<string>();
        foreach (var block in Document.Descendants<Block>())
        {
            var expected = block is ParagraphBlock or HeadingBlock or CustomContainer or YamlFrontMatterBlock
                or FootnoteGroup or Markdig.Extensions.Footnotes.Footnote or LinkReferenceDefinitionGroup or LinkReferenceDefinition;
            if (!expected)
                unexpected.Add($"{block.GetType().Name} at line {block.Line + 1}");
        }

        foreach (var inline in Document.Descendants<Inline>())
        {
            var expected = inline is LiteralInline or EmphasisInline or LineBreakInline or FootnoteLink or ContainerInline;
            if (inline is LinkInline { IsImage: false, IsShortcut: false } or LinkDelimiterInline)
                expected = true;
            if (!expected)
                unexpected.Add($"{inline.GetType().Name} at line {inline.Line + 1}");
        }

        return unexpected;
    }

    /// <summary>The literal text of a leaf block: what a reader sees, with hard breaks as <c>\n</c>.</summary>
    public static string Text(LeafBlock block) => block.Inline is null ? "" : Text(block.Inline);

    public static string Text(ContainerInline container)
    {
        var builder = new StringBuilder();
        Append(builder, container);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case LineBreakInline lineBreak:
                builder.Append(lineBreak.IsHard ? "\n" : " ");
                break;
            case FootnoteLink { IsBackLink: true }:
                break;
            case FootnoteLink link:
                builder.Append('[').Append(link.Footnote.Label).Append(']');
                break;
            case ContainerInline container:
                foreach (var child in container)
                    Append(builder, child);
                break;
            default:
                builder.Append('⟦').Append(inline.GetType().Name).Append('⟧');
                break;
        }
    }

    private static bool IsInside<T>(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is T)
                return true;
        }

        return false;
    }
}
