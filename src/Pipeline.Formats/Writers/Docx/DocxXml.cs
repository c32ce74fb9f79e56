using System.Xml;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>The namespaces, writer settings and a few element shapes every streamed part shares.</summary>
/// <remarks>The settings are those the Open XML SDK and System.IO.Packaging save with (UTF-8, no indentation), so a
/// part streamed here has the bytes the SDK's element tree used to give.</remarks>
internal static class DocxXml
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Parts (document, footnotes, properties): UTF-8 without a byte-order mark, as the SDK writes them.</summary>
    private static readonly XmlWriterSettings PartSettings = new() { Encoding = new UTF8Encoding(false), Indent = false, CloseOutput = false };

    /// <summary>Relationships and content types: UTF-8 with a byte-order mark, as System.IO.Packaging writes them.</summary>
    private static readonly XmlWriterSettings PackageSettings = new() { Encoding = new UTF8Encoding(true), Indent = false, CloseOutput = false };

    /// <summary>A writer for a part's XML on <paramref name="stream"/> (left open).</summary>
    public static XmlWriter Part(Stream stream) => XmlWriter.Create(stream, PartSettings);

    /// <summary>A writer for the document or footnotes part on <paramref name="stream"/> (left open): the same bytes as
    /// <see cref="Part"/> for the <c>w</c> and <c>r</c> namespaces these parts use, faster (<see cref="DocxPartWriter"/>).</summary>
    public static XmlWriter Wordprocessing(Stream stream) => new DocxPartWriter(stream);

    /// <summary>A writer for a package file (relationships, content types) on <paramref name="stream"/> (left open).</summary>
    public static XmlWriter Package(Stream stream) => XmlWriter.Create(stream, PackageSettings);

    /// <summary>Writes <c>&lt;w:name w:val="value" /&gt;</c>.</summary>
    public static void Val(XmlWriter writer, string name, string value)
    {
        writer.WriteStartElement("w", name, W);
        writer.WriteAttributeString("w", "val", W, value);
        writer.WriteEndElement();
    }

    /// <summary>Writes the empty element <c>&lt;w:name /&gt;</c>.</summary>
    public static void Empty(XmlWriter writer, string name)
    {
        writer.WriteStartElement("w", name, W);
        writer.WriteEndElement();
    }

    /// <summary>Writes one <c>Relationship</c> element of a relationships part.</summary>
    public static void Relationship(XmlWriter writer, string type, string target, bool external, string id)
    {
        writer.WriteStartElement("Relationship", Relationships);
        writer.WriteAttributeString("Type", type);
        writer.WriteAttributeString("Target", target);
        if (external)
            writer.WriteAttributeString("TargetMode", "External");
        writer.WriteAttributeString("Id", id);
        writer.WriteEndElement();
    }
}
