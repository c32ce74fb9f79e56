using System.Text.RegularExpressions;
using System.Xml.Linq;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Deployment;

/// <summary>There is no container engine or cluster here, so what the Dockerfile and <c>deploy/</c> rely on is checked
/// statically: the variables they set, the paths they copy, the entry point and the shard count.</summary>
public sealed partial class DeploymentFilesTests
{
    /// <summary>The variables the <c>pipeline</c> command reads (the engine's list), plus those the platforms set.</summary>
    private static readonly HashSet<string> KnownVariables =
    [
        "PIPELINE_INPUT", "PIPELINE_OUTPUT", "PIPELINE_TO", "PIPELINE_JOBS", "PIPELINE_TIMEOUT", "PIPELINE_STRICT", "PIPELINE_FORCE",
        "PIPELINE_PRUNE", "PIPELINE_REPORT", "PIPELINE_LOG_FORMAT", "PIPELINE_SHARD", "PIPELINE_SHARD_COUNT", "PIPELINE_PAGE_SIZE",
        "JOB_COMPLETION_INDEX", "SOURCE_DATE_EPOCH",
    ];

    [GeneratedRegex(@"\b(?:PIPELINE_[A-Z_]+|JOB_COMPLETION_INDEX|SOURCE_DATE_EPOCH)\b", RegexOptions.CultureInvariant)]
    private static partial Regex VariableName();

    [GeneratedRegex(@"^\s*completions:\s*(\d+)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Completions();

    [GeneratedRegex(@"name:\s*PIPELINE_SHARD_COUNT\s*\n\s*value:\s*""(\d+)""", RegexOptions.CultureInvariant)]
    private static partial Regex ShardCount();

    [GeneratedRegex(@"^COPY\s+(?!--from)(.+?)\s+\S+\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex CopyFromContext();

    public static TheoryData<string> DeploymentFiles() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "deploy"), "*", SearchOption.AllDirectories)
            .Append(Path.Combine(RepoPaths.Root, "Dockerfile"))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(DeploymentFiles))]
    public void Every_variable_used_is_known_to_the_command_and_named_in_the_operations_guide(string file)
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "operations.md"));
        var used = VariableName().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, file))).Select(m => m.Value).Distinct().ToList();

        Assert.All(used, v => Assert.Contains(v, KnownVariables));
        Assert.All(used, v => Assert.Contains(v, readme, StringComparison.Ordinal));
    }

    [Fact]
    public void Dockerfile_builds_with_the_sdk_runs_the_native_cli_as_non_root_and_stops_on_sigterm()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepoPaths.Root, "Dockerfile"));
        var assembly = XDocument.Load(Path.Combine(RepoPaths.Root, "src", "Pipeline.Cli", "Pipeline.Cli.csproj")).Descendants("AssemblyName").Single().Value;

        // Native AOT links with the target's toolchain, so the build stage runs on the target's platform (no cross-publish).
        Assert.Contains("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", dockerfile, StringComparison.Ordinal);
        Assert.Matches(@"apt-get install [^\n]*\bclang\b", dockerfile);
        Assert.Contains("FROM mcr.microsoft.com/dotnet/runtime-deps:10.0", dockerfile, StringComparison.Ordinal);
        Assert.Contains($"ENTRYPOINT [\"/app/{assembly}\"]", dockerfile, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^USER \$APP_UID$", dockerfile);
        Assert.Matches(@"(?m)^STOPSIGNAL SIGTERM$", dockerfile);
        Assert.Contains("PIPELINE_INPUT=/data/in", dockerfile, StringComparison.Ordinal);
        Assert.Contains("PIPELINE_OUTPUT=/data/out", dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void Dockerfile_is_multi_arch_and_its_run_line_maps_the_user()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepoPaths.Root, "Dockerfile"));

        Assert.DoesNotContain("linux-x64", dockerfile, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^ARG TARGETARCH$", dockerfile);
        Assert.Equal(2, Regex.Matches(dockerfile, @"--arch ""\$TARGETARCH""").Count);
        Assert.Contains("--user \"$(id -u):$(id -g)\"", dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void Dockerfile_copies_only_paths_that_exist_and_dockerignore_keeps_them()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepoPaths.Root, "Dockerfile"));
        var ignored = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".dockerignore")).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var sources = CopyFromContext().Matches(dockerfile).SelectMany(m => m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            var path = Path.Combine(RepoPaths.Root, source);
            Assert.True(File.Exists(path) || Directory.Exists(path), $"COPY {source}: not in the repository");
            Assert.DoesNotContain(ignored, pattern => source.StartsWith(pattern.TrimEnd('/'), StringComparison.Ordinal));
        }

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
    }

    [Fact]
    public void Indexed_job_has_as_many_shards_as_completions()
    {
        var job = File.ReadAllText(Path.Combine(RepoPaths.Root, "deploy", "kubernetes", "indexed-job.yaml"));

        Assert.Contains("completionMode: Indexed", job, StringComparison.Ordinal);
        Assert.Equal(Completions().Match(job).Groups[1].Value, ShardCount().Match(job).Groups[1].Value);
        Assert.NotEqual("", ShardCount().Match(job).Groups[1].Value);
    }

    [Fact]
    public void Github_actions_example_runs_the_cli_project_that_exists()
    {
        var workflow = File.ReadAllText(Path.Combine(RepoPaths.Root, "deploy", "github-actions", "convert-transcripts.yml"));

        Assert.Contains("dotnet run --project src/Pipeline.Cli", workflow, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(RepoPaths.Root, "src", "Pipeline.Cli")));
    }
}
