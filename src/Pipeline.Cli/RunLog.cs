namespace Pipeline.Cli;

/// <summary>Where a run tells what happens: one entry per document as it finishes, then the summary. Safe to call
/// from every worker; under GitHub Actions, failures and warnings are also written as workflow annotations.</summary>
internal abstract class RunLog(CliContext context, Verbosity verbosity, bool annotate)
{
    private readonly Lock gate = new();

    // Annotations are plain '::error' lines: with JSON logs every line must stay one JSON object, so there are none.
    private readonly GitHubAnnotations? annotations = annotate && context.InGitHubActions ? new GitHubAnnotations(context.Stdout) : null;

    protected CliContext Context => context;

    public Verbosity Verbosity => verbosity;

    public static RunLog Create(LogFormat format, CliContext context, Verbosity verbosity = Verbosity.Normal) =>
        format == LogFormat.Json ? new JsonRunLog(context, verbosity) : new TextRunLog(context, verbosity);

    /// <param name="quiet">A progress bar shows the progress: log only what went wrong.</param>
    public void Document(DocumentResult result, bool quiet)
    {
        // Documents the batch never tried are counted in the summary rather than listed one by one.
        if (result.Status == DocumentStatus.NotAttempted)
            return;
        lock (gate)
        {
            WriteDocument(result, quiet);
            annotations?.Document(result);
        }
    }

    public void Finish(BatchSummary summary, string outputFolder)
    {
        lock (gate)
        {
            WriteSummary(summary, outputFolder);
            if (summary.StopReason is { } reason)
                annotations?.Error(reason);
        }
    }

    protected abstract void WriteDocument(DocumentResult result, bool quiet);

    protected abstract void WriteSummary(BatchSummary summary, string outputFolder);

    /// <summary>The one-line human summary every run ends with.</summary>
    protected static string SummaryLine(BatchSummary summary, string outputFolder)
    {
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{summary.Converted} converted, {summary.Failed} failed, {summary.Skipped} skipped (unchanged), {summary.NotAttempted} not attempted, {summary.Warnings} warnings; {summary.OutputsWritten} files written to {outputFolder}");
        if (summary.Unsupported > 0)
        {
            var names = string.Join(", ", summary.UnsupportedNames.Select(Shown));
            var more = summary.Unsupported > summary.UnsupportedNames.Count ? ", …" : "";
            line += string.Create(CultureInfo.InvariantCulture, $"; {summary.Unsupported} skipped (no reader or unreadable: {names}{more})");
        }

        if (summary.Orphans.Count > 0)
            line += $"; {summary.Orphans.Count} inputs gone ({(summary.Orphans.All(o => o.Removed) ? "outputs pruned" : "outputs kept; --prune removes them")})";
        return summary.StopReason is null ? line : $"{line}; stopped: {summary.StopReason}";
    }

    /// <summary>A path as people read it: relative to the current folder when inside it.</summary>
    protected static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
