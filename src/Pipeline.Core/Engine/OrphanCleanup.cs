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
            if (options.Prune)
            {
                foreach (var output in outputs)
                    File.Delete(output);
                manifest.Forget(entry.Input);
            }

            orphans.Add(new OrphanedOutputs(entry.Input, outputs, options.Prune));
        }

        return orphans;
    }
}
