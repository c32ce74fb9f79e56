namespace Pipeline.Cli;

/// <summary>One <c>convert</c> run: finds the inputs (of its shard), runs the batch, logs and reports, and decides the exit code.</summary>
internal sealed class ConvertRun(FormatRegistry allFormats, CliContext context, CliMessages messages)
{
    private readonly FormatRegistry allFormats = allFormats;
    private FormatRegistry registry = allFormats;

    /// <summary>The latest <c>SOURCE_DATE_EPOCH</c> accepted: 9999-12-31T23:59:59Z.</summary>
    private const long LatestEpoch = 253402300799;

    public async Task<int> RunAsync(ConvertSettings settings, CancellationToken stop)
    {
        // Everything that can be refused is refused before a byte is written.
        var forced = settings.From is null ? null : allFormats.GetReader(settings.From);
        if (forced is not null)
            registry = ForcedReader.Registry(forced, allFormats);
        if (SingleFileConvert.Applies(settings, allFormats))
            return new SingleFileConvert(allFormats, context, messages).Run(settings, forced);
        var options = Options(settings);
        if (Inputs(settings) is not var (inputs, unreadable))
            return settings.FailIfEmpty ? ExitCodes.Usage : ExitCodes.Success;
        OutputFolderCheck.Check(settings.Output, settings.Output);
        var log = RunLog.Create(settings.LogFormat, context, settings.Verbosity);
        var startedAt = TimeProvider.System.GetUtcNow();
        var clock = TimeProvider.System.GetTimestamp();
        using var registration = RunRegistry.Enter(settings.Output, settings.Shard);
        using var report = settings.Report is null ? null : BatchReport.Start(settings.Report, options, startedAt, registration.RunId);
        var seen = new SeenResults();
        void Done(DocumentResult result)
        {
            seen.Add(result);
            report?.Add(result);
        }

        // The last resort: a bug that escapes every handler still leaves a report (the manifest is saved by the batch's own handler).
        UnhandledExceptionEventHandler lastResort = (_, e) => Abort(e.ExceptionObject as Exception);
        AppDomain.CurrentDomain.UnhandledException += lastResort;
        try
        {
            var summary = await RunBatchAsync(inputs, unreadable, options, log, registration, Done, stop);
            var exitCode = ExitCode(summary, stop);
            log.Finish(summary, settings.Output);
            report?.Finish(summary, exitCode, TimeProvider.System.GetElapsedTime(clock));
            return exitCode;
        }
        catch (Exception ex) when (ex is not (OutputFolderBusyException or UsageException))
        {
            Abort(ex);
            return ExitCodes.SomeFailed;
        }
        finally
        {
            AppDomain.CurrentDomain.UnhandledException -= lastResort;
        }

        void Abort(Exception? error)
        {
            var reason = $"internal error: {error?.GetType().Name}: {error?.Message}";
            try
            {
                messages.Error(reason);
                report?.Finish(seen.Summary(reason), ExitCodes.SomeFailed, TimeProvider.System.GetElapsedTime(clock));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException or InvalidOperationException)
            {
                // Nothing more can be saved.
            }
        }
    }

    private async Task<BatchSummary> RunBatchAsync(
        IReadOnlyList<InputFile> inputs, IReadOnlyList<DocumentResult> unreadable, BatchOptions options, RunLog log, RunRegistry registration, Action<DocumentResult> done, CancellationToken stop)
    {
        var batch = new BatchConverter(registry);
        var quiet = (context.IsTerminal && log is TextRunLog) || log.Verbosity == Verbosity.Quiet;
        foreach (var skipped in unreadable)
        {
            done(skipped);
            log.Document(skipped, quiet);
        }

        BatchSummary summary;
        if (context.IsTerminal && log is TextRunLog)
        {
            summary = await ProgressDisplay.RunAsync(inputs.Count, progress => batch.RunAsync(inputs, options, registration, result =>
            {
                done(result);
                log.Document(result, quiet: true);
                progress();
            }, stop));
        }
        else
        {
            summary = await batch.RunAsync(inputs, options, registration, result =>
            {
                done(result);
                log.Document(result, quiet);
            }, stop);
        }

        return unreadable.Count == 0 ? summary : summary with
        {
            Unsupported = summary.Unsupported + unreadable.Count,
            UnsupportedNames = [.. unreadable.Select(u => u.Input.DisplayPath).Concat(summary.UnsupportedNames).Take(10)],
        };
    }

    private int ExitCode(BatchSummary summary, CancellationToken stop)
    {
        if (stop.IsCancellationRequested)
            return context.StoppedExitCode();
        return summary.Failed > 0 || summary.NotAttempted > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }

    private BatchOptions Options(ConvertSettings settings)
    {
        if (settings.Output.Length == 0)
            throw new UsageException("--out is empty: name an output folder");
        if (settings.Report is { Length: 0 })
            throw new UsageException("--report is empty: name a file, or leave the option out");
        var writers = ParseFormats(settings.Formats);
        if (settings.Jobs < 1)
            throw new UsageException("--jobs must be at least 1");
        return new BatchOptions(settings.Output, writers, new WriterOptions(BuildTime(), settings.PageSize, settings.UiLanguage, settings.KeepIndex), settings.Jobs, settings.Strict)
        {
            DocumentTimeout = settings.Timeout,
            MaxInputSize = settings.MaxInputSize,
            Force = settings.Force,
            Prune = settings.Prune,
            Shard = settings.Shard,
            StrictCodes = settings.StrictCodes,
        };
    }

    /// <summary><c>SOURCE_DATE_EPOCH</c>: unset or empty for none; anything but whole seconds from 1970 to 9999 is a usage error.</summary>
    private DateTimeOffset? BuildTime()
    {
        var text = context.Variable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrEmpty(text))
            return null;
        if (!long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds) || seconds > LatestEpoch)
            throw new UsageException($"SOURCE_DATE_EPOCH={text}: expected whole seconds since 1970, at most {LatestEpoch} (year 9999)");
        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    /// <summary>Every input of the run (all shards: the batch plans outputs over all of them), and the folders and
    /// names discovery could not read (of this run's shard), as results to report.</summary>
    /// <remarks>Null when the inputs hold nothing to convert: one note (or, with --fail-if-empty, a usage error) is written.</remarks>
    private (IReadOnlyList<InputFile> Inputs, IReadOnlyList<DocumentResult> Unreadable)? Inputs(ConvertSettings settings)
    {
        PathSafety.CheckArguments(settings.Inputs, settings.Output, settings.Report);
        DiscoveredInputs discovered;
        try
        {
            discovered = InputDiscovery.Discover(settings.Inputs, _ => true, PathSafety.ExcludedFolders(settings.Inputs, settings.Output));
        }
        catch (FileNotFoundException ex)
        {
            throw new UsageException(ex.Message);
        }

        if (discovered.Files.Count == 0 && discovered.Skipped.Count == 0)
        {
            var nothing = $"nothing to convert in {string.Join(", ", settings.Inputs)}";
            if (settings.FailIfEmpty)
                messages.Usage($"{nothing} (--fail-if-empty)");
            else
                messages.Note($"{nothing}; no output written");
            return null;
        }

        PathSafety.CheckInputs(discovered.Files, settings.Output, settings.Report);
        var unreadable = discovered.Skipped
            .Where(s => settings.Shard?.Contains(s.Path.RelativePath) ?? true)
            .Select(s => new DocumentResult(s.Path, null, DocumentStatus.Unsupported, [], [], $"unreadable: {s.Reason}", TimeSpan.Zero))
            .ToList();
        return (discovered.Files, unreadable);
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

/// <summary>Counts what the run has reported so far, for a report written after an internal error.</summary>
internal sealed class SeenResults
{
    private readonly Lock gate = new();
    private readonly int[] counts = new int[Enum.GetValues<DocumentStatus>().Length];
    private int warnings;
    private int outputs;

    public void Add(DocumentResult result)
    {
        lock (gate)
        {
            counts[(int)result.Status]++;
            warnings += result.Diagnostics.Count(d => d.Severity == Pipeline.Core.Diagnostics.DiagnosticSeverity.Warning);
            if (result.Status == DocumentStatus.Converted)
                outputs += result.Outputs.Count;
        }
    }

    public BatchSummary Summary(string stopReason)
    {
        lock (gate)
        {
            return new BatchSummary(
                counts[(int)DocumentStatus.Converted], counts[(int)DocumentStatus.Skipped], counts[(int)DocumentStatus.Failed],
                counts[(int)DocumentStatus.NotAttempted], warnings, outputs, [], stopReason)
            {
                Unsupported = counts[(int)DocumentStatus.Unsupported],
            };
        }
    }
}
