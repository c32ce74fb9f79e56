namespace Pipeline.Core.Plugins;

/// <summary>A reader's identity (name, one-line description, file endings) given once, to the constructor, so each
/// reader class is only how it recognises and reads its format.</summary>
public abstract class Reader(string name, string description, IReadOnlyList<string> extensions) : IReader
{
    public string Name => name;

    public string Description => description;

    public IReadOnlyList<string> Extensions => extensions;

    /// <summary>False unless the reader recognises its format by content: then it is chosen by file ending only.</summary>
    public virtual bool CanSniff(ReadOnlySpan<byte> head) => false;

    public virtual string? UnsupportedReason(ReadOnlySpan<byte> content) => null;

    public abstract TranscriptDocument Read(ReaderInput input);
}
