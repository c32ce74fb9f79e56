using System.Xml;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Writes <c>docProps/core.xml</c> (title, creator, dates, language, …) and <c>docProps/app.xml</c>.</summary>
/// <remarks>Written by hand with fixed prefixes: the SDK's PackageProperties would write a randomly named <c>.psmdcp</c>
/// part instead, which breaks determinism.</remarks>
internal static class DocxProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string DcmiType = "http://purl.org/dc/dcmitype/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private const string Ap = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";

    public static void WriteCore(Stream stream, DocxSession session)
    {
        var metadata = session.Document.Metadata;
        var date = DocxDocumentDate.ToW3c(DocxDocumentDate.Resolve(metadata.Date, session.Context.Options.BuildTime));
        // Clean in the order the fields are written, so the first place named in a diagnostic stays the same.
        var title = Optional(session.Title, session);
        var subject = Optional(metadata.Subtitle, session);
        var creator = Optional(Creator(session), session);
        var description = Optional(metadata.Description, session);
        var identifier = Optional(metadata.Identifier, session);

        using var writer = DocxXml.Part(stream);
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("cp", "coreProperties", Cp);
        writer.WriteAttributeString("xmlns", "cp", DocxXml.Xmlns, Cp);
        writer.WriteAttributeString("xmlns", "dc", DocxXml.Xmlns, Dc);
        writer.WriteAttributeString("xmlns", "dcterms", DocxXml.Xmlns, DcTerms);
        writer.WriteAttributeString("xmlns", "dcmitype", DocxXml.Xmlns, DcmiType);
        writer.WriteAttributeString("xmlns", "xsi", DocxXml.Xmlns, Xsi);
        Element(writer, "dc", "title", Dc, title);
        Element(writer, "dc", "subject", Dc, subject);
        Element(writer, "dc", "creator", Dc, creator);
        Element(writer, "dc", "description", Dc, description);
        Element(writer, "dc", "identifier", Dc, identifier);
        Element(writer, "dc", "language", Dc, session.Language.Tag);
        Date(writer, "created", date);
        Date(writer, "modified", date);
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>The company for <c>app.xml</c>: the publisher, cleaned (and reported where it had to be); null when there is none.</summary>
    public static string? Company(DocxSession session)
    {
        var publisher = session.Document.Metadata.Publisher;
        return string.IsNullOrWhiteSpace(publisher) ? null : session.Cleaner.Clean(publisher.Trim(), "metadata");
    }

    public static void WriteApp(Stream stream, string? company)
    {
        using var writer = DocxXml.Part(stream);
        writer.WriteStartDocument();
        writer.WriteStartElement("ap", "Properties", Ap);
        writer.WriteElementString("ap", "Application", Ap, "Pipeline");
        writer.WriteElementString("ap", "DocSecurity", Ap, "0");
        if (company is not null)
            writer.WriteElementString("ap", "Company", Ap, company);
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>The participants' names, or the publisher when nobody speaks.</summary>
    private static string? Creator(DocxSession session)
    {
        var participants = session.Document.Participants;
        if (participants.IsEmpty)
            return session.Document.Metadata.Publisher;
        var names = new string[participants.Length];
        for (var i = 0; i < names.Length; i++)
        {
            var p = participants[i];
            names[i] = string.IsNullOrWhiteSpace(p.DisplayName) ? p.Id : p.DisplayName.Trim();
        }

        return string.Join("; ", names);
    }

    private static string? Optional(string? value, DocxSession session)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var cleaned = session.Cleaner.Clean(value.Trim(), "metadata");
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static void Element(XmlWriter writer, string prefix, string name, string ns, string? value)
    {
        if (value is not null)
            writer.WriteElementString(prefix, name, ns, value);
    }

    private static void Date(XmlWriter writer, string name, string date)
    {
        writer.WriteStartElement("dcterms", name, DcTerms);
        writer.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
        writer.WriteString(date);
        writer.WriteEndElement();
    }
}
