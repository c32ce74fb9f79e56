using Pipeline.Core.Plugins;

namespace Pipeline.Core.Engine;

/// <summary>Converts many inputs in parallel. One failing document never stops the others; every output is written
/// atomically; unchanged inputs are skipped by the manifest; a failing output disk or a stop request ends the batch
/// early, and the documents not tried are reported as such. Results stream to the caller as they finish, so memory
/// does not grow with the number of documents.</summary>
public sealed class BatchConverter(FormatRegistry registry, IOutputStore? store = null)
{
    private readonly DocumentLoader loader = new(registry);

    /// <summary>Runs the batch; <paramref name="stop"/> stops taking new documents (those in flight get
    /// <see cref="BatchOptions.GracePeriod"/> to finish, then are abandoned without leaving partial files).</summary>
    public async Task<BatchSummary> RunAsync(
        IReadOnlyList<InputFile> inputs, BatchOptions options, Action<DocumentResult>? onDone = null, CancellationToken stop = default)
    {
        var owner = options.Shard is null ? "" : options.Shard.Tag + "-";
        AtomicFile.RemoveLeftovers(options.OutputFolder, owner);
        using var manifest = BuildManifest.Open(options.OutputFolder, options.Shard);
        using var run = new BatchRun(options, stop);
        var writes = ResiliencePipelines.ForOutputWrites(options.Breaker, run.WriteFailed, run.StopBecauseWritesFail);
        // Cores that documents cannot use (a batch of one long hearing) go to the writers of each document instead.
        var writerParallelism = Math.Clamp(Math.Max(1, options.Jobs) / Math.Max(1, inputs.Count), 1, Math.Max(1, options.Writers.Count));
        var conversion = new DocumentConversion(loader, store ?? new AtomicOutputStore(owner), writes, options, OptionsFingerprint.Of(options), writerParallelism);
        var attempt = new DocumentAttempt(conversion, ResiliencePipelines.ForDocument(options), manifest, run, options);
        var targets = OutputPlan.For(inputs, options);
        var tally = new BatchTally();

        await Parallel.ForEachAsync(
            Enumerable.Range(0, inputs.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs) },
            async (index, _) =>
            {
                var result = await attempt.RunAsync(inputs[index], targets[index]);
                tally.Add(result);
                onDone?.Invoke(result);
            });

        var orphans = OrphanCleanup.Run(manifest, inputs, options);
        try
        {
            manifest.Compact();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The journal still holds this run's work and the next run folds it in; the report matters more now.
        }

        return tally.ToSummary(orphans, run.StopReason);
    }
}
