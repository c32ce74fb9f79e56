namespace Pipeline.Core.Engine;

/// <summary>Finds the manifest's inputs that are no longer among the inputs, and with <c>--prune</c> deletes their outputs.</summary>
/// <remarks>Only files inside the output folder (never its <c>.pipeline/</c>) that the manifest recorded and that no
/// input of this run maps to are deleted: an input renamed to another reader's ending (<c>a.txt</c> → <c>a.html</c>)
/// keeps the outputs it has just written, and a hand-edited manifest cannot reach outside the output folder.</remarks>
internal static class OrphanCleanup
{
    /// <param name="claimed">Full paths of every output an input of this run maps to (all shards).</param>
    public static IReadOnlyList<OrphanedOutputs> Run(BuildManifest manifest, IReadOnlyList<InputFile> inputs, IReadOnlySet<string> claimed, BatchOptions options)
    {
        var present = inputs.Select(i => i.RelativePath).ToHashSet(StringComparer.Ordinal);
        var orphans = new List<OrphanedOutputs>();
        foreach (var entry in manifest.Entries.Where(e => !present.Contains(e.Input)).OrderBy(e => e.Input, StringComparer.Ordinal))
        {
            var outputs = entry.Outputs
                .Select(o => InsideOutput(options.OutputFolder, o.Path))
                .OfType<string>()
                .Where(path => !claimed.Contains(path))
                .ToList();
            var removed = options.Prune && TryDelete(outputs);
            if (removed)
                manifest.Forget(entry.Input);
            orphans.Add(new OrphanedOutputs(entry.Input, outputs, removed));
        }

        return orphans;
    }

    /// <summary>The full path of a recorded output when it lies inside <paramref name="outputFolder"/> and outside its
    /// <c>.pipeline/</c> folder; null for anything else (an absolute path, <c>..</c>, a hand-edited entry).</summary>
    public static string? InsideOutput(string outputFolder, string relative)
    {
        if (string.IsNullOrEmpty(relative) || Path.IsPathRooted(relative) || relative.Contains('\0', StringComparison.Ordinal))
            return null;
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root, StringComparison.Ordinal))
            return null;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (parts[0].Length == 0 || parts[0] == BuildManifest.FolderName)
            return null;
        // A linked folder on the way could lead outside the output folder.
        var folder = root;
        foreach (var part in parts[..^1])
        {
            folder = Path.Combine(folder, part);
            if (new DirectoryInfo(folder).LinkTarget is not null)
                return null;
        }

        return full;
    }

    /// <summary>Deletes the files; false (and the entry stays, to be tried again next run) when one cannot be deleted.</summary>
    private static bool TryDelete(IEnumerable<string> files)
    {
        try
        {
            foreach (var file in files)
                File.Delete(file); // a link is removed itself, never what it points to

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
