using System.Collections.Concurrent;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Pipeline.Formats.Writers.Interface;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>The parts that do not depend on a document's content — styles (by language), settings, footer (by
/// interface words) — serialized once per process by the Open XML SDK itself and then copied into every package as
/// bytes, so their element trees are not rebuilt and re-serialized for each document; and the package files that are the
/// same in every package (content types, package relationships), written once the way System.IO.Packaging wrote them.</summary>
internal static class DocxStaticParts
{
    private static readonly ConcurrentDictionary<DocxLanguage, byte[]> StylesByLanguage = new();
    private static readonly ConcurrentDictionary<(string Before, string Between, string After), byte[]> Footers = new();
    private static readonly Lazy<byte[]> SettingsPart = new(() => Serialize(main =>
    {
        var part = main.AddNewPart<DocumentSettingsPart>();
        part.Settings = DocxSettings.Build();
        return part.Settings;
    }));

    /// <summary>The bytes of <c>styles.xml</c> for a document in <paramref name="language"/>.</summary>
    public static byte[] Styles(DocxLanguage language) => StylesByLanguage.GetOrAdd(language, l => Serialize(main =>
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = DocxStyles.Build(l);
        return part.Styles;
    }));

    /// <summary>The bytes of <c>settings.xml</c>.</summary>
    public static byte[] Settings => SettingsPart.Value;

    /// <summary>The bytes of the footer part in the interface language of <paramref name="words"/>.</summary>
    public static byte[] Footer(InterfaceWords words) => Footers.GetOrAdd(words.PageOfParts(), _ => Serialize(main =>
    {
        var part = main.AddNewPart<FooterPart>();
        part.Footer = DocxFooter.Build(words);
        return part.Footer;
    }));

    /// <summary>The bytes of <c>[Content_Types].xml</c>: every package has the same parts.</summary>
    public static byte[] ContentTypes => ContentTypesPart.Value;

    /// <summary>The bytes of <c>_rels/.rels</c>.</summary>
    public static byte[] PackageRelationships => PackageRelationshipsPart.Value;

    private static readonly Lazy<byte[]> ContentTypesPart = new(() => Package(writer =>
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        writer.WriteStartElement("Types", ns);
        Default(writer, ns, "xml", DocxPackage.MainContentType);
        Default(writer, ns, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        foreach (var (name, type) in DocxPackage.OverriddenContentTypes)
        {
            writer.WriteStartElement("Override", ns);
            writer.WriteAttributeString("PartName", "/" + name);
            writer.WriteAttributeString("ContentType", type);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }));

    private static readonly Lazy<byte[]> PackageRelationshipsPart = new(() => Package(writer =>
    {
        writer.WriteStartElement("Relationships", DocxXml.Relationships);
        foreach (var (id, type, target) in DocxPackage.PackageRelationships)
            DocxXml.Relationship(writer, type, "/" + target, external: false, id);
        writer.WriteEndElement();
    }));

    private static void Default(System.Xml.XmlWriter writer, string ns, string extension, string type)
    {
        writer.WriteStartElement("Default", ns);
        writer.WriteAttributeString("Extension", extension);
        writer.WriteAttributeString("ContentType", type);
        writer.WriteEndElement();
    }

    /// <summary>A package file (content types, relationships) as System.IO.Packaging writes it.</summary>
    private static byte[] Package(Action<System.Xml.XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = DocxXml.Package(stream))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }

    /// <summary>What the SDK writes for a part's root element: built in a throw-away package, saved, read back.</summary>
    private static byte[] Serialize(Func<MainDocumentPart, OpenXmlPartRootElement> build)
    {
        using var stream = new MemoryStream();
        using var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var root = build(package.AddMainDocumentPart());
        root.Save();
        using var saved = root.OpenXmlPart!.GetStream(FileMode.Open, FileAccess.Read);
        using var copy = new MemoryStream();
        saved.CopyTo(copy);
        return copy.ToArray();
    }
}
