using System.Text.Json;

namespace Pipeline.Core.Engine;

/// <summary>One document's result as JSON properties, shared by the <c>--report</c> file (an entry of
/// <c>documents</c>) and the JSON log (the <c>document</c> event, after its time, level and event), so both have the
/// shape <c>$defs/document</c> of docs/report.schema.json.</summary>
public static class DocumentResultJson
{
    /// <summary>Writes the properties (not the enclosing object).</summary>
    /// <param name="showPath">How output paths are shown (the report keeps them as written; the log shows them relative
    /// to the current folder).</param>
    /// <param name="minimum">The least severe diagnostic written.</param>
    public static void WriteProperties(Utf8JsonWriter json, DocumentResult result, Func<string, string>? showPath = null, DiagnosticSeverity minimum = DiagnosticSeverity.Info)
    {
        json.WriteString("input", result.Input.DisplayPath);
        json.WriteString("relativePath", result.Input.RelativePath);
        json.WriteString("reader", result.Reader);
        json.WriteString("status", BatchReport.StatusName(result.Status));
        json.WriteStartArray("outputs");
        foreach (var output in result.Outputs)
            json.WriteStringValue(showPath is null ? output : showPath(output));
        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity >= minimum)
                DiagnosticJson.Write(json, diagnostic);
        }

        json.WriteEndArray();
        json.WriteString("error", result.Error);
        json.WriteNumber("durationMs", Math.Round(result.Duration.TotalMilliseconds, 1));
    }
}
