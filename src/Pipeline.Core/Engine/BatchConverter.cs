namespace Pipeline.Core.Engine;

/// <summary>Converts many inputs in parallel. One failing document never stops the others; a document's outputs are
/// renamed into place together only when all were written; unchanged inputs are skipped by the manifest; a failing
/// output disk or a stop request ends the batch early, and the documents not tried are reported as such. Results stream
/// to the caller as they finish, so memory does not grow with the number of documents.</summary>
public sealed class BatchConverter(FormatRegistry registry, IOutputStore? store = null)
{
    private readonly DocumentLoader loader = new(registry);

    /// <summary>Runs the batch; <paramref name="stop"/> stops taking new documents (those in flight get
    /// <see cref="BatchOptions.GracePeriod"/> to finish, then are abandoned without leaving partial files).</summary>
    /// <param name="inputs">Every input of the run, also those of other shards: the output plan is decided over all of
    /// them (so two inputs of different shards that would write the same file are caught), then
    /// <see cref="BatchOptions.Shard"/> picks the ones this run converts.</param>
    /// <exception cref="OutputFolderBusyException">Another live run holds the output folder.</exception>
    public async Task<BatchSummary> RunAsync(
        IReadOnlyList<InputFile> inputs, BatchOptions options, Action<DocumentResult>? onDone = null, CancellationToken stop = default)
    {
        using var registration = RunRegistry.Enter(options.OutputFolder, options.Shard);
        return await RunAsync(inputs, options, registration, onDone, stop);
    }

    /// <summary>As <see cref="RunAsync(IReadOnlyList{InputFile}, BatchOptions, Action{DocumentResult}?, CancellationToken)"/>,
    /// in an output folder the caller has already entered (it may own other temporaries there, such as the report's).</summary>
    public async Task<BatchSummary> RunAsync(
        IReadOnlyList<InputFile> inputs, BatchOptions options, RunRegistry registration, Action<DocumentResult>? onDone = null, CancellationToken stop = default)
    {
        AtomicFile.RemoveLeftovers(options.OutputFolder, registration.IsLive);
        using var manifest = BuildManifest.Open(options.OutputFolder, options.Shard, registration.RunId);
        using var run = new BatchRun(options, stop);
        UnhandledExceptionEventHandler lastResort = (_, _) => SaveQuietly(manifest);
        AppDomain.CurrentDomain.UnhandledException += lastResort;
        try
        {
            var tally = new BatchTally();
            var readable = inputs.Select(i => HasReader(i)).ToList();
            var planned = Enumerable.Range(0, inputs.Count).Where(i => readable[i]).ToList();
            var plan = OutputPlan.For([.. planned.Select(i => inputs[i])], options, registry.StemOf);
            var targets = new (IReadOnlyList<string> Paths, string? Conflict)[inputs.Count];
            for (var k = 0; k < planned.Count; k++)
                targets[planned[k]] = plan[k];
            var mine = Enumerable.Range(0, inputs.Count).Where(i => options.Shard?.Contains(inputs[i].RelativePath) ?? true).ToList();

            foreach (var index in mine.Where(i => !readable[i]))
            {
                var skipped = new DocumentResult(inputs[index], null, DocumentStatus.Unsupported, [], [], $"no reader: {NoReaderReason()}", TimeSpan.Zero);
                tally.Add(skipped);
                onDone?.Invoke(skipped);
            }

            var toConvert = mine.Where(i => readable[i]).ToList();
            var writes = ResiliencePipelines.ForOutputWrites(options.Breaker, run.WriteFailed, run.StopBecauseWritesFail);
            // Cores that documents cannot use (a batch of one long hearing) go to the writers of each document instead.
            var writerParallelism = Math.Clamp(Math.Max(1, options.Jobs) / Math.Max(1, toConvert.Count), 1, Math.Max(1, options.Writers.Count));
            var commit = new OutputCommit();
            var conversion = new DocumentConversion(loader, store ?? new AtomicOutputStore(registration.RunId), writes, options, OptionsFingerprint.Of(options), commit, writerParallelism);
            var attempt = new DocumentAttempt(conversion, ResiliencePipelines.ForDocument(options), manifest, run, options, commit);

            await Parallel.ForEachAsync(
                toConvert,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs) },
                async (index, _) =>
                {
                    var result = await attempt.RunAsync(inputs[index], targets[index]);
                    tally.Add(result);
                    onDone?.Invoke(result);
                });

            var claimed = plan.SelectMany(p => p.Paths).ToHashSet(StringComparer.Ordinal);
            var orphans = OrphanCleanup.Run(manifest, inputs, claimed, options);
            return tally.ToSummary(orphans, run.StopReason);
        }
        finally
        {
            AppDomain.CurrentDomain.UnhandledException -= lastResort;
            SaveQuietly(manifest);
        }
    }

    /// <summary>Whether some reader takes the input by its ending, or by the first bytes of a file with another ending.</summary>
    private bool HasReader(InputFile input)
    {
        if (registry.FindReader(input.FullPath, []) is not null)
            return true;
        try
        {
            var file = new FileInfo(input.FullPath);
            // A FIFO or device reports length 0 and opening it could block for ever: only regular content is sniffed.
            if (!file.Exists || file.Length == 0)
                return false;
            var head = new byte[4096];
            int count;
            using (var stream = new FileStream(input.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
                count = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return registry.FindReader(input.FullPath, head.AsSpan(0, count)) is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return true; // let the conversion report the read error against the file
        }
    }

    private string NoReaderReason() =>
        $"no reader for this file (known endings: {string.Join(" ", registry.Readers.SelectMany(r => r.Extensions))})";

    /// <summary>Folds the journal into the manifest; the journal still holds this run's work if that fails, and the
    /// next run folds it in.</summary>
    private static void SaveQuietly(BuildManifest manifest)
    {
        try
        {
            manifest.Compact();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }
}
