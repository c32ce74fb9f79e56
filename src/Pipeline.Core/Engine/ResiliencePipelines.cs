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

    /// <summary>A breaker on output writes; <paramref name="opened"/> receives the error that tripped it.</summary>
    public static ResiliencePipeline ForOutputWrites(BreakerSettings settings, Action<Exception> opened) =>
        new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<IOException>().Handle<UnauthorizedAccessException>(),
                FailureRatio = settings.FailureRatio,
                MinimumThroughput = settings.MinimumWrites,
                SamplingDuration = settings.Window,
                // The batch stops when the breaker opens, so it never needs to close again within a run.
                BreakDuration = TimeSpan.FromHours(1),
                OnOpened = arguments =>
                {
                    opened(arguments.Outcome.Exception ?? new IOException("output writes failed"));
                    return default;
                },
            })
            .Build();

    /// <summary>Whether <paramref name="exception"/> is a document that ran past its time limit.</summary>
    public static bool IsTimeout(Exception exception) => exception is TimeoutRejectedException;

    /// <summary>Whether <paramref name="exception"/> is a write refused because the breaker is open.</summary>
    public static bool IsBrokenCircuit(Exception exception) => exception is BrokenCircuitException;
}
