using System.CommandLine;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;

namespace Pipeline.Cli;

/// <summary><c>pipeline convert INPUT… --out DIR --to FORMATS</c>.</summary>
internal static class ConvertCommand
{
    public const string DefaultInput = "input";
    public const string DefaultOutput = "output";

    public static Command Create(FormatRegistry registry, TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders (searched recursively) or globs such as 'in/**/*.txt'.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Output folder; outputs keep the inputs' relative paths.", DefaultValueFactory = _ => DefaultOutput };
        var to = new Option<string>("--to", "-t") { Description = $"Output formats, comma-separated, or 'all' ({string.Join(", ", registry.Writers.Select(w => w.Name))}).", DefaultValueFactory = _ => "all" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Documents converted in parallel.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var strict = new Option<bool>("--strict") { Description = "Fail a document that has warnings." };
        var pageSize = new Option<string>("--page-size") { Description = "Page size for PDF and DOCX.", DefaultValueFactory = _ => "A4" };
        pageSize.AcceptOnlyFromAmong("A4", "Letter");
        var command = new Command("convert", """
            Convert transcripts to the given formats.

            Examples:
              pipeline convert input/ --out output/ --to tei,md
              pipeline convert interview.txt --to all
              pipeline convert 'archive/**/*.txt' --out build/ --to pdf --jobs 4
            """)
        {
            inputs, output, to, jobs, strict, pageSize,
        };
        command.SetAction((parse, cancellation) => RunAsync(
            registry,
            parse.GetValue(inputs) ?? [],
            parse.GetValue(output) ?? DefaultOutput,
            parse.GetValue(to) ?? "all",
            parse.GetValue(jobs),
            parse.GetValue(strict),
            parse.GetValue(pageSize) ?? "A4",
            stdout,
            stderr,
            cancellation));
        return command;
    }

    /// <summary>The embedded default: <c>input/</c> to <c>output/</c> in every format.</summary>
    public static Task<int> RunDefaultAsync(FormatRegistry registry, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        if (!Directory.Exists(DefaultInput))
        {
            stderr.WriteLine($"pipeline: no arguments given and no '{DefaultInput}/' folder here. Run 'pipeline --help' for usage.");
            return Task.FromResult(ExitCodes.Usage);
        }

        stdout.WriteLine($"Converting {DefaultInput}/ to {DefaultOutput}/ in every format (see 'pipeline --help' for more).");
        return RunAsync(registry, [DefaultInput], DefaultOutput, "all", Environment.ProcessorCount, false, "A4", stdout, stderr, cancellation);
    }

    private static async Task<int> RunAsync(
        FormatRegistry registry, string[] inputPaths, string outputFolder, string formats, int jobs, bool strict, string pageSize,
        TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        var writers = ParseFormats(registry, formats);
        if (jobs < 1)
            throw new UsageException("--jobs must be at least 1");
        IReadOnlyList<InputFile> inputs;
        try
        {
            inputs = InputDiscovery.Expand(inputPaths, f => registry.FindReader(f, []) is not null);
        }
        catch (FileNotFoundException ex)
        {
            throw new UsageException(ex.Message);
        }

        if (inputs.Count == 0)
            throw new UsageException($"no transcripts found in {string.Join(", ", inputPaths)}");

        var options = new BatchOptions(outputFolder, writers, WriterOptions.FromEnvironment(pageSize), jobs, strict);
        var gate = new object();
        var results = await new BatchConverter(registry).RunAsync(inputs, options, result =>
        {
            lock (gate)
                Report(result, stdout, stderr);
        }, cancellation);

        var failed = results.Count(r => r.Status == DocumentStatus.Failed);
        var warnings = results.Sum(r => r.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
        stdout.WriteLine($"{results.Count - failed} converted, {failed} failed, {warnings} warnings; {results.Sum(r => r.Outputs.Count)} files written to {outputFolder}");
        return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }

    private static void Report(DocumentResult result, TextWriter stdout, TextWriter stderr)
    {
        if (result.Status == DocumentStatus.Failed)
        {
            stderr.WriteLine($"error: {result.Error}");
            return;
        }

        stdout.WriteLine($"ok: {result.Input.DisplayPath} → {string.Join(", ", result.Outputs.Select(o => Path.GetRelativePath(Environment.CurrentDirectory, o)))}");
        foreach (var warning in result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
            stderr.WriteLine($"warning: {result.Input.DisplayPath}:{warning.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}: {warning.Message}");
    }

    private static List<IWriter> ParseFormats(FormatRegistry registry, string formats)
    {
        var names = formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
            throw new UsageException("--to needs at least one format");
        if (names.Any(n => n.Equals("all", StringComparison.OrdinalIgnoreCase)))
            return [.. registry.Writers];
        if (registry.Writers.Count == 0)
            throw new UsageException("no output formats are registered");
        return [.. names.Select(registry.GetWriter).Distinct()];
    }
}
