namespace Pipeline.Core.Plugins;

/// <summary>Turns the canonical model into one output format.</summary>
/// <remarks>Implementations are stateless and thread-safe, handle every node type of the model, and are
/// deterministic: the same document and options give the same bytes.</remarks>
public interface IWriter
{
    /// <summary>Short name used with <c>--to</c> (e.g. <c>tei</c>).</summary>
    string Name { get; }

    /// <summary>One line for <c>pipeline formats</c>.</summary>
    string Description { get; }

    /// <summary>The output file name ending, with the dot (e.g. <c>.tei.xml</c>).</summary>
    string Extension { get; }

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>.</summary>
    void Write(TranscriptDocument document, Stream output, WriterContext context);
}
