namespace Pipeline.Formats.Writers.Markdown;

/// <summary>Writes EPUB-ready pandoc Markdown: <c>pandoc x.md -o x.epub</c> gives a valid EPUB 3 with chapters,
/// speaker labels, editorial divs and footnotes.</summary>
public sealed class MarkdownWriter() : Writer("md", ".md",
    "EPUB-ready pandoc Markdown (YAML metadata, chapters, speakers, footnotes)")
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    protected override void WriteDocument(TranscriptDocument document, Stream output, WriterContext context)
    {
        var markdown = MarkdownDocumentRenderer.Render(document, context.Options, context.Report);
        context.Cancellation.ThrowIfCancellationRequested();
        using var writer = new StreamWriter(output, Utf8, bufferSize: 65536, leaveOpen: true) { NewLine = "\n" };
        foreach (var chunk in markdown.GetChunks())
            writer.Write(chunk.Span);
    }
}
