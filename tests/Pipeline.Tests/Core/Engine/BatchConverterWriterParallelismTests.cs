using Pipeline.Core.Diagnostics;
using Pipeline.Core.Engine;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Core.Engine;

/// <summary>A batch with fewer documents than jobs runs each document's writers side by side; what it reports must
/// not depend on which writer finished first.</summary>
public sealed class BatchConverterWriterParallelismTests
{
    private readonly string folder = RepoPaths.NewTempFolder();

    [Fact]
    public async Task Writers_running_side_by_side_report_outputs_and_diagnostics_in_writer_order()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 1);
        var registry = BuiltInFormats.CreateRegistry();
        registry.Add(new NoisyWriter("slow", ".slow.txt", 200)).Add(new NoisyWriter("fast", ".fast.txt", 0));
        var writers = new[] { registry.GetWriter("slow"), registry.GetWriter("tei"), registry.GetWriter("fast"), registry.GetWriter("md") };
        var options = new BatchOptions(Path.Combine(folder, "out"), writers, WriterOptions.Default, Jobs: 4);
        var results = new List<DocumentResult>();

        var summary = await new BatchConverter(registry).RunAsync(BatchFixtures.Inputs(input), options, results.Add, TestContext.Current.CancellationToken);

        Assert.Equal(1, summary.Converted);
        var result = Assert.Single(results);
        Assert.Equal([".slow.txt", ".tei.xml", ".fast.txt", ".md"], result.Outputs.Select(o => o[o.IndexOf('.', StringComparison.Ordinal)..]));
        Assert.Equal(["slow wrote", "fast wrote"], result.Diagnostics.Where(d => d.Message.EndsWith("wrote", StringComparison.Ordinal)).Select(d => d.Message));
        Assert.All(result.Outputs, o => Assert.True(new FileInfo(o).Length > 0, o));
    }

    [Fact]
    public async Task A_failing_writer_among_parallel_ones_fails_the_document_with_its_own_error()
    {
        var input = BatchFixtures.TranscriptFolder(folder, 1);
        var registry = BuiltInFormats.CreateRegistry();
        registry.Add(new BrokenWriter());
        var writers = new[] { registry.GetWriter("tei"), registry.GetWriter("broken"), registry.GetWriter("md") };
        var options = new BatchOptions(Path.Combine(folder, "out"), writers, WriterOptions.Default, Jobs: 4);
        var results = new List<DocumentResult>();

        var summary = await new BatchConverter(registry).RunAsync(BatchFixtures.Inputs(input), options, results.Add, TestContext.Current.CancellationToken);

        Assert.Equal(1, summary.Failed);
        Assert.Contains("the broken writer broke", Assert.Single(results).Error, StringComparison.Ordinal);
    }

    private sealed class NoisyWriter(string name, string extension, int delayMs) : IWriter
    {
        public string Name => name;

        public string Extension => extension;

        public string Description => "test writer";

        public void Write(TranscriptDocument document, Stream output, WriterContext context)
        {
            Thread.Sleep(delayMs);
            output.Write("x"u8);
            context.Report(Diagnostic.Info(DiagnosticCode.FootnoteInBack, name + " wrote"));
        }
    }

    private sealed class BrokenWriter : IWriter
    {
        public string Name => "broken";

        public string Extension => ".broken";

        public string Description => "test writer";

        public void Write(TranscriptDocument document, Stream output, WriterContext context) =>
            throw new InvalidOperationException("the broken writer broke");
    }
}
