using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Pipeline.Benchmarks.Generation;

namespace Pipeline.Benchmarks;

/// <summary>Settings of the macro benchmark (command-line options of the same name).</summary>
public sealed record MacroOptions
{
    /// <summary>Seed-sized documents in the main batch.</summary>
    public int Count { get; init; } = 1000;

    /// <summary>Documents per size in the scaling runs.</summary>
    public int ScaleCount { get; init; } = 10;

    /// <summary>Size factors of the scaling runs (1 = seed size, about 15 KB).</summary>
    public IReadOnlyList<int> Scales { get; init; } = [1, 10, 100];

    /// <summary>Documents converted by pandoc (three processes each).</summary>
    public int PandocSample { get; init; } = 20;

    /// <summary>Parallel jobs passed to <c>pipeline convert --jobs</c>.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Documents profiled in-process for the per-format share.</summary>
    public int ProfileCount { get; init; } = 100;

    /// <summary>When above zero, an extra batch of this many seed-sized documents for the peak-memory target.</summary>
    public int MemoryRun { get; init; }

    public string? Pipeline { get; init; }

    public string? Work { get; init; }

    public static MacroOptions Parse(IReadOnlyList<string> args)
    {
        var o = new MacroOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Int() => int.Parse(Next(), CultureInfo.InvariantCulture);
            o = args[i] switch
            {
                "--count" or "-n" => o with { Count = Int() },
                "--scale-count" => o with { ScaleCount = Int() },
                "--scales" => o with { Scales = [.. Next().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] },
                "--pandoc-sample" => o with { PandocSample = Int() },
                "--no-pandoc" => o with { PandocSample = 0 },
                "--no-scaling" => o with { Scales = [] },
                "--jobs" or "-j" => o with { Jobs = Int() },
                "--profile-count" => o with { ProfileCount = Int() },
                "--memory-run" => o with { MemoryRun = Int() },
                "--pipeline" => o with { Pipeline = Next() },
                "--work" => o with { Work = Next() },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return o;
    }
}

/// <summary>The macro benchmark: generates documents, runs the real <c>pipeline convert</c> (Release) over them as a
/// child process, and compares with pandoc run the way users run it (one process per file and format).</summary>
public sealed class Macro(MacroOptions options, TextWriter output)
{
    private static readonly string[] Formats = ["tei", "md", "docx", "pdf"];
    private readonly StringBuilder report = new();
    private readonly List<(string Target, string Goal, string Measured, bool? Met)> targets = [];

    public int Run()
    {
        var root = RepositoryRoot();
        var pipeline = options.Pipeline ?? EnsurePipeline(root);
        var work = options.Work ?? Path.Combine(Path.GetTempPath(), "pipeline-bench");
        // The previous run's files are moved aside now and deleted only after measuring: on ext4 without a journal,
        // creating thousands of files right after deleting thousands scans the freed inodes (60-360 s), which showed
        // up as 1.5-5 ms/doc of extra system time in the batch.
        var previous = Directory.Exists(work) ? $"{work}.previous-{Environment.ProcessId}" : null;
        if (previous is not null)
            Directory.Move(work, previous);
        Directory.CreateDirectory(work);
        try
        {
            return Measure(root, pipeline, work);
        }
        finally
        {
            if (previous is not null)
                Directory.Delete(previous, recursive: true);
        }
    }

    private int Measure(string root, string pipeline, string work)
    {
        Line("# Pipeline macro benchmark");
        Line();
        Line($"Command: `{Environment.CommandLine}` (run by `dotnet pwsh ./build.ps1 bench`)  ");
        Line($"Machine: {Machine()}  ");
        Line($"pipeline: `{pipeline}`, --jobs {options.Jobs}  ");
        Line($"Memory and CPU measured with {ChildProcess.MeasurementMethod}.  ");
        Line($"Work folder: {work}");
        Line();

        var startup = Startup(work, pipeline);
        Batch(work, pipeline, startup);
        Hearing(work, pipeline, startup);
        if (options.Scales.Count > 0)
            Scaling(work, pipeline, startup);
        if (options.MemoryRun > 0)
            MemoryRun(work, pipeline);
        Targets();

        var results = Path.Combine(root, "artifacts", "bench");
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, "results.md"), report.ToString());
        output.WriteLine();
        output.WriteLine($"(written to {Path.Combine(results, "results.md")})");
        return 0;
    }

    private RunCost Startup(string work, string pipeline)
    {
        var dir = Generate(Path.Combine(work, "startup"), 1, 1, seedBase: 900_000);
        var cost = Convert(pipeline, dir, Path.Combine(work, "startup-out"));
        Line($"Start-up: one seed-sized document, one process, all four formats: {Ms(cost.Wall)} wall, {Ms(cost.Cpu)} CPU, {Mb(cost.PeakRssBytes)} peak RSS. " +
             "This fixed cost (runtime start, JIT, font and style set-up) is in every batch below.");
        Line();
        Line("On a machine shared with other work, wall time includes waiting for a core; CPU time (user + system, all threads) does not. " +
             "Where they differ a lot, judge by CPU time: on an otherwise idle machine a batch takes at least CPU ÷ cores.");
        Line();
        return cost;
    }

    private void Batch(string work, string pipeline, RunCost startup)
    {
        var dir = Generate(Path.Combine(work, "batch"), options.Count, 1, seedBase: 1);
        var files = Directory.GetFiles(dir).Order(StringComparer.Ordinal).ToList();
        var inputBytes = files.Sum(f => new FileInfo(f).Length);
        var outDir = Path.Combine(work, "batch-out");
        var steal = new HostSteal();
        var cost = Convert(pipeline, dir, outDir);
        var stolen = steal.Share();
        var perDoc = cost.Wall / options.Count;

        Line($"## Batch: {options.Count} seed-sized documents (≈15 KB, ≈2,500 words each) → TEI, Markdown, DOCX, PDF");
        Line();
        Line("| documents | input MB | wall s | docs/s | input MB/s | CPU s | CPU ÷ cores s | peak RSS MB | wall ms/doc | CPU ms/doc |");
        Line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Line(Inv($"| {options.Count} | {inputBytes / 1e6:F1} | {cost.Wall.TotalSeconds:F2} | {options.Count / cost.Wall.TotalSeconds:F0} | {inputBytes / 1e6 / cost.Wall.TotalSeconds:F2} | {cost.Cpu.TotalSeconds:F2} | {cost.Cpu.TotalSeconds / Environment.ProcessorCount:F2} | {cost.PeakRssBytes / 1048576.0:F0} | {perDoc.TotalMilliseconds:F2} | {cost.Cpu.TotalMilliseconds / options.Count:F2} |"));
        Line();
        Line(Inv($"Net of the start-up run's CPU ({startup.Cpu.TotalSeconds:F2} s), each document costs {(cost.Cpu - startup.Cpu).TotalMilliseconds / Math.Max(1, options.Count - 1):F2} ms CPU, of which system time (kernel: file creation, writes, the `fsync` of every output and journal line) {cost.SystemCpu.TotalMilliseconds / options.Count:F2} ms. System time varies most between runs: on ext4 without a journal, creating files soon after many were deleted (an earlier run's outputs) scans the recently freed inodes for up to 6 minutes (this benchmark deletes its previous work folder only after measuring; anything else deleting many files just before inflates it)."));
        Line();
        Line(stolen is { } share
            ? Inv($"While the batch ran, the hypervisor gave {share:P1} of this machine's CPU time to other guests (`steal` in /proc/stat). It shows when the host was busy with other guests, whose load also contends for caches and memory: compare CPU figures between runs with similar steal.")
            : "Steal time unknown (no /proc/stat).");
        Line();
        Line("Output written: " + string.Join(", ", OutputSizes(outDir)));
        Line();
        targets.Add(($"{options.Count} seed-sized transcripts → 4 formats", options.Count == 1000 ? "≤ 10 s" : "≤ 10 s per 1,000",
            Inv($"{cost.Wall.TotalSeconds:F2} s wall; {cost.Cpu.TotalSeconds:F1} s CPU ÷ {Environment.ProcessorCount} cores = {cost.Cpu.TotalSeconds / Environment.ProcessorCount:F1} s"),
            cost.Wall.TotalSeconds * 1000 / options.Count <= 10));
        targets.Add(("CPU per seed-sized document (user + system ÷ documents)", "≤ 10 ms",
            Inv($"{cost.Cpu.TotalMilliseconds / options.Count:F2} ms ({(cost.Cpu - startup.Cpu).TotalMilliseconds / Math.Max(1, options.Count - 1):F2} ms net of start-up; system {cost.SystemCpu.TotalMilliseconds / options.Count:F2} ms; host steal {(stolen is { } s ? s.ToString("P1", CultureInfo.InvariantCulture) : "unknown")})"),
            cost.Cpu > TimeSpan.Zero ? cost.Cpu.TotalMilliseconds / options.Count <= 10 : (bool?)null));

        var sample = files.Take(Math.Min(options.ProfileCount, files.Count)).ToList();
        var profile = Profile.Run(sample);
        Line($"Per-stage share (in-process profile, one thread, {sample.Count} of the same documents; the `pipeline` process does not time its stages):");
        Line();
        Line(Profile.Table(profile, sample.Count));
        Line();

        if (options.PandocSample > 0)
            Pandoc(work, files.Take(options.PandocSample).ToList(), perDoc, cost.Cpu / options.Count);
    }

    private void Pandoc(string work, List<string> sample, TimeSpan pipelinePerDoc, TimeSpan pipelineCpuPerDoc)
    {
        var pandoc = new[] { "/usr/bin/pandoc", "/usr/local/bin/pandoc" }.FirstOrDefault(File.Exists);
        if (pandoc is null)
        {
            Line("pandoc not installed: no side-by-side comparison.");
            Line();
            return;
        }

        var outDir = Directory.CreateDirectory(Path.Combine(work, "pandoc-out")).FullName;
        var perFormat = new Dictionary<string, (TimeSpan Wall, TimeSpan Cpu)>();
        foreach (var (format, ext) in new[] { ("docx", ".docx"), ("tei", ".tei.xml"), ("markdown", ".md") })
        {
            var wall = TimeSpan.Zero;
            var cpu = TimeSpan.Zero;
            foreach (var file in sample)
            {
                var target = Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + ext);
                var cost = ChildProcess.Run(pandoc, ["-f", "markdown", "-t", format, "-s", file, "-o", target], log: output);
                wall += cost.Wall;
                cpu += cost.Cpu;
            }

            perFormat[format] = (wall, cpu);
        }

        var pandocWall = perFormat.Values.Aggregate(TimeSpan.Zero, (a, v) => a + v.Wall) / sample.Count;
        var pandocCpu = perFormat.Values.Aggregate(TimeSpan.Zero, (a, v) => a + v.Cpu) / sample.Count;
        var ratio = pandocWall / pipelinePerDoc;
        Line($"## Side by side with pandoc ({PandocVersion(pandoc)}), {sample.Count} of the same documents");
        Line();
        Line("pandoc runs one process per file and format (`pandoc -f markdown -t FORMAT -s IN -o OUT`), as users run it; the pipeline's cost per document is its batch wall time (CPU time) divided by the number of documents.");
        Line();
        Line("| tool | formats | wall ms/doc | CPU ms/doc |");
        Line("|---|---|---:|---:|");
        foreach (var (format, cost) in perFormat)
            Line(Inv($"| pandoc | {format} | {cost.Wall.TotalMilliseconds / sample.Count:F1} | {cost.Cpu.TotalMilliseconds / sample.Count:F1} |"));
        Line(Inv($"| pandoc | docx + tei + markdown | {pandocWall.TotalMilliseconds:F1} | {pandocCpu.TotalMilliseconds:F1} |"));
        Line(Inv($"| pipeline | tei + md + docx + pdf | {pipelinePerDoc.TotalMilliseconds:F2} | {pipelineCpuPerDoc.TotalMilliseconds:F2} |"));
        Line(Inv($"| **ratio** | pandoc 3 formats ÷ pipeline 4 formats | **{ratio:F1}×** | {(pipelineCpuPerDoc > TimeSpan.Zero ? pandocCpu / pipelineCpuPerDoc : 0):F1}× |"));
        Line();
        var cpuRatio = pipelineCpuPerDoc > TimeSpan.Zero ? pandocCpu / pipelineCpuPerDoc : 0;
        targets.Add(("per document vs pandoc (3 of the 4 formats)", "≥ 35× cheaper", Inv($"{ratio:F1}× wall, {cpuRatio:F1}× CPU"), ratio >= 35));
    }

    private void Hearing(string work, string pipeline, RunCost startup)
    {
        var dir = Directory.CreateDirectory(Path.Combine(work, "hearing")).FullName;
        var text = TranscriptGenerator.Generate(TranscriptShape.Hearing, 7);
        var file = Path.Combine(dir, "hearing.txt");
        File.WriteAllText(file, text);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        // Best of three fresh processes (the issue's measure): one run can land on a busy core.
        var cost = Enumerable.Range(0, 3).Select(i => Convert(pipeline, dir, Path.Combine(work, $"hearing-out-{i}"))).MinBy(c => c.Wall)!;
        var profile = Profile.Run([file], warmup: 1);
        var inProcess = profile.Aggregate(TimeSpan.Zero, (a, c) => a + c.Time);
        Line(Inv($"## One 85,000-word hearing ({words:N0} words, {new FileInfo(file).Length / 1e6:F2} MB) → all four formats"));
        Line();
        Line(Inv($"One process (best of three): {cost.Wall.TotalSeconds:F2} s wall, {cost.Cpu.TotalSeconds:F2} s CPU ({(cost.Cpu - startup.Cpu).TotalSeconds:F2} s CPU after subtracting the one-document start-up run), {Mb(cost.PeakRssBytes)} peak RSS. In-process, warm, one thread: {inProcess.TotalSeconds:F2} s {Profile.Unit}."));
        Line();
        Line(Profile.Table(profile, 1));
        Line();
        targets.Add(("85,000-word transcript → 4 formats (best of three)", "≤ 1 s", Inv($"{cost.Wall.TotalSeconds:F2} s wall / {cost.Cpu.TotalSeconds:F2} s CPU (one process); {inProcess.TotalSeconds:F2} s {Profile.Unit} warm in-process"), cost.Wall.TotalSeconds <= 1));
    }

    private void Scaling(string work, string pipeline, RunCost startup)
    {
        Line($"## Growth with input size: {options.ScaleCount} documents per run, each k × the seed size (k = 1 is ≈15 KB)");
        Line();
        Line("Same document count at every size, so input bytes grow k-fold. `net CPU` subtracts the CPU of the one-document start-up run (runtime start and JIT), which does not grow with input.");
        Line();
        Line("| k | input MB | wall s | CPU s | net CPU s | wall ÷ wall(1×) | net CPU ÷ net CPU(1×) | peak RSS MB |");
        Line("|---:|---:|---:|---:|---:|---:|---:|---:|");
        RunCost? first = null;
        double firstNet = 0;
        double lastRatio = 0;
        var maxScale = 0;
        var useCpu = startup.Cpu > TimeSpan.Zero;
        foreach (var scale in options.Scales)
        {
            var dir = Generate(Path.Combine(work, $"scale-{scale}"), options.ScaleCount, scale, seedBase: 10_000 * scale);
            var bytes = Directory.GetFiles(dir).Sum(f => new FileInfo(f).Length);
            var cost = Convert(pipeline, dir, Path.Combine(work, $"scale-{scale}-out"));
            var net = Math.Max(0.001, useCpu ? (cost.Cpu - startup.Cpu).TotalSeconds : (cost.Wall - startup.Wall).TotalSeconds);
            first ??= cost;
            if (firstNet == 0)
                firstNet = net;
            lastRatio = net / firstNet;
            maxScale = scale;
            Line(Inv($"| {scale} | {bytes / 1e6:F2} | {cost.Wall.TotalSeconds:F2} | {cost.Cpu.TotalSeconds:F2} | {net:F2} | {cost.Wall / first.Wall:F1} | {net / firstNet:F1} | {Mb(cost.PeakRssBytes, unit: false)} |"));
        }

        Line();
        if (maxScale > 1)
            targets.Add(($"time linear in input size ({maxScale}× input)", $"≤ {maxScale * 1.1:F0}× time", Inv($"{lastRatio:F1}× ({(useCpu ? "CPU" : "wall")}, net of start-up)"), lastRatio <= maxScale * 1.1));
    }

    private void MemoryRun(string work, string pipeline)
    {
        var dir = Generate(Path.Combine(work, "memory"), options.MemoryRun, 1, seedBase: 500_000);
        var cost = Convert(pipeline, dir, Path.Combine(work, "memory-out"));
        Line($"## Memory: {options.MemoryRun} seed-sized documents in one batch");
        Line();
        Line(Inv($"{cost.Wall.TotalSeconds:F1} s wall, {cost.Cpu.TotalSeconds:F1} s CPU, {options.MemoryRun / cost.Wall.TotalSeconds:F0} docs/s, **{Mb(cost.PeakRssBytes)} peak RSS**."));
        Line();
        targets.Add(($"peak memory, {options.MemoryRun}-document batch", "≤ 250 MB", Mb(cost.PeakRssBytes), cost.PeakRssBytes <= 250L * 1048576));
    }

    private void Targets()
    {
        Line("## Targets");
        Line();
        Line("| target | goal | measured | met |");
        Line("|---|---|---|---|");
        foreach (var t in targets)
            Line($"| {t.Target} | {t.Goal} | {t.Measured} | {(t.Met switch { true => "met", false => "**not met**", null => "not measured" })} |");
        if (options.MemoryRun == 0)
            Line("| peak memory, 10,000-document batch | ≤ 250 MB | not run (add `--memory-run 10000`) | — |");
        Line();
    }

    private RunCost Convert(string pipeline, string input, string outDir)
    {
        if (Directory.Exists(outDir))
            Directory.Delete(outDir, recursive: true);
        var cost = ChildProcess.Run(pipeline, ["convert", input, "--out", outDir, "--to", "all", "--jobs", options.Jobs.ToString(CultureInfo.InvariantCulture)], log: output);
        if (cost.ExitCode != 0)
            output.WriteLine($"  ! pipeline convert {input} exited {cost.ExitCode}; timings include failed documents");
        return cost;
    }

    /// <summary>Writes <paramref name="count"/> documents of <paramref name="scale"/> × the seed size, each from its own seed.</summary>
    private string Generate(string dir, int count, int scale, int seedBase)
    {
        Directory.CreateDirectory(dir);
        var clock = Stopwatch.StartNew();
        Parallel.For(0, count, i =>
        {
            var text = new TranscriptGenerator(seedBase + i).Interview(TranscriptGenerator.TargetBytes(TranscriptShape.Interview) * scale);
            File.WriteAllText(Path.Combine(dir, $"doc-{i:D5}.txt"), text);
        });
        output.WriteLine($"  (generated {count} × {scale}× documents in {clock.Elapsed.TotalSeconds:F1} s)");
        return dir;
    }

    private static IEnumerable<string> OutputSizes(string outDir)
    {
        var files = Directory.Exists(outDir) ? Directory.GetFiles(outDir, "*", SearchOption.AllDirectories) : [];
        foreach (var ext in new[] { ".tei.xml", ".md", ".docx", ".pdf" })
        {
            var matching = files.Where(f => f.EndsWith(ext, StringComparison.Ordinal)).ToList();
            yield return Inv($"{ext} {matching.Count} files, {matching.Sum(f => new FileInfo(f).Length) / 1e6:F1} MB");
        }
    }

    private static string EnsurePipeline(string root)
    {
        var bin = Path.Combine(root, "src", "Pipeline.Cli", "bin", "Release", "net10.0");
        var apphost = Path.Combine(bin, OperatingSystem.IsWindows() ? "pipeline.exe" : "pipeline");
        if (!File.Exists(apphost))
        {
            var build = Process.Start(new ProcessStartInfo("dotnet", ["build", Path.Combine(root, "src", "Pipeline.Cli"), "-c", "Release", "-nologo", "-v", "q"]))!;
            build.WaitForExit();
            if (build.ExitCode != 0 || !File.Exists(apphost))
                throw new InvalidOperationException("could not build src/Pipeline.Cli in Release");
        }

        return apphost;
    }

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
                    return dir.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository (no Pipeline.sln found)");
    }

    private static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), {memory ?? "? RAM"}, {RuntimeInformation.FrameworkDescription}";
    }

    private static string PandocVersion(string pandoc)
    {
        var info = new ProcessStartInfo(pandoc, "--version") { RedirectStandardOutput = true };
        using var p = Process.Start(info)!;
        var first = p.StandardOutput.ReadLine() ?? "pandoc";
        p.WaitForExit();
        return first.Trim();
    }

    private static string Ms(TimeSpan t) => Inv($"{t.TotalMilliseconds:F0} ms");

    private static string Mb(long bytes, bool unit = true) => Inv($"{bytes / 1048576.0:F0}{(unit ? " MB" : "")}");

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private void Line(string text = "")
    {
        report.AppendLine(text);
        output.WriteLine(text);
    }
}
