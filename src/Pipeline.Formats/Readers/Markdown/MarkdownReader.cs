using Markdig;
using Markdig.Syntax;
using Markdig.Extensions.Yaml;

namespace Pipeline.Formats.Readers.Markdown;

/// <summary>Reads Markdown transcripts with Markdig: YAML front matter feeds the metadata, the document's blocks
/// become paragraphs with their inline formatting, and the shared normaliser finds the speakers.</summary>
public sealed class MarkdownReader() : Reader("markdown",
    "Markdown transcript (CommonMark with YAML front matter, footnotes and pipe tables)",
    [".md", ".markdown"])
{
    /// <summary>The Markdig pipeline the reader parses with (also what tests take the visible text from).</summary>
    internal static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseFootnotes()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Parses with Markdig, which refuses input nested deeper than it can parse safely with an
    /// <see cref="ArgumentException"/>; that is bad input, so it becomes the reader's documented error.</summary>
    private static MarkdownDocument Parse(string path, string text)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            throw new TranscriptException(path, "the Markdown nests lists, quotes or emphasis too deeply to read", inner: ex);
        }

        CheckNesting(path, document);
        return document;
    }

    /// <summary>Refuses a document whose blocks and inlines nest deeper than <see cref="Readers.ReaderLimits.MaxNesting"/>
    /// levels (Markdig limits quotes and lists, but not emphasis: <c>**…**</c> 50,000 times is 50,000 levels), naming the
    /// line; the walk is iterative, and everything after it may recurse on depth.</summary>
    private static void CheckNesting(string path, MarkdownDocument document)
    {
        var stack = new Stack<(Markdig.Syntax.MarkdownObject Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > Readers.ReaderLimits.MaxNesting)
                throw new TranscriptException(path, $"the Markdown nests lists, quotes or emphasis more than {Readers.ReaderLimits.MaxNesting} levels deep; refused", node.Line + 1);
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                        stack.Push((child, depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case Markdig.Syntax.Inlines.ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                        stack.Push((child, depth + 1));
                    break;
            }
        }
    }

    private static System.Collections.Immutable.ImmutableArray<string> KnownSpeakers(FrontMatter front, List<MarkdownItem> items)
    {
        var fromFront = MarkdownMetadata.Speakers(front);
        return [.. fromFront.Count > 0 ? fromFront : MarkdownMetadata.SpeakersFromHeader(items)];
    }

    public override TranscriptDocument Read(ReaderInput input)
    {
        var decoded = TextDecoder.Decode(input.Path, input.Content.Span);
        if (decoded.Text.Trim().Length == 0)
            throw new TranscriptException(input.Path, "empty file: no text to convert");
        var diagnostics = new List<Diagnostic>(decoded.Diagnostics);

        var document = Parse(input.Path, decoded.Text);
        var front = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } yaml
            ? FrontMatter.Parse([.. Enumerable.Range(0, yaml.Lines.Count).Select(i => yaml.Lines.Lines[i].Slice.ToString())])
            : FrontMatter.Empty;
        var metadata = MarkdownMetadata.From(front, diagnostics);
        var items = MarkdownBlocks.Collect(document);
        if (items.Count == 0)
            throw new TranscriptException(input.Path, "no text to convert: the document has only front matter or markup");

        metadata = MarkdownTitle.Take(items, metadata, diagnostics);
        var paragraphs = MarkdownTranscript.ToParagraphs(items, front, diagnostics);

        var normalizerInput = NormalizerInput.For(input, Name, decoded.EncodingName, paragraphs, metadata, diagnostics);
        return TranscriptNormalizer.Normalize(normalizerInput with { KnownSpeakers = KnownSpeakers(front, items) });
    }
}
