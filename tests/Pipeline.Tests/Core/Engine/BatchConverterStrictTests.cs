using Pipeline.Core.Diagnostics;
using Pipeline.Core.Engine;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Core.Engine;

/// <summary>Issue 11: <c>--strict</c> also fails on warnings a writer raises, and a failed document writes nothing.</summary>
public sealed class BatchConverterStrictTests
{
    private readonly string folder = RepoPaths.NewTempFolder();

    [Theory]
    [InlineData(false, DocumentStatus.Converted)]
    [InlineData(true, DocumentStatus.Failed)]
    public async Task A_writer_warning_fails_the_document_only_under_strict(bool strict, DocumentStatus expected)
    {
        var input = BatchFixtures.TranscriptFolder(folder, 1);
        var registry = BuiltInFormats.CreateRegistry().Add(new WarningWriter());
        var output = Path.Combine(folder, "out");
        var options = new BatchOptions(output, [registry.GetWriter("md"), registry.GetWriter("warn")], WriterOptions.Default, 1, strict);
        var results = new List<DocumentResult>();

        await new BatchConverter(registry).RunAsync(BatchFixtures.Inputs(input), options, results.Add, TestContext.Current.CancellationToken);

        var result = Assert.Single(results);
        Assert.Equal(expected, result.Status);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.CharactersRemoved);
        // All or none: under --strict not even the Markdown, which was written without complaint, appears.
        Assert.Equal(!strict, File.Exists(Path.Combine(output, "sub", "doc-000.md")));
        Assert.Empty(Directory.EnumerateFiles(output, AtomicFile.TemporaryPrefix + "*", SearchOption.AllDirectories));
    }

    private sealed class WarningWriter : IWriter
    {
        public string Name => "warn";
        public string Description => "writes one byte and warns";
        public string Extension => ".warn";

        public void Write(TranscriptDocument document, Stream output, WriterContext context)
        {
            output.WriteByte(1);
            context.Report(Diagnostic.Warning(DiagnosticCode.CharactersRemoved, "a character was dropped"));
        }
    }
}
