using System.Globalization;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Engine;

namespace Pipeline.Cli;

/// <summary>Plain lines: <c>ok:</c>, <c>skipped:</c> and the summary on standard output; <c>error:</c> and
/// <c>warning:</c> on standard error. No colours or control codes, so CI logs stay readable.</summary>
internal sealed class TextRunLog(CliContext context) : RunLog(context)
{
    protected override void WriteDocument(DocumentResult result, bool quiet)
    {
        var input = result.Input.DisplayPath;
        switch (result.Status)
        {
            case DocumentStatus.Failed:
                Context.Stderr.WriteLine($"error: {result.Error}");
                return;
            case DocumentStatus.Skipped when !quiet:
                Context.Stdout.WriteLine($"skipped: {input} (unchanged)");
                return;
            case DocumentStatus.Converted when !quiet:
                Context.Stdout.WriteLine($"ok: {input} → {string.Join(", ", result.Outputs.Select(Shown))}");
                break;
        }

        foreach (var warning in result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
            Context.Stderr.WriteLine($"warning: {input}:{warning.Line?.ToString(CultureInfo.InvariantCulture) ?? "-"}: {warning.Message}");
    }

    protected override void WriteSummary(BatchSummary summary, string outputFolder)
    {
        foreach (var orphan in summary.Orphans)
            Context.Stdout.WriteLine($"{(orphan.Removed ? "pruned" : "input gone")}: {orphan.Input} → {string.Join(", ", orphan.Outputs.Select(Shown))}");
        if (summary.StopReason is { } reason)
            Context.Stderr.WriteLine($"error: {reason}; {summary.NotAttempted} documents not attempted");
        Context.Stdout.WriteLine(SummaryLine(summary, outputFolder));
    }
}
