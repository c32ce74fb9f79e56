using System.Xml;
using DocumentFormat.OpenXml.ExtendedProperties;
using DocumentFormat.OpenXml.Packaging;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Writes <c>docProps/core.xml</c> (title, creator, dates, language, …) and <c>docProps/app.xml</c>.</summary>
/// <remarks>core.xml is written by hand into a <see cref="CoreFilePropertiesPart"/>: the SDK's PackageProperties would write a
/// randomly named <c>.psmdcp</c> part instead, which breaks determinism.</remarks>
internal static class DocxProperties
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace DcmiType = "http://purl.org/dc/dcmitype/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void WriteCore(CoreFilePropertiesPart part, DocxSession session)
    {
        var metadata = session.Document.Metadata;
        var date = DocxDocumentDate.ToW3c(DocxDocumentDate.Resolve(metadata.Date, session.Context.Options.BuildTime));
        var root = new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms),
            new XAttribute(XNamespace.Xmlns + "dcmitype", DcmiType),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            Optional(Dc + "title", session.Title, session),
            Optional(Dc + "subject", metadata.Subtitle, session),
            Optional(Dc + "creator", Creator(session), session),
            Optional(Dc + "description", metadata.Description, session),
            Optional(Dc + "identifier", metadata.Identifier, session),
            new XElement(Dc + "language", session.Language.Tag),
            new XElement(DcTerms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date),
            new XElement(DcTerms + "modified", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date));
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false });
        new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), root).Save(writer);
    }

    public static void WriteApp(ExtendedFilePropertiesPart part, DocxSession session)
    {
        var properties = new Properties(new Application("Pipeline"), new DocumentSecurity("0"));
        var publisher = session.Document.Metadata.Publisher;
        if (!string.IsNullOrWhiteSpace(publisher))
            properties.Append(new Company(session.Cleaner.Clean(publisher.Trim(), "metadata")));
        part.Properties = properties;
    }

    /// <summary>The participants' names, or the publisher when nobody speaks.</summary>
    private static string? Creator(DocxSession session)
    {
        var names = session.Document.Participants
            .Select(p => string.IsNullOrWhiteSpace(p.DisplayName) ? p.Id : p.DisplayName.Trim())
            .ToList();
        return names.Count > 0 ? string.Join("; ", names) : session.Document.Metadata.Publisher;
    }

    private static XElement? Optional(XName name, string? value, DocxSession session)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var cleaned = session.Cleaner.Clean(value.Trim(), "metadata");
        return cleaned.Length == 0 ? null : new XElement(name, cleaned);
    }
}
