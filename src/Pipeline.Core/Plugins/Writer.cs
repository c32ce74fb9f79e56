namespace Pipeline.Core.Plugins;

/// <summary>A writer's identity (name, file ending, one-line description) given once, to the constructor, so each
/// writer class is only what it writes.</summary>
public abstract class Writer(string name, string extension, string description) : IWriter
{
    public string Name => name;

    public string Description => description;

    public string Extension => extension;

    public void Write(TranscriptDocument document, Stream output, WriterContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        WriteDocument(document, output, context);
    }

    /// <summary>Writes <paramref name="document"/>; the arguments are checked (not null).</summary>
    protected abstract void WriteDocument(TranscriptDocument document, Stream output, WriterContext context);
}
