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

        // The bytes (and chunks) an XmlWriter of DocxXml.Part writes for these calls, without building one per document.
        using var xml = new DocxXmlBuffer(stream);
        xml.Checked("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>"u8);
        xml.Tag("<"u8, "cp"u8, "coreProperties");
        xml.Declaration("cp"u8, Cp);
        xml.Declaration("dc"u8, Dc);
        xml.Declaration("dcterms"u8, DcTerms);
        xml.Declaration("dcmitype"u8, DcmiType);
        xml.Declaration("xsi"u8, Xsi);
        xml.Fixed(">"u8);
        Element(xml, "dc"u8, "title", title);
        Element(xml, "dc"u8, "subject", subject);
        Element(xml, "dc"u8, "creator", creator);
        Element(xml, "dc"u8, "description", description);
        Element(xml, "dc"u8, "identifier", identifier);
        Element(xml, "dc"u8, "language", session.Language.Tag);
        Date(xml, "created", date);
        Date(xml, "modified", date);
        xml.Tag("</"u8, "cp"u8, "coreProperties");
        xml.Fixed(">"u8);
        xml.Flush();
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

    /// <summary>As <see cref="XmlWriter.WriteElementString(string, string, string, string)"/>: empty text gives an empty element.</summary>
    private static void Element(DocxXmlBuffer xml, ReadOnlySpan<byte> prefix, string name, string? value)
    {
        if (value is null)
            return;
        xml.Tag("<"u8, prefix, name);
        if (value.Length == 0)
        {
            xml.Fixed(" />"u8);
            return;
        }

        xml.Fixed(">"u8);
        xml.Escaped(value, inAttribute: false);
        xml.Tag("</"u8, prefix, name);
        xml.Fixed(">"u8);
    }

    private static void Date(DocxXmlBuffer xml, string name, string date)
    {
        xml.Tag("<"u8, "dcterms"u8, name);
        xml.AttributeName("xsi", "type");
        xml.Escaped("dcterms:W3CDTF", inAttribute: true);
        xml.Fixed("\">"u8);
        xml.Escaped(date, inAttribute: false);
        xml.Tag("</"u8, "dcterms"u8, name);
        xml.Fixed(">"u8);
    }
}
