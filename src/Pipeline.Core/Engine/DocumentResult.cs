namespace Pipeline.Core.Engine;

/// <summary>What happened to one input.</summary>
public enum DocumentStatus
{
    /// <summary>Read and every output written.</summary>
    Converted,

    /// <summary>Unchanged since the run recorded in the manifest; its outputs were left alone.</summary>
    Skipped,

    /// <summary>Could not be converted; the others went on.</summary>
    Failed,

    /// <summary>Never started, or abandoned, because the batch was stopped (signal, failing output disk).</summary>
    NotAttempted,

    /// <summary>Not a transcript any reader takes (a <c>.csv</c>, XML that is not TEI), or a folder that could not be
    /// read: skipped with a note; it does not fail the batch.</summary>
    Unsupported,
}

/// <summary>The result of one input.</summary>
/// <param name="Outputs">The files written (or, when skipped, left in place).</param>
/// <param name="Error">Why it failed or was not attempted.</param>
public sealed record DocumentResult(
    InputFile Input,
    string? Reader,
    DocumentStatus Status,
    IReadOnlyList<string> Outputs,
    IReadOnlyList<Diagnostic> Diagnostics,
    string? Error,
    TimeSpan Duration);

/// <summary>Outputs recorded in the manifest whose input is no longer among the inputs.</summary>
/// <param name="Removed">Whether <c>--prune</c> deleted them.</param>
public sealed record OrphanedOutputs(string Input, IReadOnlyList<string> Outputs, bool Removed);

/// <summary>The totals of one batch; the per-document results went to the caller as they finished.</summary>
/// <param name="StopReason">Why the batch stopped before every document was tried, or null.</param>
public sealed record BatchSummary(
    int Converted,
    int Skipped,
    int Failed,
    int NotAttempted,
    int Warnings,
    int OutputsWritten,
    IReadOnlyList<OrphanedOutputs> Orphans,
    string? StopReason)
{
    /// <summary>Inputs no reader takes, and folders that could not be read.</summary>
    public int Unsupported { get; init; }

    /// <summary>The first few of them (display paths), for the summary line.</summary>
    public IReadOnlyList<string> UnsupportedNames { get; init; } = [];

    public int Documents => Converted + Skipped + Failed + NotAttempted + Unsupported;
}
