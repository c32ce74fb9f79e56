namespace Pipeline.Core.Engine;

/// <summary>Finds the manifest's inputs that are no longer among the inputs, and with <c>--prune</c> deletes their outputs.</summary>
internal static class OrphanCleanup
{
    public static IReadOnlyList<OrphanedOutputs> Run(BuildManifest manifest, IReadOnlyList<InputFile> inputs, BatchOptions options)
    {
        var present = inputs.Select(i => i.RelativePath).ToHashSet(StringComparer.Ordinal);
        var orphans = new List<OrphanedOutputs>();
        foreach (var entry in manifest.Entries.Where(e => !present.Contains(e.Input)).OrderBy(e => e.Input, StringComparer.Ordinal))
        {
            var outputs = entry.Outputs.Select(o => Path.Combine(options.OutputFolder, o.Path)).ToList();
            var removed = options.Prune && TryDelete(outputs);
            if (removed)
                manifest.Forget(entry.Input);
            orphans.Add(new OrphanedOutputs(entry.Input, outputs, removed));
        }

        return orphans;
    }

    /// <summary>Deletes the files; false (and the entry stays, to be tried again next run) when one cannot be deleted.</summary>
    private static bool TryDelete(IEnumerable<string> files)
    {
        try
        {
            foreach (var file in files)
                File.Delete(file);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
