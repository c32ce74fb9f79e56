using System.Diagnostics;
using System.Globalization;
using Pipeline.Core.Diagnostics;
using Polly;

namespace Pipeline.Core.Engine;

/// <summary>Runs one document through its resilience pipeline and turns whatever happens into a
/// <see cref="DocumentResult"/>; records converted documents in the manifest.</summary>
internal sealed class DocumentAttempt(DocumentConversion conversion, ResiliencePipeline pipeline, BuildManifest manifest, BatchRun run, BatchOptions options)
{
    public async Task<DocumentResult> RunAsync(InputFile input, (IReadOnlyList<string> Paths, string? Conflict) target)
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
            // Readers and writers are synchronous and cannot be interrupted: the work runs on its own task, and a
            // timeout or stop gives up waiting for it. Given up, it writes nothing (AtomicFile checks the token before renaming).
            var entry = await pipeline.ExecuteAsync(
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
            var seconds = options.DocumentTimeout?.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            return Result(DocumentStatus.Failed, $"{input.DisplayPath}: timed out after {seconds} s; abandoned without writing");
        }
        catch (Exception ex)
        {
            // Any exception, even a reader's bug, fails this document only.
            return Result(DocumentStatus.Failed, ex is TranscriptException ? ex.Message : $"{input.DisplayPath}: {ex.GetType().Name}: {ex.Message}");
        }

        DocumentResult Result(DocumentStatus status, string? error) =>
            new(input, progress.Reader, status, status is DocumentStatus.Converted or DocumentStatus.Skipped ? progress.Outputs : [], progress.Diagnostics, error, clock.Elapsed);
    }
}
