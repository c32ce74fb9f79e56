using System.Security.Cryptography;

namespace Pipeline.Core.Engine;

/// <summary>The lower-case hex SHA-256 used throughout the manifest.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The hash of a stream's bytes from its position to its end, read in small blocks.</summary>
    public static string Of(Stream stream) => Convert.ToHexStringLower(SHA256.HashData(stream));

    /// <summary>The hash of a file, or null when it does not exist.</summary>
    public static string? OfFileIfPresent(string path) => File.Exists(path) ? Of(File.ReadAllBytes(path)) : null;
}
