using System.Security.Cryptography;

namespace Pipeline.Core.Engine;

/// <summary>The lower-case hex SHA-256 used throughout the manifest.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The hash of a file, or null when it does not exist.</summary>
    public static string? OfFileIfPresent(string path) => File.Exists(path) ? Of(File.ReadAllBytes(path)) : null;
}
