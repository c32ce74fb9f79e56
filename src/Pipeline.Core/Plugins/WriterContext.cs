namespace Pipeline.Core.Plugins;

/// <summary>Options for writers, and where they report problems.</summary>
public sealed class WriterContext
{
    private readonly List<Diagnostic> diagnostics = [];

    public WriterContext(WriterOptions? options = null) => Options = options ?? WriterOptions.Default;

    public WriterOptions Options { get; }

    /// <summary>Cancelled when the document timed out or the batch is stopping; writers check it between blocks and
    /// pages and give up with <see cref="OperationCanceledException"/>.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>What writers reported while writing (e.g. a character no font can draw).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    public void Report(Diagnostic diagnostic)
    {
        lock (diagnostics)
            diagnostics.Add(diagnostic);
    }
}

/// <summary>Writer settings shared by every format.</summary>
/// <param name="BuildTime">The time stamped into outputs that need one when the document has no date;
/// null means a fixed date (the Unix epoch; 1980-01-01 in zip-based formats, which cannot store earlier times), so output stays deterministic.</param>
/// <param name="PageSize">Page size for paged formats: <c>A4</c> or <c>Letter</c>.</param>
/// <param name="UiLanguage">The language of the words writers add themselves ("Participants", "page 1 of 3"), a BCP 47
/// tag; null means the document's language.</param>
/// <param name="KeepIndex">Whether a transcript's word index (<see cref="Model.TranscriptDocument.Index"/>) is written
/// (TEI <c>back</c>, an index after the transcript elsewhere); by default it is left out.</param>
public sealed record WriterOptions(DateTimeOffset? BuildTime = null, string PageSize = "A4", string? UiLanguage = null, bool KeepIndex = false)
{
    public static WriterOptions Default { get; } = new();

    /// <summary>Options with <see cref="BuildTime"/> from <c>SOURCE_DATE_EPOCH</c> when it is set.</summary>
    public static WriterOptions FromEnvironment(string pageSize = "A4")
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        DateTimeOffset? buildTime = long.TryParse(epoch, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
        return new WriterOptions(buildTime, pageSize);
    }
}
