using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Pipeline.Benchmarks;
using Pipeline.Benchmarks.Generation;

// dotnet run -c Release --project tests/Pipeline.Benchmarks [-- macro options]       the macro benchmark (default)
// dotnet run -c Release --project tests/Pipeline.Benchmarks -- micro [BenchmarkDotNet args, e.g. --job short --filter *Pdf*; add --inProcess on a busy machine]
// dotnet run -c Release --project tests/Pipeline.Benchmarks -- profile [interview|hearing|megabyte] [count]
// dotnet run -c Release --project tests/Pipeline.Benchmarks -- generate DIR [interview|hearing|megabyte] [count]
// dotnet run -c Release --project tests/Pipeline.Benchmarks -- growth [--dimensions footnote-markers,…] [--scales 1,10,100] [--to tei,md|all|none] [--pipeline PATH]
// dotnet run -c Release --project tests/Pipeline.Benchmarks -- hostile DIR footnote-markers|html-footnotes|markdown-footnotes|html-nesting|subtitle-cues|text-size SIZE
// build.ps1 bench puts `--pipeline PATH` first; a subcommand after it gets it back among its own options.
if (args.Length > 2 && args[0] == "--pipeline" && args[2] is "micro" or "profile" or "generate" or "growth" or "hostile")
    args = args[2] == "growth" ? [args[2], .. args[3..], args[0], args[1]] : args[2..];
switch (args.FirstOrDefault())
{
    case "growth":
        return new Growth(GrowthOptions.Parse(args[1..]), Console.Out).Run();
    case "hostile":
    {
        var dimension = Enum.Parse<GrowthDimension>(args[2].Replace("-", ""), ignoreCase: true);
        var size = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
        var path = Path.Combine(Directory.CreateDirectory(args[1]).FullName, $"{args[2]}-{size}{HostileInputs.Extension(dimension)}");
        File.WriteAllBytes(path, HostileInputs.Generate(dimension, size));
        Console.WriteLine(path);
        return 0;
    }
    case "micro":
        // BenchmarkDotNet builds a boilerplate project per job; its 2-minute default build timeout is too short on a
        // busy 2-core machine. `--inProcess` skips that build altogether.
        BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly)
            .Run(args[1..], ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15)));
        return 0;
    case "profile":
    {
        var shape = args.Length > 1 ? Enum.Parse<TranscriptShape>(args[1], ignoreCase: true) : TranscriptShape.Interview;
        var count = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 50;
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "pipeline-bench-profile")).FullName;
        var files = Enumerable.Range(0, count).Select(i =>
        {
            var path = Path.Combine(dir, $"{shape}-{i}.txt");
            File.WriteAllText(path, TranscriptGenerator.Generate(shape, i + 1));
            return path;
        }).ToList();
        Console.WriteLine(Profile.Table(Profile.Run(files), files.Count));
        Console.WriteLine();
        Console.WriteLine(PdfBreakdown.Run([.. files.Select(f => Stages.Normalize(Stages.DecodeAndRead(f, File.ReadAllBytes(f))))]));
        return 0;
    }
    case "generate":
    {
        var dir = Directory.CreateDirectory(args[1]).FullName;
        var shape = args.Length > 2 ? Enum.Parse<TranscriptShape>(args[2], ignoreCase: true) : TranscriptShape.Interview;
        var count = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1;
        for (var i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(dir, $"{shape.ToString().ToLowerInvariant()}-{i:D5}.txt"), TranscriptGenerator.Generate(shape, i + 1));
        return 0;
    }
    default:
        return new Macro(MacroOptions.Parse(args.FirstOrDefault() == "macro" ? args[1..] : args), Console.Out).Run();
}
