using System.Text;
using System.Xml;
using Pipeline.Formats.Writers.Tei;

namespace Pipeline.Tests.Formats.Writers.Tei;

/// <summary>The TEI XML writer against the XmlWriter it stands in for: the same calls must give the same bytes.</summary>
public sealed class TeiXmlWriterTests
{
    /// <summary>The settings the TEI writer used with the XmlWriter.</summary>
    private static readonly XmlWriterSettings TeiSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        OmitXmlDeclaration = false,
        CloseOutput = false,
        CheckCharacters = true,
        ConformanceLevel = ConformanceLevel.Document,
    };

    private static readonly string[] AllTexts = XmlWriterTexts.With(new string('x', 20_000) + "<" + new string('é', 9_000) + "\U0001F600" + new string('y', 17_000));

    public static TheoryData<string> Texts => new(AllTexts);

    [Theory]
    [MemberData(nameof(Texts))]
    public void Writes_text_and_attributes_as_the_XmlWriter_does(string text)
    {
        Assert.Equal(Xml(new XmlWriterCalls(), text), Xml(new TeiXmlWriterCalls(), text));
    }

    [Fact]
    public void Writes_a_document_as_the_XmlWriter_does()
    {
        var texts = Enumerable.Repeat(AllTexts, 3).SelectMany(t => t).ToArray();
        Assert.Equal(Xml(new XmlWriterCalls(), texts), Xml(new TeiXmlWriterCalls(), texts));
    }

    [Fact]
    public void Declares_the_TEI_namespace_on_the_root_element_after_its_attributes()
    {
        var xml = Xml(new TeiXmlWriterCalls());
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TEI xml:lang=\"en\" xmlns=\"http://www.tei-c.org/ns/1.0\">", xml, StringComparison.Ordinal);
        Assert.EndsWith("\n</div></back></TEI>", xml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x01)]
    [InlineData(0x1F)]
    [InlineData(0xFFFE)]
    [InlineData(0xFFFF)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    public void Throws_on_characters_XML_forbids(int forbidden)
    {
        var text = "before " + (char)forbidden + " after";
        Assert.Throws<ArgumentException>(() => Xml(new XmlWriterCalls(), text));
        Assert.Throws<ArgumentException>(() => Xml(new TeiXmlWriterCalls(), text));
    }

    private static string Xml(ICalls calls, params string[] texts)
    {
        using var stream = new MemoryStream();
        calls.Open(stream);
        try
        {
            Write(calls, texts);
        }
        finally
        {
            calls.Dispose();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Every shape the TEI writer uses, around each text: indented containers, empty elements, one-line
    /// elements with attributes, mixed content, and elements left open for closing to end.</summary>
    private static void Write(ICalls calls, string[] texts)
    {
        calls.StartDocument();
        calls.String("\n");
        calls.StartElement("TEI");
        calls.XmlAttribute("lang", "en");
        calls.String("\n  ");
        calls.StartElement("timeline");
        calls.Attribute("unit", "s");
        calls.String("\n    ");
        calls.StartElement("when");
        calls.XmlAttribute("id", "T0");
        calls.EndElement();
        calls.String("\n  ");
        calls.EndElement();
        foreach (var text in texts)
        {
            calls.String("\n  ");
            calls.StartElement("u");
            calls.Attribute("who", text);
            calls.Attribute("ana", "#paraphrase");
            calls.String(text);
            calls.StartElement("hi");
            calls.Attribute("rend", "italic");
            calls.String(text);
            calls.EndElement();
            calls.StartElement("time");
            calls.Attribute("synch", "#T0");
            calls.String("");
            calls.EndElement();
            calls.StartElement("lb");
            calls.EndElement();
            calls.String(text);
            calls.EndElement();
        }

        calls.String("\n  ");
        calls.StartElement("back");
        calls.String("\n    ");
        calls.StartElement("div");
        calls.String("\n");
    }

    /// <summary>The calls the TEI writer makes, on one writer or the other.</summary>
    private interface ICalls : IDisposable
    {
        void Open(Stream stream);

        void StartDocument();

        void StartElement(string name);

        void Attribute(string name, string value);

        void XmlAttribute(string localName, string value);

        void EndElement();

        void String(string text);
    }

    private sealed class XmlWriterCalls : ICalls
    {
        private XmlWriter writer = null!;

        public void Open(Stream stream) => writer = XmlWriter.Create(stream, TeiSettings);

        public void StartDocument() => writer.WriteStartDocument();

        public void StartElement(string name) => writer.WriteStartElement(name, TeiXmlWriter.Namespace);

        public void Attribute(string name, string value) => writer.WriteAttributeString(name, value);

        public void XmlAttribute(string localName, string value) =>
            writer.WriteAttributeString("xml", localName, "http://www.w3.org/XML/1998/namespace", value);

        public void EndElement() => writer.WriteEndElement();

        public void String(string text)
        {
            if (text.Trim().Length == 0 && text.Length > 0)
                writer.WriteWhitespace(text);
            else
                writer.WriteString(text);
        }

        public void Dispose() => writer.Dispose();
    }

    private sealed class TeiXmlWriterCalls : ICalls
    {
        private TeiXmlWriter writer = null!;

        public void Open(Stream stream) => writer = new TeiXmlWriter(stream);

        public void StartDocument() => writer.WriteStartDocument();

        public void StartElement(string name) => writer.WriteStartElement(name);

        public void Attribute(string name, string value) => writer.WriteAttribute(name, value);

        public void XmlAttribute(string localName, string value) => writer.WriteXmlAttribute(localName, value);

        public void EndElement() => writer.WriteEndElement();

        public void String(string text) => writer.WriteString(text);

        public void Dispose() => writer.Dispose();
    }
}
