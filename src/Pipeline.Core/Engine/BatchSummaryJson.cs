using System.Text.Json;

namespace Pipeline.Core.Engine;

/// <summary>A batch's orphans and totals as JSON properties, shared by the <c>--report</c> file and the JSON log (the
/// <c>orphan</c> and <c>summary</c> events), so both name and count them the same way.</summary>
public static class BatchSummaryJson
{
    /// <summary>Writes an orphan's properties (not the enclosing object).</summary>
    /// <param name="showPath">How output paths are shown (the report keeps them as written; the log shows them relative
    /// to the current folder).</param>
    public static void WriteOrphan(Utf8JsonWriter json, OrphanedOutputs orphan, Func<string, string> showPath)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(orphan);
        ArgumentNullException.ThrowIfNull(showPath);
        json.WriteString("input", orphan.Input);
        json.WriteStartArray("outputs");
        foreach (var output in orphan.Outputs)
            json.WriteStringValue(showPath(output));
        json.WriteEndArray();
        json.WriteBoolean("removed", orphan.Removed);
    }

    /// <summary>Writes the batch's counts (not the enclosing object).</summary>
    public static void WriteTotals(Utf8JsonWriter json, BatchSummary summary)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(summary);
        json.WriteNumber("documents", summary.Documents);
        json.WriteNumber("converted", summary.Converted);
        json.WriteNumber("skipped", summary.Skipped);
        json.WriteNumber("failed", summary.Failed);
        json.WriteNumber("notAttempted", summary.NotAttempted);
        json.WriteNumber("unsupported", summary.Unsupported);
        json.WriteNumber("warnings", summary.Warnings);
        json.WriteNumber("outputsWritten", summary.OutputsWritten);
    }
}
