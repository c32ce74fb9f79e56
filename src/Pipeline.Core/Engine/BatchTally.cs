namespace Pipeline.Core.Engine;

/// <summary>Running totals of a batch, added to from every worker.</summary>
internal sealed class BatchTally
{
    /// <summary>How many skipped inputs the summary names.</summary>
    public const int MaxNames = 10;

    private readonly Lock gate = new();
    private readonly int[] byStatus = new int[Enum.GetValues<DocumentStatus>().Length];
    private int warnings;
    private int outputsWritten;
    private readonly List<string> unsupported = [];

    public void Add(DocumentResult result)
    {
        lock (gate)
        {
            byStatus[(int)result.Status]++;
            warnings += result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            if (result.Status == DocumentStatus.Converted)
                outputsWritten += result.Outputs.Count;
            if (result.Status == DocumentStatus.Unsupported && unsupported.Count < MaxNames)
                unsupported.Add(result.Input.DisplayPath);
        }
    }

    public BatchSummary ToSummary(IReadOnlyList<OrphanedOutputs> orphans, string? stopReason)
    {
        lock (gate)
        {
            return new BatchSummary(
                byStatus[(int)DocumentStatus.Converted],
                byStatus[(int)DocumentStatus.Skipped],
                byStatus[(int)DocumentStatus.Failed],
                byStatus[(int)DocumentStatus.NotAttempted],
                warnings,
                outputsWritten,
                orphans,
                stopReason)
            {
                Unsupported = byStatus[(int)DocumentStatus.Unsupported],
                UnsupportedNames = [.. unsupported.Order(StringComparer.Ordinal)],
            };
        }
    }
}
