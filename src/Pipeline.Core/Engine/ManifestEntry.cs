namespace Pipeline.Core.Engine;

/// <summary>What the manifest remembers about one input's last successful conversion.</summary>
/// <param name="Input">The input's path relative to its input folder (the key; it also decides the output paths).</param>
/// <param name="Reader">The reader that read it.</param>
/// <param name="InputHash">SHA-256 of the input's bytes.</param>
/// <param name="SidecarHash">SHA-256 of its <c>NAME.meta.json</c>, or null when it had none.</param>
/// <param name="Options">The <see cref="OptionsFingerprint"/> of the run that wrote the outputs.</param>
/// <param name="Outputs">The files written, relative to the output folder.</param>
public sealed record ManifestEntry(string Input, string Reader, string InputHash, string? SidecarHash, string Options, IReadOnlyList<ManifestOutput> Outputs)
{
    /// <summary>Whether a document with these hashes and options would produce exactly the recorded outputs, and they are all still there.</summary>
    public bool IsUpToDate(string inputHash, string? sidecarHash, string options, string outputFolder) =>
        InputHash == inputHash
        && SidecarHash == sidecarHash
        && Options == options
        && Outputs.All(o => o.IsPresentIn(outputFolder));
}

/// <summary>One output file: its path relative to the output folder (with <c>/</c>), SHA-256 and length.</summary>
public sealed record ManifestOutput(string Path, string Hash, long Length)
{
    /// <summary>Present with the recorded length: a cheap check that nobody replaced or truncated it.</summary>
    public bool IsPresentIn(string outputFolder)
    {
        var file = new FileInfo(System.IO.Path.Combine(outputFolder, Path));
        return file.Exists && file.Length == Length;
    }
}

/// <summary>One line of the journal: an entry recorded, or (with <see cref="Removed"/>) forgotten.</summary>
internal sealed record JournalLine(ManifestEntry? Entry, string? Removed);

/// <summary>The manifest file on disk: every entry, sorted by input.</summary>
internal sealed record ManifestFile(int Version, string Tool, IReadOnlyList<ManifestEntry> Entries);
