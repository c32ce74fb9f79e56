using System.Xml.Linq;
using Pipeline.Core.Plugins;
using Pipeline.Formats;
using Pipeline.Formats.Writers.Docx;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Writers.Docx;

public sealed class DocxDeterminismTests
{
    [Theory]
    [InlineData(nameof(SampleDocuments.AllNodeTypes))]
    [InlineData(nameof(SampleDocuments.HostileText))]
    [InlineData("Empty")]
    public void Two_runs_give_identical_bytes(string documentName)
    {
        var first = DocxTestFile.Write(DocxValidationTests.Document(documentName)).Bytes;
        var second = DocxTestFile.Write(DocxValidationTests.Document(documentName)).Bytes;

        Assert.Equal(first, second);
    }

    [Fact]
    public void Entries_come_in_a_fixed_order_with_a_fixed_time()
    {
        var entries = DocxTestFile.Write(SampleDocuments.AllNodeTypes()).Entries();

        // The package is written in one pass: a part's relationships follow the part (its hyperlinks are known only then).
        Assert.Equal(
        [
            "[Content_Types].xml", "_rels/.rels",
            "word/document.xml", "word/_rels/document.xml.rels",
            "word/footnotes.xml", "word/_rels/footnotes.xml.rels",
            "word/styles.xml", "word/settings.xml", "word/footer1.xml",
            "docProps/core.xml", "docProps/app.xml",
        ], entries.Select(e => e.FullName));
        Assert.All(entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Relationship_ids_are_the_fixed_ones()
    {
        var file = DocxTestFile.Write(SampleDocuments.AllNodeTypes());
        XNamespace rels = "http://schemas.openxmlformats.org/package/2006/relationships";

        var packageIds = file.Part("_rels/.rels").Descendants(rels + "Relationship").Select(r => r.Attribute("Id")!.Value).Order(StringComparer.Ordinal);
        var mainIds = file.Part("word/_rels/document.xml.rels").Descendants(rels + "Relationship").Select(r => r.Attribute("Id")!.Value).Order(StringComparer.Ordinal);

        Assert.Equal(["rIdApp", "rIdCore", "rIdMain"], packageIds);
        Assert.Equal(["rIdFooter1", "rIdFootnotes", "rIdLink1", "rIdSettings", "rIdStyles"], mainIds);
    }

    [Fact]
    public void The_registry_knows_the_writer_as_docx()
    {
        var writer = BuiltInFormats.CreateRegistry().GetWriter("docx");

        Assert.IsType<DocxWriter>(writer);
        Assert.Equal(".docx", writer.Extension);
    }

    [Fact]
    public void Writing_in_parallel_gives_the_same_bytes_as_writing_alone()
    {
        var writer = new DocxWriter();
        var expected = DocxTestFile.Write(SampleDocuments.AllNodeTypes()).Bytes;

        var results = Enumerable.Range(0, 8).AsParallel().Select(_ =>
        {
            using var output = new MemoryStream();
            writer.Write(SampleDocuments.AllNodeTypes(), output, new WriterContext());
            return output.ToArray();
        }).ToList();

        Assert.All(results, bytes => Assert.Equal(expected, bytes));
    }
}
