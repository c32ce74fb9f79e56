using System.Buffers;

namespace Pipeline.Formats.Writers.Markdown;

/// <summary>Writes EPUB-ready pandoc Markdown: <c>pandoc x.md -o x.epub</c> gives a valid EPUB 3 with chapters,
/// speaker labels, editorial divs and footnotes.</summary>
/// <remarks>The text is built in one <see cref="StringBuilder"/> per thread, reused from document to document (let go
/// when a big document grew it past <see cref="KeptCapacity"/>), and encoded to the stream chunk by chunk through one
/// UTF-8 encoder into a pooled byte buffer.</remarks>
public sealed class MarkdownWriter() : Writer("md", ".md",
    "EPUB-ready pandoc Markdown (YAML metadata, chapters, speakers, footnotes)")
{
    /// <summary>The largest builder kept for the next document on the same thread (characters).</summary>
    private const int KeptCapacity = 1 << 20;

    private const int ByteBufferSize = 1 << 16;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [ThreadStatic]
    private static StringBuilder? cachedBuilder;

    protected override void WriteDocument(TranscriptDocument document, Stream output, WriterContext context)
    {
        var builder = cachedBuilder ?? new StringBuilder();
        cachedBuilder = null;
        try
        {
            builder.Clear();
            var markdown = MarkdownDocumentRenderer.Render(document, context.Options, context.Report, builder);
            context.Cancellation.ThrowIfCancellationRequested();
            Encode(markdown, output);
        }
        finally
        {
            if (builder.Capacity <= KeptCapacity)
                cachedBuilder = builder.Clear();
        }
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8, chunk by chunk (a surrogate pair split between chunks is carried over).</summary>
    private static void Encode(StringBuilder text, Stream output)
    {
        var encoder = Utf8.GetEncoder();
        var bytes = ArrayPool<byte>.Shared.Rent(ByteBufferSize);
        try
        {
            foreach (var chunk in text.GetChunks())
            {
                var chars = chunk.Span;
                while (!chars.IsEmpty)
                {
                    encoder.Convert(chars, bytes, flush: false, out var used, out var written, out _);
                    output.Write(bytes, 0, written);
                    chars = chars[used..];
                }
            }

            encoder.Convert(ReadOnlySpan<char>.Empty, bytes, flush: true, out _, out var last, out _);
            output.Write(bytes, 0, last);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
