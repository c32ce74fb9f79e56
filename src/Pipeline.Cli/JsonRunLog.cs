using System.Text.Json;

namespace Pipeline.Cli;

/// <summary>One JSON object per line on standard output (<c>--log-format json</c>), for log collectors:
/// <c>{"time","level","event":"document"|"orphan"|"summary", …}</c>. A document line carries the same properties as a
/// document in the report (<see cref="DocumentResultJson"/>).</summary>
internal sealed class JsonRunLog(CliContext context, Verbosity verbosity) : RunLog(context, verbosity, annotate: false)
{
    protected override void WriteDocument(DocumentResult result, bool quiet)
    {
        var level = result.Status == DocumentStatus.Failed ? "error"
            : result.Diagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning) ? "warning" : "info";
        // The same properties as a document in the --report file (docs/report.schema.json, $defs/document); notes (info)
        // only with --verbose, as in the text log.
        var minimum = Verbosity == Verbosity.Verbose ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;
        Line(level, "document", json => DocumentResultJson.WriteProperties(json, result, Shown, minimum));
    }

    protected override void WriteSummary(BatchSummary summary, string outputFolder)
    {
        foreach (var orphan in summary.Orphans)
            Line("warning", "orphan", json => BatchSummaryJson.WriteOrphan(json, orphan, Shown));

        Line(summary.StopReason is null && summary.Failed == 0 ? "info" : "error", "summary", json =>
        {
            json.WriteString("message", SummaryLine(summary, outputFolder));
            BatchSummaryJson.WriteTotals(json, summary);
            json.WriteString("stopped", summary.StopReason);
        });
    }

    private void Line(string level, string kind, Action<Utf8JsonWriter> body) => JsonLogLine.Write(Context.Stdout, level, kind, body);
}
