using System.Diagnostics;
using Polly;

namespace Pipeline.Core.Engine;

/// <summary>Runs one document through its resilience pipeline and turns whatever happens into a
/// <see cref="DocumentResult"/>; records converted documents in the manifest.</summary>
internal sealed class DocumentAttempt(DocumentConversion conversion, ResiliencePipeline pipeline, BuildManifest manifest, BatchRun run, BatchOptions options, OutputCommit commit)
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
            // The work runs on its own task with the pipeline's token (the timeout's, linked to the batch's abandon
            // token); readers and writers check it. A timeout waits for the work to really stop before the document
            // fails, so its slot is freed only then and no more than --jobs documents ever run. Only when the whole
            // batch is abandoned at shutdown does the wait end early: no new work starts then, and the shared commit
            // gate makes sure a given-up document never renames its outputs into place.
            var work = pipeline.ExecuteAsync(
                token => new ValueTask<ManifestEntry?>(Task.Run(() => conversion.Run(input, target.Paths, previous, progress, token), CancellationToken.None)),
                run.Abandon).AsTask();
            ManifestEntry? entry;
            try
            {
                entry = await work.WaitAsync(run.Abandon);
            }
            catch (OperationCanceledException) when (run.Abandon.IsCancellationRequested)
            {
                commit.Drain();
                if (!work.IsCompletedSuccessfully)
                    throw;
                entry = work.Result;
            }

            if (entry is null)
                return Result(DocumentStatus.Skipped, null);
            manifest.Record(entry);
            return Result(DocumentStatus.Converted, null);
        }
        catch (OperationCanceledException) when (run.Abandon.IsCancellationRequested)
        {
            return Result(DocumentStatus.NotAttempted, $"abandoned, no outputs kept: {run.StopReason}");
        }
        catch (UnsupportedInputException ex)
        {
            return Result(DocumentStatus.Unsupported, $"no reader: {ex.Reason}");
        }
        catch (Exception ex) when (ResiliencePipelines.IsBrokenCircuit(ex))
        {
            run.StopBecauseWritesFail();
            return Result(DocumentStatus.NotAttempted, $"not written: {run.StopReason}");
        }
        catch (Exception ex) when (ResiliencePipelines.IsTimeout(ex))
        {
            var seconds = options.DocumentTimeout?.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            return Result(DocumentStatus.Failed, $"{input.DisplayPath}: timed out after {seconds} s; stopped without writing");
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
