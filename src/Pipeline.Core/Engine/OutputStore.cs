namespace Pipeline.Core.Engine;

/// <summary>Where a batch writes its outputs: the seam that lets tests stand in a failing disk.</summary>
public interface IOutputStore
{
    /// <summary>Writes <paramref name="path"/> so that it is never seen half-written.</summary>
    void Write(string path, Action<Stream> write, CancellationToken cancellation);
}

/// <summary>The real file system, through <see cref="AtomicFile"/>.</summary>
/// <param name="Owner">Tags temporary files with the run's shard (see <see cref="AtomicFile.Write"/>).</param>
public sealed record AtomicOutputStore(string Owner = "") : IOutputStore
{
    public void Write(string path, Action<Stream> write, CancellationToken cancellation) =>
        AtomicFile.Write(path, write, Owner, cancellation);
}
