namespace Pipeline.Core.Engine;

/// <summary>A memory buffer kept per thread from one use to the next: a fresh <see cref="MemoryStream"/> grows by
/// doubling for every output (a seed-sized PDF ends in a 128 KiB array on the large-object heap), which the garbage
/// collector then has to clear and collect again. Each instance is a slot of its own, so the engine's output buffer
/// and a writer's working buffer never take each other's place.</summary>
public sealed class KeptBuffer
{
    /// <summary>A buffer that grew beyond this (a big document's output) is left to the collector rather than held.</summary>
    public const int KeptCapacity = 1 << 20;

    private readonly ThreadLocal<MemoryStream?> kept = new();

    /// <summary>An empty buffer: the thread's kept one, else a new one.</summary>
    public MemoryStream Rent()
    {
        var buffer = kept.Value ?? new MemoryStream();
        kept.Value = null;
        buffer.SetLength(0);
        return buffer;
    }

    /// <summary>Keeps <paramref name="buffer"/> for the thread's next use, unless it is larger than <see cref="KeptCapacity"/>
    /// or was closed (a plugin may dispose the stream it was given; a closed buffer must not reach the next use).</summary>
    public void Return(MemoryStream buffer)
    {
        if (buffer.CanWrite && buffer.Capacity <= KeptCapacity)
            kept.Value = buffer;
    }
}
