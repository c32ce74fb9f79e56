namespace Pipeline.Cli;

/// <summary>Plain lines: <c>ok:</c>, <c>skipped:</c> and the summary on standard output; <c>error:</c> and
/// <c>warning PLnnn:</c> on standard error. No colours or control codes, so CI logs stay readable.</summary>
internal sealed class TextRunLog(CliContext context, Verbosity verbosity) : RunLog(context, verbosity, annotate: true)
{
    protected override void WriteDocument(DocumentResult result, bool quiet)
    {
        var input = result.Input.DisplayPath;
        switch (result.Status)
        {
            case DocumentStatus.Failed:
                Context.Stderr.WriteLine(LogText.Escape($"error: {result.Error}"));
                return;
            case DocumentStatus.Unsupported:
                // "no reader: why" or "unreadable: why" becomes "skipped (no reader): PATH: why".
                var (kind, why) = result.Error?.Split(": ", 2) is [var k, var w] ? (k, w) : ("no reader", result.Error ?? "");
                Context.Stdout.WriteLine(LogText.Escape($"skipped ({kind}): {input}: {why}"));
                return;
            case DocumentStatus.Skipped when !quiet:
                Context.Stdout.WriteLine(LogText.Escape($"skipped: {input} (unchanged)"));
                return;
            case DocumentStatus.Converted when !quiet:
                var reader = Verbosity == Verbosity.Verbose ? $" (read as {result.Reader})" : "";
                Context.Stdout.WriteLine(LogText.Escape($"ok: {input}{reader} → {string.Join(", ", result.Outputs.Select(Shown))}"));
                break;
        }

        if (Verbosity == Verbosity.Quiet)
            return;
        var shownFrom = Verbosity == Verbosity.Verbose ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity >= shownFrom))
            Context.Stderr.WriteLine(LogText.Escape(Line(input, diagnostic)));
    }

    /// <summary><c>warning PL018: talk.txt:12: message</c> (<c>note</c> for info; <c>-</c> when there is no line).</summary>
    public static string Line(string input, Diagnostic diagnostic) =>
        $"{(diagnostic.Severity >= DiagnosticSeverity.Warning ? "warning" : "note")} {diagnostic.CodeName}: {input}:{diagnostic.Line?.ToString(CultureInfo.InvariantCulture) ?? "-"}: {diagnostic.Message}";

    protected override void WriteSummary(BatchSummary summary, string outputFolder)
    {
        foreach (var orphan in summary.Orphans)
            Context.Stdout.WriteLine(LogText.Escape($"{(orphan.Removed ? "pruned" : "input gone")}: {orphan.Input} → {string.Join(", ", orphan.Outputs.Select(Shown))}"));
        if (summary.StopReason is { } reason)
            Context.Stderr.WriteLine(LogText.Escape($"error: {reason}; {summary.NotAttempted} documents not attempted"));
        Context.Stdout.WriteLine(LogText.Escape(SummaryLine(summary, outputFolder)));
    }
}
