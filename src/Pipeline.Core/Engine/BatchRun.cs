namespace Pipeline.Core.Engine;

/// <summary>The stop state of one batch: why it stopped taking documents, and the token that abandons documents
/// still in flight once the grace period is over.</summary>
internal sealed class BatchRun : IDisposable
{
    private readonly CancellationTokenSource abandon = new();
    private readonly CancellationTokenRegistration onStop;
    private readonly TimeSpan grace;
    private string? stopReason;
    private Exception? lastWriteFailure;

    public BatchRun(BatchOptions options, CancellationToken stop)
    {
        grace = options.GracePeriod;
        onStop = stop.Register(() => Stop("the run was asked to stop"));
    }

    /// <summary>Why no new documents are taken, or null while the batch runs normally.</summary>
    public string? StopReason => Volatile.Read(ref stopReason);

    /// <summary>Cancelled when in-flight documents must be given up.</summary>
    public CancellationToken Abandon => abandon.Token;

    /// <summary>Remembers an output write error, so that the stop reason can name it.</summary>
    public void WriteFailed(Exception error) => Volatile.Write(ref lastWriteFailure, error);

    /// <summary>The output circuit breaker opened: writing more would only fail the same way.</summary>
    /// <remarks>Called when the breaker reports opening, and by any document it turns away, whichever comes first:
    /// Polly raises the event after other writers may already have seen the open circuit.</remarks>
    public void StopBecauseWritesFail() =>
        Stop($"output writes keep failing ({Volatile.Read(ref lastWriteFailure)?.Message ?? "unknown error"})");

    public void Dispose()
    {
        onStop.Dispose();
        abandon.Dispose();
    }

    private void Stop(string reason)
    {
        if (Interlocked.CompareExchange(ref stopReason, reason, null) is null)
            abandon.CancelAfter(grace);
    }
}
