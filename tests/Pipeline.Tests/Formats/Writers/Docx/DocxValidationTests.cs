using System.Collections.Immutable;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Writers.Docx;

public sealed class DocxValidationTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Cases() => new()
    {
        { nameof(SampleDocuments.AllNodeTypes), "A4" },
        { nameof(SampleDocuments.AllNodeTypes), "Letter" },
        { nameof(SampleDocuments.HostileText), "A4" },
        { nameof(SampleDocuments.Cyrillic), "Letter" },
        { "Empty", "A4" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void OpenXmlValidator_reports_no_errors(string documentName, string pageSize)
    {
        var file = DocxTestFile.Write(Document(documentName), new WriterOptions(PageSize: pageSize));

        var errors = file.ValidationErrors();

        foreach (var error in errors)
            output.WriteLine(error);
        Assert.Empty(errors);
    }

    [Fact]
    public void Unknown_page_size_is_an_error_that_names_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => DocxTestFile.Write(SampleDocuments.Cyrillic(), new WriterOptions(PageSize: "A5")));

        Assert.Contains("A4, Letter", error.Message, StringComparison.Ordinal);
    }

    internal static TranscriptDocument Document(string name) => name switch
    {
        nameof(SampleDocuments.AllNodeTypes) => SampleDocuments.AllNodeTypes(),
        nameof(SampleDocuments.HostileText) => SampleDocuments.HostileText(),
        nameof(SampleDocuments.Cyrillic) => SampleDocuments.Cyrillic(),
        "Empty" => Empty(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown sample"),
    };

    internal static TranscriptDocument Empty() => new(
        DocumentMetadata.Empty, [], [], [], ImmutableArray<Pipeline.Core.Diagnostics.Diagnostic>.Empty, new SourceInfo("empty.txt", "test", null));
}
