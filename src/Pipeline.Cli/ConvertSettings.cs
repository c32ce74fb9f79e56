using Pipeline.Core.Engine;

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
    string PageSize);

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
}
