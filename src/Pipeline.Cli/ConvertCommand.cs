using System.CommandLine;
using System.Globalization;
using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;
using Env = Pipeline.Cli.EnvironmentNames;

namespace Pipeline.Cli;

/// <summary><c>pipeline convert INPUT… --out DIR --to FORMATS</c>: the options, each also read from an environment variable.</summary>
internal static class ConvertCommand
{
    public const string DefaultInput = "input";
    public const string DefaultOutput = "output";
    public const double DefaultTimeoutSeconds = 60;

    public static Command Create(FormatRegistry registry, CliContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = $"Files, folders (searched recursively) or globs such as 'in/**/*.txt'. [env: {Env.Input}, separated by '{Path.PathSeparator}']", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--out", "-o") { Description = $"Output folder; outputs keep the inputs' relative paths. [default: {DefaultOutput}] [env: {Env.Output}]" };
        var to = new Option<string?>("--to", "-t") { Description = $"Output formats, comma-separated, or 'all' ({string.Join(", ", registry.Writers.Select(w => w.Name))}). [default: all] [env: {Env.To}]" };
        var jobs = new Option<int?>("--jobs", "-j") { Description = $"Documents converted in parallel. [default: processor count] [env: {Env.Jobs}]" };
        var timeout = new Option<double?>("--timeout") { Description = $"Seconds one document may take before it fails alone; 0 for no limit. [default: {DefaultTimeoutSeconds}] [env: {Env.Timeout}]" };
        var strict = new Option<bool>("--strict") { Description = $"Fail a document that has warnings. [env: {Env.Strict}]" };
        var force = new Option<bool>("--force") { Description = $"Convert every input, even those the manifest says are up to date. [env: {Env.Force}]" };
        var prune = new Option<bool>("--prune") { Description = $"Delete outputs whose input has disappeared (they are only listed otherwise). [env: {Env.Prune}]" };
        var report = new Option<string?>("--report") { Description = $"Write a JSON report of the run to this file. [env: {Env.Report}]" };
        var logFormat = new Option<string?>("--log-format") { Description = $"text, or json for one JSON object per line. [default: text] [env: {Env.LogFormat}]" };
        logFormat.AcceptOnlyFromAmong("text", "json");
        var shard = new Option<string?>("--shard") { Description = $"Convert only shard I of N ('I/N', 0-based), a stable partition by relative path. [env: {Env.Shard}, or {Env.KubernetesIndex} with {Env.ShardCount}]" };
        var pageSize = new Option<string?>("--page-size") { Description = $"Page size for PDF and DOCX. [default: A4] [env: {Env.PageSize}]" };
        pageSize.AcceptOnlyFromAmong("A4", "Letter");
        var command = new Command("convert", """
            Convert transcripts to the given formats. Unchanged inputs are skipped (see OUT/.pipeline/).

            Examples:
              pipeline convert input/ --out output/ --to tei,md
              pipeline convert interview.txt --to all
              pipeline convert 'archive/**/*.txt' --out build/ --to pdf --jobs 4 --report build/report.json
              PIPELINE_INPUT=/data/in PIPELINE_OUTPUT=/data/out pipeline convert --log-format json --shard 3/8
            """)
        {
            inputs, output, to, jobs, timeout, strict, force, prune, report, logFormat, shard, pageSize,
        };
        command.SetAction((parse, cancellation) =>
        {
            var source = new SettingSource(parse, context.Variable);
            var settings = new ConvertSettings(
                Inputs(parse.GetValue(inputs) ?? [], source),
                source.Text(output, Env.Output, DefaultOutput),
                source.Text(to, Env.To, "all"),
                source.Integer(jobs, Env.Jobs, Environment.ProcessorCount),
                TimeoutOf(source.Number(timeout, Env.Timeout, DefaultTimeoutSeconds)),
                source.Flag(strict, Env.Strict),
                source.Flag(force, Env.Force),
                source.Flag(prune, Env.Prune),
                source.OptionalText(report, Env.Report),
                LogFormatOf(source.Text(logFormat, Env.LogFormat, "text")),
                ShardOf(source.OptionalText(shard, Env.Shard), source),
                PageSizeOf(source.Text(pageSize, Env.PageSize, "A4")));
            return new ConvertRun(registry, context).RunAsync(settings, cancellation);
        });
        return command;
    }

    private static IReadOnlyList<string> Inputs(string[] given, SettingSource source)
    {
        if (given.Length > 0)
            return given;
        var fromEnvironment = source.Variable(Env.Input)?.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return fromEnvironment.Length > 0 ? fromEnvironment : throw new UsageException($"no inputs: name files or folders, or set {Env.Input}");
    }

    private static TimeSpan? TimeoutOf(double seconds) => seconds switch
    {
        0 => null,
        < 0.01 or > 86400 or double.NaN => throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"timeout {seconds}: must be 0 (no limit) or between 0.01 and 86400 seconds")),
        _ => TimeSpan.FromSeconds(seconds),
    };

    private static LogFormat LogFormatOf(string text) => text.ToLowerInvariant() switch
    {
        "text" => Pipeline.Cli.LogFormat.Text,
        "json" => Pipeline.Cli.LogFormat.Json,
        _ => throw new UsageException($"log format '{text}': expected text or json"),
    };

    private static string PageSizeOf(string text) =>
        new[] { "A4", "Letter" }.FirstOrDefault(s => s.Equals(text, StringComparison.OrdinalIgnoreCase))
        ?? throw new UsageException($"page size '{text}': expected A4 or Letter");

    /// <summary>The flag or <c>PIPELINE_SHARD</c>; else a Kubernetes indexed job's <c>JOB_COMPLETION_INDEX</c> with <c>PIPELINE_SHARD_COUNT</c>.</summary>
    private static Shard? ShardOf(string? text, SettingSource source)
    {
        if (text is not null)
            return Shard.TryParse(text) ?? throw new UsageException($"shard '{text}': expected I/N with 0 <= I < N");
        var index = source.Variable(Env.KubernetesIndex);
        var count = source.Variable(Env.ShardCount);
        if (index is null || count is null)
            return null;
        return Shard.TryParse($"{index}/{count}")
               ?? throw new UsageException($"{Env.KubernetesIndex}={index} with {Env.ShardCount}={count}: expected 0 <= index < count");
    }

    /// <summary>The arguments <c>pipeline</c> alone stands for: <c>convert</c> of <see cref="DefaultInput"/>, or of
    /// <c>PIPELINE_INPUT</c> when it is set; null when neither exists.</summary>
    public static string[]? DefaultArguments(CliContext context)
    {
        if (!string.IsNullOrEmpty(context.Variable(Env.Input)))
            return ["convert"];
        return Directory.Exists(DefaultInput) ? ["convert", DefaultInput] : null;
    }
}
