using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Pipeline.Core.Engine;

/// <summary>The Polly pipelines of a batch: per document, a timeout around a bounded retry of transient I/O errors;
/// shared by every output write, a circuit breaker that opens when writes keep failing.</summary>
internal static class ResiliencePipelines
{
    /// <summary>Timeout (outermost, so it bounds the retries too) around retry.</summary>
    public static ResiliencePipeline ForDocument(BatchOptions options)
    {
        var builder = new ResiliencePipelineBuilder();
        if (options.DocumentTimeout is { } timeout)
            builder.AddTimeout(new TimeoutStrategyOptions { Timeout = timeout });
        if (options.Retry.MaxAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(TransientIo.IsTransient),
                MaxRetryAttempts = options.Retry.MaxAttempts,
                Delay = options.Retry.FirstDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }

        return builder.Build();
    }

    /// <summary>A breaker on output writes. <paramref name="failed"/> sees each write error it counts, before the
    /// breaker may open; <paramref name="opened"/> is told when it opens.</summary>
    public static ResiliencePipeline ForOutputWrites(BreakerSettings settings, Action<Exception> failed, Action opened) =>
        new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                // Transient errors are the document retry's business; the breaker counts errors that waiting will not fix.
                ShouldHandle = arguments =>
                {
                    var counts = arguments.Outcome.Exception is UnauthorizedAccessException or IOException && !TransientIo.IsTransient(arguments.Outcome.Exception);
                    if (counts)
                        failed(arguments.Outcome.Exception!);
                    return ValueTask.FromResult(counts);
                },
                FailureRatio = settings.FailureRatio,
                MinimumThroughput = settings.MinimumWrites,
                SamplingDuration = settings.Window,
                // The batch stops when the breaker opens, so it never needs to close again within a run.
                BreakDuration = TimeSpan.FromHours(1),
                OnOpened = _ =>
                {
                    opened();
                    return default;
                },
            })
            .Build();

    /// <summary>Whether <paramref name="exception"/> is a document that ran past its time limit.</summary>
    public static bool IsTimeout(Exception exception) => exception is TimeoutRejectedException;

    /// <summary>Whether <paramref name="exception"/> is a write refused because the breaker is open.</summary>
    public static bool IsBrokenCircuit(Exception exception) => exception is BrokenCircuitException;
}
