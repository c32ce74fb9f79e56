using System.Diagnostics;
using Pipeline.Core.Diagnostics;
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
        var conversion = new DocumentConversion(loader, store ?? new AtomicOutputStore(owner), writes, options, OptionsFingerprint.Of(options));
        var documentPipeline = ResiliencePipelines.ForDocument(options);
        var targets = OutputPlan.For(inputs, options);
        var tally = new BatchTally();

        await Parallel.ForEachAsync(
            Enumerable.Range(0, inputs.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs) },
            async (index, _) =>
            {
                var result = await ConvertAsync(inputs[index], targets[index]);
                tally.Add(result);
                onDone?.Invoke(result);
            });

        var orphans = OrphanCleanup.Run(manifest, inputs, options);
        manifest.Compact();
        return tally.ToSummary(orphans, run.StopReason);

        async Task<DocumentResult> ConvertAsync(InputFile input, (IReadOnlyList<string> Paths, string? Conflict) target)
        {
            if (run.StopReason is { } reason)
                return new DocumentResult(input, null, DocumentStatus.NotAttempted, [], [], $"not attempted: {reason}", TimeSpan.Zero);
            var clock = Stopwatch.StartNew();
            var progress = new DocumentProgress();
            try
            {
                if (target.Conflict is not null)
                    throw new TranscriptException(input.DisplayPath, target.Conflict);
                var previous = manifest.Find(input.RelativePath);
                var entry = await documentPipeline.ExecuteAsync(
                    token => new ValueTask<ManifestEntry?>(Task.Run(() => conversion.Run(input, target.Paths, previous, progress, token), CancellationToken.None).WaitAsync(token)),
                    run.Abandon);
                if (entry is null)
                    return Result(DocumentStatus.Skipped, null);
                manifest.Record(entry);
                return Result(DocumentStatus.Converted, null);
            }
            catch (OperationCanceledException) when (run.Abandon.IsCancellationRequested)
            {
                return Result(DocumentStatus.NotAttempted, $"abandoned, no outputs kept: {run.StopReason}");
            }
            catch (Exception ex) when (ResiliencePipelines.IsBrokenCircuit(ex))
            {
                run.StopBecauseWritesFail();
                return Result(DocumentStatus.NotAttempted, $"not written: {run.StopReason}");
            }
            catch (Exception ex) when (ResiliencePipelines.IsTimeout(ex))
            {
                return Result(DocumentStatus.Failed, $"{input.DisplayPath}: timed out after {options.DocumentTimeout?.TotalSeconds:0.###} s; abandoned without writing");
            }
            catch (Exception ex)
            {
                // Any exception, even a reader's bug, fails this document only.
                return Result(DocumentStatus.Failed, ex is TranscriptException ? ex.Message : $"{input.DisplayPath}: {ex.GetType().Name}: {ex.Message}");
            }

            DocumentResult Result(DocumentStatus status, string? error) =>
                new(input, progress.Reader, status, status is DocumentStatus.Converted or DocumentStatus.Skipped ? [.. progress.Outputs] : [], progress.Diagnostics, error, clock.Elapsed);
        }
    }
}
