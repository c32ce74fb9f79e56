using System.Collections.Immutable;
using Pipeline.Core.Decoding;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Normalizing;
using Pipeline.Core.Plugins;
using Pipeline.Formats;
using Pipeline.Formats.Readers.Text;

namespace Pipeline.Benchmarks;

/// <summary>The stages of one conversion, split the way the profile and the micro benchmarks time them:
/// decode + read (bytes → paragraphs), normalise (paragraphs → model), and each writer (model → bytes).</summary>
public static class Stages
{
    /// <summary>The registry the <c>pipeline</c> command uses.</summary>
    public static FormatRegistry Registry { get; } = BuiltInFormats.CreateRegistry();

    /// <summary>Decode + read: what <see cref="PlainTextReader"/> does before it calls the normaliser.</summary>
    public static NormalizerInput DecodeAndRead(string path, ReadOnlySpan<byte> bytes)
    {
        var decoded = TextDecoder.Decode(path, bytes);
        var diagnostics = new List<Diagnostic>();
        if (decoded.Diagnostic is not null)
            diagnostics.Add(decoded.Diagnostic);
        var paragraphs = LineNumberedLayout.TryUnwrap(decoded.Text, diagnostics) ?? PlainTextReader.SplitParagraphs(decoded.Text);
        return new NormalizerInput(path, "text", decoded.EncodingName, paragraphs, DocumentMetadata.Empty, [.. diagnostics]);
    }

    /// <summary>The shared normaliser.</summary>
    public static TranscriptDocument Normalize(NormalizerInput input) => TranscriptNormalizer.Normalize(input);

    /// <summary>One writer into a reused buffer (the engine also writes into a memory buffer first); returns the size.</summary>
    public static long Write(IWriter writer, TranscriptDocument document, MemoryStream buffer)
    {
        buffer.SetLength(0);
        writer.Write(document, buffer, new WriterContext(WriterOptions.Default));
        return buffer.Length;
    }

    /// <summary>The four writers, in the order <c>--to all</c> runs them.</summary>
    public static ImmutableArray<IWriter> Writers => [.. Registry.Writers];
}
