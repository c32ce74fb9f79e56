namespace Pipeline.Core.Engine;

/// <summary>Settings for one batch.</summary>
/// <param name="OutputFolder">Where outputs, and the manifest under <c>.pipeline/</c>, go.</param>
/// <param name="Writers">The formats to write, in order.</param>
/// <param name="WriterOptions">Options handed to every writer.</param>
/// <param name="Jobs">Documents converted at the same time.</param>
/// <param name="Strict">Fail a document that has warnings (or, with <see cref="StrictCodes"/>, diagnostics of those codes).</param>
public sealed record BatchOptions(string OutputFolder, IReadOnlyList<IWriter> Writers, WriterOptions WriterOptions, int Jobs, bool Strict = false)
{
    /// <summary>With <see cref="Strict"/>: the codes that fail a document (<c>--strict=PL016,PL020</c>); empty for every
    /// warning.</summary>
    public IReadOnlySet<DiagnosticCode> StrictCodes { get; init; } = new HashSet<DiagnosticCode>();

    /// <summary>Whether <paramref name="diagnostic"/> fails the document under <c>--strict</c>.</summary>
    public bool FailsStrict(Diagnostic diagnostic) => Strict && FailsStrict(StrictCodes, diagnostic);

    /// <summary>Whether <paramref name="diagnostic"/> fails a document under <c>--strict</c> with <paramref name="codes"/>:
    /// any warning when there are none, else a diagnostic of one of them (whatever its level).</summary>
    public static bool FailsStrict(IReadOnlySet<DiagnosticCode> codes, Diagnostic diagnostic) =>
        codes.Count == 0 ? diagnostic.Severity >= DiagnosticSeverity.Warning : codes.Contains(diagnostic.Code);

    /// <summary>How long one document may take before it fails alone; null for no limit.</summary>
    public TimeSpan? DocumentTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Inputs larger than this many bytes fail alone with an error naming their size and the limit, before they
    /// are read; null for no limit. A document's peak memory is a multiple of its size, so one huge file must not take the
    /// batch (or the machine) down with it.</summary>
    public long? MaxInputSize { get; init; } = InputSizeLimit.Default;

    /// <summary>Convert every input even when the manifest says its outputs are up to date.</summary>
    public bool Force { get; init; }

    /// <summary>Delete the outputs of inputs that have disappeared (they are only listed otherwise).</summary>
    public bool Prune { get; init; }

    /// <summary>The shard this run converts; also names its manifest and tags its temporary files.</summary>
    public Shard? Shard { get; init; }

    /// <summary>Retries of a document after a transient I/O error, and the first back-off delay (doubled each time, with jitter).</summary>
    public RetrySettings Retry { get; init; } = RetrySettings.Default;

    /// <summary>When output writes keep failing (full disk, lost mount), the batch stops instead of failing every document.</summary>
    public BreakerSettings Breaker { get; init; } = BreakerSettings.Default;

    /// <summary>After a stop is requested, how long documents already being converted may take before they are abandoned.</summary>
    public TimeSpan GracePeriod { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Input size in bytes from which a document's outputs are written straight into their temporary files rather
    /// than into a memory buffer first (1 MiB): the engine then holds no second copy of a big output (a writer that needs
    /// the whole file before it can write, such as the PDF writer, still builds it in memory). Small ones keep the buffer,
    /// which costs nothing at their size. Either way the bytes and the all-or-none rename are the same.</summary>
    public long DirectWriteFrom { get; init; } = DocumentConversion.DefaultDirectWriteFrom;
}

/// <summary>Bounded retry of transient I/O errors with exponential back-off and jitter.</summary>
public sealed record RetrySettings(int MaxAttempts, TimeSpan FirstDelay)
{
    public static RetrySettings Default { get; } = new(3, TimeSpan.FromMilliseconds(200));
}

/// <summary>The output circuit breaker opens when, among at least <paramref name="MinimumWrites"/> writes within
/// <paramref name="Window"/>, the share that failed reaches <paramref name="FailureRatio"/>.</summary>
public sealed record BreakerSettings(int MinimumWrites, double FailureRatio, TimeSpan Window)
{
    public static BreakerSettings Default { get; } = new(5, 0.5, TimeSpan.FromSeconds(30));
}
