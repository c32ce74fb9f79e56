using System.Collections.Immutable;
using Markdig;
using Markdig.Syntax;
using Markdig.Extensions.Yaml;
using Pipeline.Core.Decoding;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Normalizing;
using Pipeline.Core.Plugins;

namespace Pipeline.Formats.Readers.Markdown;

/// <summary>Reads Markdown transcripts with Markdig: YAML front matter feeds the metadata, the document's blocks
/// become paragraphs with their inline formatting, and the shared normaliser finds the speakers.</summary>
public sealed class MarkdownReader : IReader
{
    /// <summary>The Markdig pipeline the reader parses with (also what tests take the visible text from).</summary>
    internal static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseFootnotes()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .Build();

    public string Name => "markdown";

    public string Description => "Markdown transcript (CommonMark with YAML front matter, footnotes and pipe tables)";

    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public bool CanSniff(ReadOnlySpan<byte> head) => false;

    /// <summary>Parses with Markdig, which refuses input nested deeper than it can parse safely with an
    /// <see cref="ArgumentException"/>; that is bad input, so it becomes the reader's documented error.</summary>
    private static MarkdownDocument Parse(string path, string text)
    {
        try
        {
            return Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            throw new TranscriptException(path, "the Markdown nests lists, quotes or emphasis too deeply to read", inner: ex);
        }
    }

    private static System.Collections.Immutable.ImmutableArray<string> KnownSpeakers(FrontMatter front, List<MarkdownItem> items)
    {
        var fromFront = MarkdownMetadata.Speakers(front);
        return [.. fromFront.Count > 0 ? fromFront : MarkdownMetadata.SpeakersFromHeader(items)];
    }

    public TranscriptDocument Read(ReaderInput input)
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

        return TranscriptNormalizer.Normalize(new NormalizerInput(
            input.Path,
            Name,
            decoded.EncodingName,
            paragraphs,
            metadata,
            [.. diagnostics],
            FirstParagraphMayBeTitle: metadata.Title is null) { KnownSpeakers = KnownSpeakers(front, items) });
    }
}
