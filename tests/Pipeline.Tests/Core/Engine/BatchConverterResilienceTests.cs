using Pipeline.Core.Engine;
using Pipeline.Formats;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Core.Engine;

public sealed class BatchConverterResilienceTests
{
    private readonly string folder = RepoPaths.NewTempFolder();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private string Output => Path.Combine(folder, "out");

    [Trait("Category", "Slow")]
    [Fact]
    public async Task A_document_that_runs_past_its_timeout_fails_alone_and_writes_nothing()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 3);
        File.WriteAllText(Path.Combine(input, "stuck.slow"), BatchFixtures.Transcript);
        using var release = new ManualResetEventSlim();
        var registry = BatchFixtures.WithSlowReader(release);
        var options = BatchFixtures.Options(registry, Output) with { DocumentTimeout = TimeSpan.FromSeconds(3) };
        var results = new List<DocumentResult>();
        try
        {
            var summary = await new BatchConverter(registry).RunAsync(BatchFixtures.Inputs(input), options, r =>
            {
                lock (results)
                    results.Add(r);
            }, Cancellation);
            Assert.Equal((3, 1), (summary.Converted, summary.Failed));
        }
        finally
        {
            release.Set();
        }

        var stuck = Assert.Single(results, r => r.Status == DocumentStatus.Failed);
        Assert.Contains("timed out", stuck.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.EnumerateFiles(Output, "stuck*", SearchOption.AllDirectories), _ => true);
    }

    [Fact]
    public async Task A_transient_write_error_is_retried_until_it_passes()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 2);
        var registry = BuiltInFormats.CreateRegistry();
        var store = FailingStore.LockedAtFirst(1);
        var results = new List<DocumentResult>();
        var summary = await new BatchConverter(registry, store).RunAsync(BatchFixtures.Inputs(input), BatchFixtures.Options(registry, Output), r =>
        {
            lock (results)
                results.Add(r);
        }, Cancellation);
        Assert.True(summary.Converted == 2, string.Join("\n", results.Select(r => r.Error)));
        Assert.True(File.Exists(Path.Combine(Output, "doc-001.tei.xml")));
    }

    [Fact]
    public async Task Retries_are_bounded()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 1);
        var registry = BuiltInFormats.CreateRegistry();
        var store = FailingStore.LockedAtFirst(int.MaxValue);
        var results = new List<DocumentResult>();
        // One job: a lone document's writers would otherwise run side by side, each attempt then writing more than once.
        var options = BatchFixtures.Options(registry, Output, jobs: 1);
        var summary = await new BatchConverter(registry, store).RunAsync(BatchFixtures.Inputs(input), options, results.Add, Cancellation);
        Assert.Equal(1, summary.Failed);
        Assert.Equal(4, store.Writes); // the first try and three retries
        Assert.Contains("being used by another process", results[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_disk_opens_the_circuit_and_stops_the_batch_with_one_reason()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 40);
        var registry = BuiltInFormats.CreateRegistry();
        var store = FailingStore.Full();
        var results = new List<DocumentResult>();
        var summary = await new BatchConverter(registry, store).RunAsync(BatchFixtures.Inputs(input), BatchFixtures.Options(registry, Output), r =>
        {
            lock (results)
                results.Add(r);
        }, Cancellation);

        Assert.Contains("No space left on device", summary.StopReason, StringComparison.Ordinal);
        Assert.InRange(summary.Failed, 1, 10);
        Assert.Equal(40 - summary.Failed, summary.NotAttempted);
        Assert.InRange(store.Writes, 1, 12);
        Assert.All(results.Where(r => r.Status == DocumentStatus.NotAttempted), r => Assert.Contains(summary.StopReason!, r.Error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stop_request_takes_no_new_documents_and_records_what_was_finished()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 6);
        var registry = BuiltInFormats.CreateRegistry();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        var options = BatchFixtures.Options(registry, Output, jobs: 1);
        var summary = await new BatchConverter(registry).RunAsync(BatchFixtures.Inputs(input), options, _ => stop.Cancel(), stop.Token);

        Assert.Equal((1, 5), (summary.Converted, summary.NotAttempted));
        Assert.NotNull(summary.StopReason);
        var rerun = await new BatchConverter(registry).RunAsync(BatchFixtures.Inputs(input), options, stop: Cancellation);
        Assert.Equal((5, 1), (rerun.Converted, rerun.Skipped));
    }

    [Fact]
    public async Task Documents_in_flight_past_the_grace_period_are_abandoned_without_outputs()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 0);
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "stuck.slow"), BatchFixtures.Transcript);
        using var release = new ManualResetEventSlim();
        var registry = BatchFixtures.WithSlowReader(release);
        var options = BatchFixtures.Options(registry, Output) with { GracePeriod = TimeSpan.FromMilliseconds(50) };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        stop.CancelAfter(TimeSpan.FromMilliseconds(100));
        BatchSummary summary;
        try
        {
            summary = await new BatchConverter(registry).RunAsync(BatchFixtures.Inputs(input), options, stop: stop.Token);
        }
        finally
        {
            release.Set();
        }

        Assert.Equal(1, summary.NotAttempted);
        Assert.False(File.Exists(Path.Combine(Output, "stuck.md")));
    }
}
