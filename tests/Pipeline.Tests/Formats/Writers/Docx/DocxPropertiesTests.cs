using System.Xml.Linq;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Tests.TestSupport;
using static Pipeline.Tests.Formats.Writers.Docx.DocxDocuments;

namespace Pipeline.Tests.Formats.Writers.Docx;

public sealed class DocxPropertiesTests
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Ep = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";

    [Fact]
    public void Core_properties_carry_title_participants_date_and_language()
    {
        var core = DocxTestFile.Write(SampleDocuments.AllNodeTypes()).Part("docProps/core.xml").Root!;

        Assert.Equal("Every node type: a test transcript", core.Element(Dc + "title")!.Value);
        Assert.Equal("Generated for writer tests", core.Element(Dc + "subject")!.Value);
        Assert.Equal("Jane Smith; John Doe; Audience", core.Element(Dc + "creator")!.Value);
        Assert.Equal("en-US", core.Element(Dc + "language")!.Value);
        Assert.Equal("test-all-node-types", core.Element(Dc + "identifier")!.Value);
        Assert.Equal("2024-03-05T00:00:00Z", core.Element(DcTerms + "created")!.Value);
        Assert.Equal("2024-03-05T00:00:00Z", core.Element(DcTerms + "modified")!.Value);
        Assert.Equal("dcterms:W3CDTF", core.Element(DcTerms + "created")!.Attribute(XName.Get("type", "http://www.w3.org/2001/XMLSchema-instance"))!.Value);
    }

    [Theory]
    [InlineData("2021-06", null, "2021-06-01T00:00:00Z")]
    [InlineData("2021", null, "2021-01-01T00:00:00Z")]
    [InlineData("June 2021", 1700000000L, "2023-11-14T22:13:20Z")]
    [InlineData(null, 1700000000L, "2023-11-14T22:13:20Z")]
    [InlineData(null, null, "1980-01-01T00:00:00Z")]
    public void The_date_comes_from_the_document_else_the_build_time_else_1980(string? date, long? buildEpoch, string expected)
    {
        var document = SampleDocuments.Cyrillic() with { Metadata = SampleDocuments.Cyrillic().Metadata with { Date = date } };
        var options = new WriterOptions(buildEpoch is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null);

        var core = DocxTestFile.Write(document, options).Part("docProps/core.xml").Root!;

        Assert.Equal(expected, core.Element(DcTerms + "created")!.Value);
        Assert.Equal(expected, core.Element(DcTerms + "modified")!.Value);
    }

    [Fact]
    public void Without_participants_the_publisher_is_the_creator_and_the_company()
    {
        var document = With([], participants: [], metadata: new DocumentMetadata { Title = "Press release", Publisher = "Example Press", Language = "ru" });

        var file = DocxTestFile.Write(document);

        Assert.Equal("Example Press", file.Part("docProps/core.xml").Root!.Element(Dc + "creator")!.Value);
        Assert.Equal("ru-RU", file.Part("docProps/core.xml").Root!.Element(Dc + "language")!.Value);
        Assert.Equal("Example Press", file.Part("docProps/app.xml").Root!.Element(Ep + "Company")!.Value);
        Assert.Equal("Pipeline", file.Part("docProps/app.xml").Root!.Element(Ep + "Application")!.Value);
    }

    [Fact]
    public void Forbidden_characters_in_metadata_do_not_reach_core_xml()
    {
        var core = DocxTestFile.Write(SampleDocuments.HostileText()).Part("docProps/core.xml").Root!;

        Assert.Equal("Hostile <title> & \"text\"", core.Element(Dc + "title")!.Value);
        Assert.Equal("A <b>", core.Element(Dc + "creator")!.Value);
    }
}
