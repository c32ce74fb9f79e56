using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Pipeline.Formats.Writers.Docx;
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

    [Theory]
    [InlineData("A short title")]
    [InlineData("Long: past the XmlWriter's 6,143-byte chunk")]
    public void Core_properties_are_zipped_as_the_XmlWriter_zips_them(string title)
    {
        // Past one chunk, the compressor's output depends on where the writes cut the XML: the long values test that too.
        var longText = title.StartsWith("Long", StringComparison.Ordinal);
        var metadata = new DocumentMetadata
        {
            Title = longText ? title + new string('x', 5_000) + " <&> \"q\" " + new string('é', 2_000) + "\U0001F600" : title,
            Subtitle = "Sub & title",
            Description = longText ? new string('d', 7_000) + "\U0001F600" + new string('ж', 3_000) : "A <description>",
            Identifier = "id:1",
            Date = "2021-06-11",
        };
        var file = DocxTestFile.Write(With([], metadata: metadata));
        var core = file.Part("docProps/core.xml").Root!;

        var expected = ZippedWithXmlWriter(writer =>
        {
            writer.WriteStartDocument(standalone: true);
            writer.WriteStartElement("cp", "coreProperties", CorePropertiesNamespace);
            foreach (var (prefix, ns) in new[] { ("cp", CorePropertiesNamespace), ("dc", Dc.NamespaceName), ("dcterms", DcTerms.NamespaceName), ("dcmitype", "http://purl.org/dc/dcmitype/"), ("xsi", Xsi) })
                writer.WriteAttributeString("xmlns", prefix, "http://www.w3.org/2000/xmlns/", ns);
            foreach (var name in new[] { "title", "subject", "creator", "description", "identifier", "language" })
                writer.WriteElementString("dc", name, Dc.NamespaceName, core.Element(Dc + name)!.Value);
            foreach (var name in new[] { "created", "modified" })
            {
                writer.WriteStartElement("dcterms", name, DcTerms.NamespaceName);
                writer.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
                writer.WriteString(core.Element(DcTerms + name)!.Value);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        });

        var written = DocxZipEntry.Read(file.Bytes).Single(entry => Encoding.UTF8.GetString(entry.Central.Span[46..]).StartsWith("docProps/core.xml", StringComparison.Ordinal));
        Assert.Equal(metadata.Title, core.Element(Dc + "title")!.Value);
        Assert.Equal(expected.Local.ToArray(), written.Local.ToArray());
    }

    private const string CorePropertiesNamespace = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static DocxZipEntry ZippedWithXmlWriter(Action<XmlWriter> write)
    {
        using var archive = new MemoryStream();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("docProps/core.xml", CompressionLevel.Optimal);
            entry.LastWriteTime = DocxPackage.EntryTime;
            using var stream = entry.Open();
            using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, CloseOutput = false });
            write(writer);
        }

        return DocxZipEntry.Read(archive.ToArray())[0];
    }
}
