namespace Pipeline.Core.Engine;

/// <summary>Where a batch writes its outputs: the seam that lets tests stand in a failing disk.</summary>
public interface IOutputStore
{
    /// <summary>Writes the bytes of <paramref name="path"/> to a temporary file beside it; the document's outputs are
    /// renamed into place together (<see cref="StagedFile.Commit"/>) only once every writer has succeeded.</summary>
    StagedFile Stage(string path, Action<Stream> write, CancellationToken cancellation);

    /// <summary>As <see cref="Stage(string, Action{Stream}, CancellationToken)"/> for bytes already complete in memory.</summary>
    StagedFile Stage(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellation) =>
        Stage(path, stream => stream.Write(bytes.Span), cancellation);
}

/// <summary>The real file system, through <see cref="AtomicFile"/>.</summary>
/// <param name="Owner">The run that owns the temporary files (see <see cref="RunRegistry"/>).</param>
public sealed record AtomicOutputStore(string Owner = "") : IOutputStore
{
    public StagedFile Stage(string path, Action<Stream> write, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        return AtomicFile.Stage(path, write, Owner);
    }

    public StagedFile Stage(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        return AtomicFile.Stage(path, bytes, Owner);
    }
}
