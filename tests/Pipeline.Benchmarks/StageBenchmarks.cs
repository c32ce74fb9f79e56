using System.Text;
using BenchmarkDotNet.Attributes;
using Pipeline.Benchmarks.Generation;
using Pipeline.Core.Model;
using Pipeline.Core.Normalizing;

namespace Pipeline.Benchmarks;

/// <summary>Per-stage micro benchmarks on generated documents of three sizes.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private byte[] bytes = [];
    private NormalizerInput input = null!;
    private TranscriptDocument document = null!;
    private readonly MemoryStream buffer = new();

    [Params(TranscriptShape.Interview, TranscriptShape.Hearing, TranscriptShape.Megabyte)]
    public TranscriptShape Shape { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        bytes = Encoding.UTF8.GetBytes(TranscriptGenerator.Generate(Shape, seed: 1));
        input = Stages.DecodeAndRead("bench.txt", bytes);
        document = Stages.Normalize(input);
    }

    [Benchmark(Description = "decode+read")]
    public NormalizerInput DecodeAndRead() => Stages.DecodeAndRead("bench.txt", bytes);

    [Benchmark(Description = "normalise")]
    public TranscriptDocument Normalize() => Stages.Normalize(input);

    [Benchmark(Description = "write tei")]
    public long Tei() => Stages.Write(Stages.Registry.GetWriter("tei"), document, buffer);

    [Benchmark(Description = "write md")]
    public long Markdown() => Stages.Write(Stages.Registry.GetWriter("md"), document, buffer);

    [Benchmark(Description = "write docx")]
    public long Docx() => Stages.Write(Stages.Registry.GetWriter("docx"), document, buffer);

    [Benchmark(Description = "write pdf")]
    public long Pdf() => Stages.Write(Stages.Registry.GetWriter("pdf"), document, buffer);
}
