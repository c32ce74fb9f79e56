using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pipeline.Benchmarks.Generation;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Plugins;

namespace Pipeline.Benchmarks;

/// <summary>Settings of the growth benchmark (command-line options of the same name).</summary>
public sealed record GrowthOptions
{
    /// <summary>The dimensions to stretch (default: all).</summary>
    public IReadOnlyList<GrowthDimension> Dimensions { get; init; } = Enum.GetValues<GrowthDimension>();

    /// <summary>Size factors; each step from one to the next is judged.</summary>
    public IReadOnlyList<int> Scales { get; init; } = [1, 10, 100];

    /// <summary>Writers run after reading (names from the registry); empty: reading and normalising only.</summary>
    public IReadOnlyList<string> Writers { get; init; } = ["tei", "md"];

    /// <summary>A size is converted again until this much CPU time was spent on it (small inputs are timed over many runs).</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Time may grow at most this many times faster than the input (1.5: 10× the input in at most 15× the time).</summary>
    public double Tolerance { get; init; } = 1.5;

    /// <summary>The <c>pipeline</c> command for the memory check (null: no memory check).</summary>
    public string? Pipeline { get; init; }

    /// <summary>Size in MB of the plain-text transcript of the memory check.</summary>
    public int MemoryMegabytes { get; init; } = 20;

    /// <summary>Formats the memory check converts to.</summary>
    public string MemoryFormats { get; init; } = "all";

    public static GrowthOptions Parse(IReadOnlyList<string> args)
    {
        var o = new GrowthOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "--dimensions" => o with { Dimensions = [.. Next().Split(',').Select(d => Enum.Parse<GrowthDimension>(d.Replace("-", ""), ignoreCase: true))] },
                "--scales" => o with { Scales = [.. Next().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] },
                "--to" => o with { Writers = Next() is var to && to == "none" ? [] : to == "all" ? ["tei", "md", "docx", "pdf"] : to.Split(',') },
                "--budget-ms" => o with { Budget = TimeSpan.FromMilliseconds(int.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--tolerance" => o with { Tolerance = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--pipeline" => o with { Pipeline = Next() },
                "--memory-mb" => o with { MemoryMegabytes = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--memory-to" => o with { MemoryFormats = Next() },
                "--no-memory" => o with { MemoryMegabytes = 0 },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return o;
    }
}

/// <summary>The growth benchmark: each hostile dimension (footnote markers, HTML footnote links, Markdown footnotes,
/// HTML nesting, subtitle cues, plain-text size) at 1×, 10× and 100× its base size, read and written in this process,
/// timed by the process's CPU time (user + system, all threads: GC included, other processes' load not). A step fails
/// when its time grows more than <see cref="GrowthOptions.Tolerance"/> times faster than its input. Then, with a
/// <c>pipeline</c> command, the peak memory of converting a 20 MB transcript against ≈20× the input + 150 MB.
/// Exit code 1 when any check is not met.</summary>
public sealed class Growth(GrowthOptions options, TextWriter output)
{
    private readonly IReader[] readers = [.. Stages.Registry.Readers];
    private readonly IWriter[] writers = [.. options.Writers.Select(Stages.Registry.GetWriter)];
    private readonly MemoryStream buffer = new();

    public int Run()
    {
        var failures = 0;
        output.WriteLine("# Growth with input size");
        output.WriteLine();
        output.WriteLine(Inv($"Each input at {string.Join(", ", options.Scales.Select(s => s + "×"))} its base size; read, normalised and written ({(writers.Length == 0 ? "no writers" : string.Join(", ", options.Writers))}) in this process. ") +
                         Inv($"Time is process CPU time per conversion (runs repeated until {options.Budget.TotalSeconds:F1} s of CPU per size). ") +
                         Inv($"A step is met when time grows at most {options.Tolerance}× as fast as the input."));
        output.WriteLine();
        output.WriteLine("| dimension | size | input KB | outcome | CPU ms | runs | time ÷ previous | input ÷ previous | allowed | met? |");
        output.WriteLine("|---|---:|---:|---|---:|---:|---:|---:|---:|---|");
        foreach (var dimension in options.Dimensions)
        {
            Measure(dimension, HostileInputs.BaseSize(dimension)); // warm-up: JIT and first-use caches
            (double Cpu, long Bytes)? previous = null;
            foreach (var scale in options.Scales)
            {
                var size = HostileInputs.BaseSize(dimension) * scale;
                var (cpu, runs, bytes, outcome) = Measure(dimension, size);
                var cells = "| | | |";
                if (previous is { } p)
                {
                    var timeRatio = cpu / p.Cpu;
                    var inputRatio = (double)bytes / p.Bytes;
                    var allowed = inputRatio * options.Tolerance;
                    var met = timeRatio <= allowed;
                    failures += met ? 0 : 1;
                    cells = Inv($"{timeRatio:F1}× | {inputRatio:F1}× | ≤ {allowed:F1}× | {(met ? "yes" : "**not met**")} |");
                }

                output.WriteLine(Inv($"| {Name(dimension)} | {size:N0} {HostileInputs.Unit(dimension)} | {bytes / 1024.0:F0} | {outcome} | {cpu:F1} | {runs} | {cells}"));
                output.Flush();
                previous = (cpu, bytes);
            }
        }

        output.WriteLine();
        if (options.Pipeline is not null && options.MemoryMegabytes > 0)
            failures += Memory(options.Pipeline) ? 0 : 1;
        output.WriteLine(failures == 0 ? "Growth: every check met." : $"Growth: {failures} check(s) not met.");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>CPU milliseconds per conversion of the input at <paramref name="size"/>, the runs it took, the input's bytes and what became of it.</summary>
    private (double CpuMs, int Runs, long Bytes, string Outcome) Measure(GrowthDimension dimension, int size)
    {
        var bytes = HostileInputs.Generate(dimension, size);
        var path = $"growth-{Name(dimension)}-{size}{HostileInputs.Extension(dimension)}";
        var reader = readers.First(r => r.Extensions.Contains(HostileInputs.Extension(dimension)));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var start = process.TotalProcessorTime;
        var runs = 0;
        string outcome;
        TimeSpan spent;
        do
        {
            outcome = Convert(reader, path, bytes);
            runs++;
            process.Refresh();
            spent = process.TotalProcessorTime - start;
        }
        while (spent < options.Budget && runs < 1000);

        return (spent.TotalMilliseconds / runs, runs, bytes.Length, outcome);
    }

    private string Convert(IReader reader, string path, byte[] bytes)
    {
        try
        {
            var document = reader.Read(new ReaderInput(path, bytes));
            foreach (var writer in writers)
                Stages.Write(writer, document, buffer);
            return Inv($"{document.Blocks.Length} blocks, {document.Footnotes.Length} notes");
        }
        catch (TranscriptException ex)
        {
            return "refused: " + ex.Message[(ex.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..].Split(';')[0];
        }
    }

    /// <summary>Peak RSS of <c>pipeline convert</c> on a generated transcript of <see cref="GrowthOptions.MemoryMegabytes"/> MB.</summary>
    private bool Memory(string pipeline)
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "pipeline-growth-memory")).FullName;
        var input = Path.Combine(dir, "big.txt");
        File.WriteAllBytes(input, HostileInputs.Generate(GrowthDimension.TextSize, options.MemoryMegabytes * 1000));
        var inputBytes = new FileInfo(input).Length;
        var outDir = Path.Combine(dir, "out");
        if (Directory.Exists(outDir))
            Directory.Delete(outDir, recursive: true);
        var cost = ChildProcess.Run(pipeline, ["convert", input, "--out", outDir, "--to", options.MemoryFormats, "--force", "--timeout", "0", "-q"], log: output);
        var limit = 20 * inputBytes + 150L * 1024 * 1024;
        var met = cost.ExitCode == 0 && cost.PeakRssBytes <= limit;
        output.WriteLine(Inv($"Memory: `pipeline convert` of a {inputBytes / 1e6:F1} MB transcript to {options.MemoryFormats}: exit {cost.ExitCode}, {cost.Wall.TotalSeconds:F1} s wall, {cost.Cpu.TotalSeconds:F1} s CPU, ") +
                         Inv($"peak RSS {cost.PeakRssBytes / 1048576.0:F0} MB (limit 20 × input + 150 MB = {limit / 1048576.0:F0} MB): {(met ? "met" : "**not met**")} ({cost.Method})."));
        output.WriteLine();
        return met;
    }

    private static string Name(GrowthDimension dimension)
    {
        var name = new StringBuilder();
        foreach (var c in dimension.ToString())
        {
            if (char.IsUpper(c) && name.Length > 0)
                name.Append('-');
            name.Append(char.ToLowerInvariant(c));
        }

        return name.ToString();
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
