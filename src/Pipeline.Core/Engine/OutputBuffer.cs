namespace Pipeline.Core.Engine;

/// <summary>The memory buffer a writer writes one output into, kept per thread from output to output: a fresh buffer
/// grows by doubling for every output (a seed-sized PDF ends in a 128 KiB array on the large-object heap), which
/// the garbage collector then has to clear and collect again.</summary>
internal static class OutputBuffer
{
    /// <summary>A buffer that grew beyond this (a big document's output) is left to the collector rather than held.</summary>
    public const int KeptCapacity = 1 << 20;

    [ThreadStatic]
    private static MemoryStream? kept;

    /// <summary>An empty buffer: the thread's kept one, else a new one.</summary>
    public static MemoryStream Rent()
    {
        var buffer = kept ?? new MemoryStream();
        kept = null;
        buffer.SetLength(0);
        return buffer;
    }

    /// <summary>Keeps <paramref name="buffer"/> for the thread's next output, unless it is larger than <see cref="KeptCapacity"/>
    /// or a writer closed it (a plugin may dispose the stream it was given; a closed buffer must not reach the next output).</summary>
    public static void Return(MemoryStream buffer)
    {
        if (buffer.CanWrite && buffer.Capacity <= KeptCapacity)
            kept = buffer;
    }
}
