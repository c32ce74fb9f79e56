namespace Pipeline.Cli;

/// <summary>How log lines are written.</summary>
public enum LogFormat
{
    /// <summary>Plain lines for people and CI logs.</summary>
    Text,

    /// <summary>One JSON object per line, for log collectors.</summary>
    Json,
}

/// <summary>Everything <c>convert</c> needs, resolved from flags, then environment variables, then defaults.</summary>
internal sealed record ConvertSettings(
    IReadOnlyList<string> Inputs,
    string Output,
    string Formats,
    int Jobs,
    TimeSpan? Timeout,
    bool Strict,
    bool Force,
    bool Prune,
    string? Report,
    LogFormat LogFormat,
    Shard? Shard,
    string PageSize)
{
    /// <summary>The reader named by <c>--from</c>, used whatever the file's ending; null to choose by ending, then by content.</summary>
    public string? From { get; init; }

    /// <summary>Whether <c>--to</c> (or its variable) was given, rather than defaulting to all.</summary>
    public bool FormatsGiven { get; init; }

    /// <summary>Whether <c>--out</c> (or its variable) was given, rather than defaulting to output/.</summary>
    public bool OutputGiven { get; init; }

    public Verbosity Verbosity { get; init; } = Verbosity.Normal;

    /// <summary>Inputs that hold nothing to convert are a usage error (exit 2) instead of a note (exit 0).</summary>
    public bool FailIfEmpty { get; init; }

    /// <summary>With <see cref="Strict"/>: the codes that fail a document (<c>--strict=PL016,PL020</c>); empty for every warning.</summary>
    public IReadOnlySet<Core.Diagnostics.DiagnosticCode> StrictCodes { get; init; } = new HashSet<Core.Diagnostics.DiagnosticCode>();
    /// <summary>Inputs larger than this many bytes fail alone (<c>--max-input-size</c>); null for no limit.</summary>
    public long? MaxInputSize { get; init; } = InputSizeLimit.Default;

    /// <summary>The language of the words the writers add (<c>--ui-language</c>); null for each document's own language.</summary>
    public string? UiLanguage { get; init; }

    /// <summary>Whether writers write a transcript's word index (<c>--keep-index</c>).</summary>
    public bool KeepIndex { get; init; }
}

/// <summary>How much the text log says: <c>-q</c>, the default, <c>-v</c>.</summary>
public enum Verbosity
{
    /// <summary>Errors and the summary only.</summary>
    Quiet,

    /// <summary>One line per document, warnings, the summary.</summary>
    Normal,

    /// <summary>Also the reader of each document and its notes.</summary>
    Verbose,
}

/// <summary>The environment variable behind each option. The Dockerfile and deploy examples use these names.</summary>
internal static class EnvironmentNames
{
    public const string Input = "PIPELINE_INPUT";
    public const string Output = "PIPELINE_OUTPUT";
    public const string To = "PIPELINE_TO";
    public const string Jobs = "PIPELINE_JOBS";
    public const string Timeout = "PIPELINE_TIMEOUT";
    public const string Strict = "PIPELINE_STRICT";
    public const string Force = "PIPELINE_FORCE";
    public const string Prune = "PIPELINE_PRUNE";
    public const string Report = "PIPELINE_REPORT";
    public const string LogFormat = "PIPELINE_LOG_FORMAT";
    public const string Shard = "PIPELINE_SHARD";
    public const string ShardCount = "PIPELINE_SHARD_COUNT";
    public const string KubernetesIndex = "JOB_COMPLETION_INDEX";
    public const string PageSize = "PIPELINE_PAGE_SIZE";
    public const string From = "PIPELINE_FROM";
    public const string FailIfEmpty = "PIPELINE_FAIL_IF_EMPTY";
    public const string UiLanguage = "PIPELINE_UI_LANGUAGE";
    public const string KeepIndex = "PIPELINE_KEEP_INDEX";
    public const string MaxInputSize = "PIPELINE_MAX_INPUT_SIZE";
}
