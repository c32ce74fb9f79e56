using System.IO.Compression;
using System.Text;
using System.Xml;
using Pipeline.Formats.Writers.Docx;

namespace Pipeline.Tests.Formats.Writers.Docx;

/// <summary>The part writer against the XmlWriter it stands in for: the same calls must give the same bytes.</summary>
public sealed class DocxPartWriterTests
{
    private static readonly XmlWriterSettings PartSettings = new() { Encoding = new UTF8Encoding(false), Indent = false, CloseOutput = false };

    private static readonly string[] AllTexts = XmlWriterTexts.With(new string('x', 20_000) + "<" + new string('é', 9_000) + "\U0001F600");

    public static TheoryData<string> Texts => new(AllTexts);

    [Theory]
    [MemberData(nameof(Texts))]
    public void Writes_text_and_attributes_as_the_XmlWriter_does(string text)
    {
        Assert.Equal(Xml(XmlWriterCalls, text), Xml(PartWriterCalls, text));
    }

    [Fact]
    public void Writes_a_document_as_the_XmlWriter_does()
    {
        var texts = AllTexts;
        Assert.Equal(Xml(XmlWriterCalls, texts), Xml(PartWriterCalls, texts));
    }

    [Fact]
    public void Gives_the_same_deflated_bytes_as_the_XmlWriter_on_a_zip_entry()
    {
        var texts = Enumerable.Repeat(AllTexts, 5).SelectMany(t => t).ToArray();
        Assert.Equal(Zipped(s => DocxXml.Wordprocessing(s), texts), Zipped(s => XmlWriter.Create(s, PartSettings), texts));
    }

    [Theory]
    [InlineData(0x01)]
    [InlineData(0xFFFE)]
    [InlineData(0xFFFF)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    public void Throws_on_characters_XML_forbids(int forbidden)
    {
        // Also past a whole chunk of ASCII, where the part writer has written the text so far out.
        foreach (var before in new[] { "before ", new string('a', 7000) })
        {
            var text = before + (char)forbidden + " after";
            Assert.Throws<ArgumentException>(() => Xml(XmlWriterCalls, text));
            Assert.Throws<ArgumentException>(() => Xml(PartWriterCalls, text));
        }
    }

    [Fact]
    public void Throws_on_what_it_does_not_know()
    {
        using var stream = new MemoryStream();
        using var writer = DocxXml.Wordprocessing(stream);
        Assert.Throws<NotSupportedException>(() => writer.WriteStartElement("x", "root", "urn:other"));
        writer.WriteStartElement("w", "document", DocxXml.W);
        Assert.Throws<NotSupportedException>(() => writer.WriteAttributeString("r", "id", DocxXml.R, "rId1"));
        Assert.Throws<NotSupportedException>(() => writer.WriteComment("no"));
    }

    private static Func<Stream, XmlWriter> XmlWriterCalls => stream => XmlWriter.Create(stream, PartSettings);

    private static Func<Stream, XmlWriter> PartWriterCalls => DocxXml.Wordprocessing;

    private static string Xml(Func<Stream, XmlWriter> create, params string[] texts)
    {
        using var stream = new MemoryStream();
        using (var writer = create(stream))
            Write(writer, texts);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static byte[] Zipped(Func<Stream, XmlWriter> create, string[] texts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal);
            entry.LastWriteTime = DocxPackage.EntryTime;
            using var content = entry.Open();
            using var writer = create(content);
            Write(writer, texts);
        }

        return stream.ToArray();
    }

    /// <summary>Every shape the document and footnotes parts use, around each text.</summary>
    private static void Write(XmlWriter writer, string[] texts)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement("w", "document", DocxXml.W);
        writer.WriteStartElement("w", "body", DocxXml.W);
        foreach (var text in texts)
        {
            writer.WriteStartElement("w", "p", DocxXml.W);
            writer.WriteStartElement("w", "pPr", DocxXml.W);
            writer.WriteStartElement("w", "pStyle", DocxXml.W);
            writer.WriteAttributeString("w", "val", DocxXml.W, text);
            writer.WriteEndElement();
            writer.WriteStartElement("w", "keepNext", DocxXml.W);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteStartElement("w", "hyperlink", DocxXml.W);
            writer.WriteAttributeString("w", "history", DocxXml.W, "true");
            writer.WriteAttributeString("r", "id", DocxXml.R, "rIdLink1");
            writer.WriteStartElement("w", "r", DocxXml.W);
            writer.WriteStartElement("w", "footnoteReference", DocxXml.W);
            writer.WriteAttributeString("r", "id", DocxXml.R, "inside a declaring element");
            writer.WriteEndElement();
            writer.WriteStartElement("w", "t", DocxXml.W);
            writer.WriteAttributeString("xml", "space", null, "preserve");
            writer.WriteString(text);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteStartElement("w", "footerReference", DocxXml.W);
            writer.WriteAttributeString("w", "type", DocxXml.W, "default");
            writer.WriteAttributeString("r", "id", DocxXml.R, "rIdFooter1");
            writer.WriteEndElement();
            writer.WriteStartElement("w", "t", DocxXml.W);
            writer.WriteString(text);
            writer.WriteString(null);
            writer.WriteString(text);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        // Left open: closing the writer ends them, as the XmlWriter does.
        writer.WriteStartElement("w", "sectPr", DocxXml.W);
    }
}
