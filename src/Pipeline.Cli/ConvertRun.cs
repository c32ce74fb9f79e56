using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;

namespace Pipeline.Cli;

/// <summary>One <c>convert</c> run: finds the inputs (of its shard), runs the batch, logs and reports, and decides the exit code.</summary>
internal sealed class ConvertRun(FormatRegistry registry, CliContext context)
{
    public async Task<int> RunAsync(ConvertSettings settings, CancellationToken stop)
    {
        var options = Options(settings);
        var inputs = Inputs(settings);
        var log = RunLog.Create(settings.LogFormat, context);
        var startedAt = TimeProvider.System.GetUtcNow();
        var clock = TimeProvider.System.GetTimestamp();
        using var report = settings.Report is null ? null : BatchReport.Start(settings.Report, options, startedAt);
        var summary = await RunBatchAsync(inputs, options, log, report, stop);
        var exitCode = ExitCode(summary, stop);
        log.Finish(summary, settings.Output);
        report?.Finish(summary, exitCode, TimeProvider.System.GetElapsedTime(clock));
        return exitCode;
    }

    private Task<BatchSummary> RunBatchAsync(IReadOnlyList<InputFile> inputs, BatchOptions options, RunLog log, BatchReport? report, CancellationToken stop)
    {
        var batch = new BatchConverter(registry);
        if (context.IsTerminal && log is TextRunLog)
        {
            return ProgressDisplay.RunAsync(inputs.Count, progress => batch.RunAsync(inputs, options, result =>
            {
                report?.Add(result);
                log.Document(result, quiet: true);
                progress();
            }, stop));
        }

        return batch.RunAsync(inputs, options, result =>
        {
            report?.Add(result);
            log.Document(result, quiet: false);
        }, stop);
    }

    private int ExitCode(BatchSummary summary, CancellationToken stop)
    {
        if (stop.IsCancellationRequested)
            return context.StoppedExitCode();
        return summary.Failed > 0 || summary.NotAttempted > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }

    private BatchOptions Options(ConvertSettings settings)
    {
        var writers = ParseFormats(settings.Formats);
        if (settings.Jobs < 1)
            throw new UsageException("--jobs must be at least 1");
        return new BatchOptions(settings.Output, writers, WriterOptions.FromEnvironment(settings.PageSize), settings.Jobs, settings.Strict)
        {
            DocumentTimeout = settings.Timeout,
            Force = settings.Force,
            Prune = settings.Prune,
            Shard = settings.Shard,
        };
    }

    private IReadOnlyList<InputFile> Inputs(ConvertSettings settings)
    {
        IReadOnlyList<InputFile> inputs;
        try
        {
            inputs = InputDiscovery.Expand(settings.Inputs, f => registry.FindReader(f, []) is not null);
        }
        catch (FileNotFoundException ex)
        {
            throw new UsageException(ex.Message);
        }

        if (inputs.Count == 0)
            throw new UsageException($"no transcripts found in {string.Join(", ", settings.Inputs)}");
        return settings.Shard is { } shard ? [.. inputs.Where(i => shard.Contains(i.RelativePath))] : inputs;
    }

    private List<IWriter> ParseFormats(string formats)
    {
        var names = formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
            throw new UsageException("--to needs at least one format");
        if (names.Any(n => n.Equals("all", StringComparison.OrdinalIgnoreCase)))
            return [.. registry.Writers];
        if (registry.Writers.Count == 0)
            throw new UsageException("no output formats are registered");
        return [.. names.Select(registry.GetWriter).Distinct()];
    }
}
