using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Pipeline.Core.Engine;

/// <summary>One part of a partition of the inputs: shard <see cref="Index"/> of <see cref="Count"/>. An input
/// belongs to the shard its relative path hashes to, so N runs with shards 0..N-1 convert every input exactly once,
/// whatever machine or order they run in.</summary>
public sealed record Shard
{
    public Shard(int index, int count)
    {
        if (count < 1 || index < 0 || index >= count)
            throw new ArgumentOutOfRangeException(nameof(index), $"shard {index}/{count}: need 0 <= index < count");
        Index = index;
        Count = count;
    }

    public int Index { get; }

    public int Count { get; }

    /// <summary>A file-name-safe tag such as <c>shard-3-of-8</c>.</summary>
    public string Tag => $"shard-{Index}-of-{Count}";

    /// <summary>Parses <c>I/N</c>; null when the text is not of that form or out of range.</summary>
    public static Shard? TryParse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1 || index >= count)
            return null;
        return new Shard(index, count);
    }

    /// <summary>Whether the input at <paramref name="relativePath"/> (with <c>/</c> separators) belongs to this shard.</summary>
    public bool Contains(string relativePath)
    {
        // SHA-256 rather than string.GetHashCode, which is randomised per process.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(relativePath.Replace('\\', '/')));
        return BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)Count == (ulong)Index;
    }

    public override string ToString() => $"{Index}/{Count}";
}
