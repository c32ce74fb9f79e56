using System.Text.Json;

namespace Pipeline.Core.Engine;

/// <summary>The <c>--report</c> JSON file (format version <see cref="FormatVersion"/>), written as documents finish so
/// that it needs no memory per document, and renamed into place only when complete.</summary>
public sealed class BatchReport : IDisposable
{
    public const int FormatVersion = 2;

    private readonly Lock gate = new();
    private readonly string path;
    private readonly string temporary;
    private readonly FileStream stream;
    private readonly Utf8JsonWriter json;
    private bool finished;

    private BatchReport(string path, string temporary, FileStream stream)
    {
        this.path = path;
        this.temporary = temporary;
        this.stream = stream;
        json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
    }

    /// <summary>Starts a report at <paramref name="path"/>: the header and the opening of the document list.</summary>
    /// <param name="owner">The run that owns the report's temporary file (<see cref="RunRegistry.RunId"/>), so another
    /// run's clean-up never removes it.</param>
    public static BatchReport Start(string path, BatchOptions options, DateTimeOffset startedAt, string owner = "")
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, AtomicFile.TemporaryName(owner));
        var report = new BatchReport(full, temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None));
        report.WriteHeader(options, startedAt);
        return report;
    }

    /// <summary>Adds one document; safe to call from any worker.</summary>
    public void Add(DocumentResult result)
    {
        lock (gate)
        {
            if (finished)
                return;
            json.WriteStartObject();
            DocumentResultJson.WriteProperties(json, result);
            json.WriteEndObject();
            json.Flush();
        }
    }

    /// <summary>Writes the totals and moves the report into place.</summary>
    public void Finish(BatchSummary summary, int exitCode, TimeSpan duration)
    {
        lock (gate)
        {
            if (finished)
                return;
            finished = true;
            json.WriteEndArray();
            json.WriteStartArray("orphans");
            foreach (var orphan in summary.Orphans)
            {
                json.WriteStartObject();
                BatchSummaryJson.WriteOrphan(json, orphan, path => path);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("totals");
            BatchSummaryJson.WriteTotals(json, summary);
            json.WriteEndObject();
            json.WriteString("stopped", summary.StopReason);
            json.WriteNumber("exitCode", exitCode);
            json.WriteNumber("durationMs", Math.Round(duration.TotalMilliseconds, 1));
            json.WriteEndObject();
            json.Dispose();
            stream.Flush(flushToDisk: true);
            stream.Dispose();
            File.Move(temporary, path, overwrite: true);
        }
    }

    /// <summary>The status as it appears in the report and in JSON logs.</summary>
    public static string StatusName(DocumentStatus status) => status switch
    {
        DocumentStatus.Converted => "converted",
        DocumentStatus.Skipped => "skipped",
        DocumentStatus.Failed => "failed",
        DocumentStatus.NotAttempted => "not-attempted",
        DocumentStatus.Unsupported => "unsupported",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Closes the report; one that was never finished is deleted rather than left half-written.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (!File.Exists(temporary))
                return;
            json.Dispose();
            stream.Dispose();
            File.Delete(temporary);
        }
    }

    private void WriteHeader(BatchOptions options, DateTimeOffset startedAt)
    {
        json.WriteStartObject();
        json.WriteNumber("reportVersion", FormatVersion);
        json.WriteString("tool", OptionsFingerprint.ToolVersion);
        json.WriteString("startedAt", startedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteStartObject("options");
        json.WriteString("output", options.OutputFolder);
        WriteStrings("formats", options.Writers.Select(w => w.Name));
        json.WriteString("pageSize", options.WriterOptions.PageSize);
        json.WriteBoolean("strict", options.Strict);
        WriteStrings("strictCodes", options.StrictCodes.Select(DiagnosticCodes.Name).Order(StringComparer.Ordinal));
        json.WriteBoolean("force", options.Force);
        json.WriteBoolean("prune", options.Prune);
        json.WriteNumber("jobs", options.Jobs);
        if (options.DocumentTimeout is { } timeout)
            json.WriteNumber("timeoutSeconds", timeout.TotalSeconds);
        else
            json.WriteNull("timeoutSeconds");
        json.WriteString("shard", options.Shard?.ToString());
        if (options.MaxInputSize is { } maxInputSize)
            json.WriteNumber("maxInputSize", maxInputSize);
        else
            json.WriteNull("maxInputSize");
        json.WriteEndObject();
        json.WriteStartArray("documents");
    }

    private void WriteStrings(string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
