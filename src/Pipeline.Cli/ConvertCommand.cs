using System.CommandLine;
using Env = Pipeline.Cli.EnvironmentNames;

namespace Pipeline.Cli;

/// <summary><c>pipeline convert INPUT… --out DIR --to FORMATS</c>: the options, each also read from an environment variable.</summary>
internal static class ConvertCommand
{
    public const string DefaultInput = "input";
    public const string DefaultOutput = "output";
    public const double DefaultTimeoutSeconds = 60;

    public static Command Create(FormatRegistry registry, CliContext context, CliMessages messages)
    {
        var inputs = new Argument<string[]>("inputs") { Description = $"Files, folders (searched recursively), globs such as 'in/**/*.txt', or '-' for standard input. [env: {Env.Input}, separated by '{Path.PathSeparator}']", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--out", "-o", "--output") { Description = $"Output folder (outputs keep the inputs' relative paths); or one file whose ending names the format (-o talk.pdf); or '-' for standard output. [default: {DefaultOutput}] [env: {Env.Output}]" };
        var to = new Option<string?>("--to", "-t") { Description = $"Output formats, comma-separated, or 'all' ({string.Join(", ", registry.Writers.Select(w => w.Name))}). [default: all, or the -o file's ending] [env: {Env.To}]" };
        var from = new Option<string?>("--from", "-f") { Description = $"Input format, overriding the file ending ({string.Join(", ", registry.Readers.Select(r => r.Name))}). [default: by ending, else sniffed] [env: {Env.From}]" };
        var jobs = new Option<string?>("--jobs", "-j") { Description = $"Documents converted in parallel. [default: processor count] [env: {Env.Jobs}]" };
        var timeout = new Option<string?>("--timeout") { Description = $"Seconds one document may take before it fails alone; 0 for no limit. [default: {DefaultTimeoutSeconds}] [env: {Env.Timeout}]" };
        var strict = StrictOption.Create(Env.Strict);
        var strictCodes = StrictOption.CreateCodes();
        var force = new Option<bool>("--force") { Description = $"Convert every input, even those the manifest says are up to date. [env: {Env.Force}]" };
        var prune = new Option<bool>("--prune") { Description = $"Delete outputs whose input has disappeared (they are only listed otherwise). [env: {Env.Prune}]" };
        var report = new Option<string?>("--report") { Description = $"Write a JSON report of the run to this file. [env: {Env.Report}]" };
        var logFormat = new Option<string?>("--log-format") { Description = $"text, or json: every line on stdout and stderr one JSON object. [default: text] [env: {Env.LogFormat}]" };
        var shard = new Option<string?>("--shard") { Description = $"Convert only shard I of N ('I/N', 0-based), a stable partition by relative path. [env: {Env.Shard}, or {Env.KubernetesIndex} with {Env.ShardCount}]" };
        var pageSize = new Option<string?>("--page-size") { Description = $"Page size for PDF and DOCX: A4 or Letter. [default: A4] [env: {Env.PageSize}]" };
        var uiLanguage = new Option<string?>("--ui-language") { Description = $"Language of the words the writers add (Participants, page X of Y, roles), a BCP 47 tag such as fr; unknown languages get English. [default: each document's language] [env: {Env.UiLanguage}]" };
        var keepIndex = new Option<bool>("--keep-index") { Description = $"Write a transcript's word index (TEI back, an index after the transcript in the other formats); it is left out by default. [env: {Env.KeepIndex}]" };
        var maxInputSize = new Option<string?>("--max-input-size") { Description = $"Inputs larger than this fail alone, unread: bytes, or with KB, MB, GB (powers of 1024), e.g. 64MB; 0 for no limit. [default: 256MB] [env: {Env.MaxInputSize}]" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors and the summary." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print each document's reader and every note the reader made." };
        var failIfEmpty = new Option<bool>("--fail-if-empty") { Description = $"Exit 2 when the inputs hold nothing to convert (otherwise exit 0 with a note). [env: {Env.FailIfEmpty}]" };
        var command = new Command("convert", """
            Convert transcripts to the given formats. Unchanged inputs are skipped (see OUT/.pipeline/).

            Examples:
              pipeline convert input/ --out output/ --to tei,md
              pipeline convert interview.txt -o interview.pdf
              cat interview.txt | pipeline convert - --to md -o -
              pipeline convert notes.log --from text -o notes.docx
              pipeline convert 'archive/**/*.txt' --out build/ --to pdf --jobs 4 --report build/report.json
              PIPELINE_INPUT=/data/in PIPELINE_OUTPUT=/data/out pipeline convert --log-format json --shard 3/8
            """)
        {
            inputs, output, to, from, jobs, timeout, maxInputSize, strict, strictCodes, force, prune, report, logFormat, shard, pageSize, uiLanguage, keepIndex, quiet, verbose, failIfEmpty,
        };
        command.SetAction((parse, cancellation) =>
        {
            var source = new SettingSource(parse, context.Variable);
            if (parse.GetValue(quiet) && parse.GetValue(verbose))
                throw new UsageException("--quiet and --verbose together: choose one");
            var strictness = StrictOption.Read(parse, strict, strictCodes, source, Env.Strict);
            var settings = new ConvertSettings(
                Inputs(parse.GetValue(inputs) ?? [], source),
                source.Text(output, Env.Output, DefaultOutput),
                source.Text(to, Env.To, "all"),
                source.Integer(jobs, Env.Jobs, Environment.ProcessorCount),
                TimeoutOf(source.Number(timeout, Env.Timeout, DefaultTimeoutSeconds)),
                strictness is not null,
                source.Flag(force, Env.Force),
                source.Flag(prune, Env.Prune),
                source.OptionalText(report, Env.Report),
                source.Choice(logFormat, Env.LogFormat, "text", "text", "json") == "json" ? LogFormat.Json : LogFormat.Text,
                ShardOf(source.OptionalText(shard, Env.Shard), source),
                source.Choice(pageSize, Env.PageSize, "A4", "A4", "Letter"))
            {
                From = source.OptionalText(from, Env.From),
                FormatsGiven = parse.GetResult(to) is { Implicit: false } || source.Variable(Env.To) is not null,
                OutputGiven = parse.GetResult(output) is { Implicit: false } || source.Variable(Env.Output) is not null,
                Verbosity = parse.GetValue(quiet) ? Verbosity.Quiet : parse.GetValue(verbose) ? Verbosity.Verbose : Verbosity.Normal,
                FailIfEmpty = source.Flag(failIfEmpty, Env.FailIfEmpty),
                UiLanguage = source.LanguageTag(uiLanguage, Env.UiLanguage),
                KeepIndex = source.Flag(keepIndex, Env.KeepIndex),
                StrictCodes = strictness ?? new HashSet<DiagnosticCode>(),
                MaxInputSize = MaxInputSizeOf(source.OptionalText(maxInputSize, Env.MaxInputSize)),
            };
            return new ConvertRun(registry, context, messages).RunAsync(settings, cancellation);
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

    private static long? MaxInputSizeOf(string? text) =>
        text is null ? InputSizeLimit.Default
        : InputSizeLimit.TryParse(text, out var limit) ? limit
        : throw new UsageException($"max input size '{text}': expected bytes or a size such as 64MB or 1GB (0: no limit)");

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
