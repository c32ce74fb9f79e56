namespace Pipeline.Core.Plugins;

/// <summary>Turns the bytes of one input format into the canonical model.</summary>
/// <remarks>Implementations are stateless and thread-safe. Bad input is reported by throwing
/// <see cref="Diagnostics.TranscriptException"/>, never any other exception.</remarks>
public interface IReader
{
    /// <summary>Short name used on the command line (e.g. <c>text</c>).</summary>
    string Name { get; }

    /// <summary>One line for <c>pipeline formats</c>.</summary>
    string Description { get; }

    /// <summary>File name endings this reader takes, with the dot, lower case (e.g. <c>.txt</c>).</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Whether the start of a file with an unknown extension looks like this format.</summary>
    bool CanSniff(ReadOnlySpan<byte> head);

    /// <summary>Why this reader does not take a file that has one of its endings (e.g. XML that is not TEI), or null
    /// when it takes it. Lets a caller report such a file as unsupported instead of failed.</summary>
    string? UnsupportedReason(ReadOnlySpan<byte> content) => null;

    /// <summary>Reads one document.</summary>
    TranscriptDocument Read(ReaderInput input);
}

/// <summary>One input to read.</summary>
/// <param name="Path">The path shown in diagnostics and errors.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record ReaderInput(string Path, ReadOnlyMemory<byte> Content)
{
    /// <summary>Cancelled when the document timed out or the batch is stopping; a reader may check it between
    /// blocks and give up with <see cref="OperationCanceledException"/>.</summary>
    public CancellationToken Cancellation { get; init; }
}
