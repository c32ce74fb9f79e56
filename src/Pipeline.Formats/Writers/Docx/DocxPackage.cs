using System.Collections.Concurrent;
using System.IO.Compression;
using System.Xml;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Writes the WordprocessingML package: every part that depends on the document streamed with an
/// <see cref="XmlWriter"/> straight into its zip entry, the parts that are the same for every document (or language)
/// compressed into zip entries once per process and copied in as they are; under fixed relationship ids, in a fixed
/// entry order, every entry stamped <see cref="EntryTime"/>, so the same document always gives the same bytes.</summary>
/// <remarks>Entry order: <c>[Content_Types].xml</c> first and <c>_rels/.rels</c> second, as Word and other consumers
/// expect; then the document before its relationships (the hyperlinks are known only once the body is written), the
/// footnotes (numbered by the body) and theirs, the static parts, and the properties last (their cleaning is reported
/// after the text's, as before).</remarks>
internal static class DocxPackage
{
    /// <summary>The time stamped on every entry: the earliest a zip (DOS) time can say.</summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private const string RelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string DocumentPart = "word/document.xml";
    private const string StylesPart = "word/styles.xml";
    private const string SettingsPart = "word/settings.xml";
    private const string FootnotesPart = "word/footnotes.xml";
    private const string FooterPart = "word/footer1.xml";
    private const string CorePart = "docProps/core.xml";
    private const string AppPart = "docProps/app.xml";
    private const string FooterId = "rIdFooter1";
    private const string DocumentRelationshipsPart = "word/_rels/document.xml.rels";

    private static readonly ConcurrentDictionary<(string Name, byte[] Bytes), DocxZipEntry> StaticEntries = new();

    /// <summary>The zip of the parts that depend on the document, kept per thread instead of grown anew for each one.</summary>
    private static readonly KeptBuffer DocumentArchives = new();

    /// <summary>The parts whose content type is not the default for <c>.xml</c> (the main document's), in the order
    /// <c>[Content_Types].xml</c> lists them.</summary>
    public static readonly (string Name, string ContentType)[] OverriddenContentTypes =
    [
        (StylesPart, "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
        (SettingsPart, "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
        (FootnotesPart, "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"),
        (FooterPart, "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"),
        (CorePart, "application/vnd.openxmlformats-package.core-properties+xml"),
        (AppPart, "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
    ];

    /// <summary>The package's relationships (<c>_rels/.rels</c>): id, type, target.</summary>
    public static readonly (string Id, string Type, string Target)[] PackageRelationships =
    [
        ("rIdMain", RelationshipTypes + "officeDocument", DocumentPart),
        ("rIdCore", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", CorePart),
        ("rIdApp", RelationshipTypes + "extended-properties", AppPart),
    ];

    /// <summary>The main document's relationships to the other parts: id, type, target.</summary>
    private static readonly (string Id, string Type, string Target)[] DocumentRelationships =
    [
        ("rIdStyles", RelationshipTypes + "styles", StylesPart),
        ("rIdSettings", RelationshipTypes + "settings", SettingsPart),
        ("rIdFootnotes", RelationshipTypes + "footnotes", FootnotesPart),
        (FooterId, RelationshipTypes + "footer", FooterPart),
    ];

    private static readonly Lazy<DocxZipEntry> UnlinkedDocumentRelationships =
        new(() => Zipped(DocumentRelationshipsPart, stream => WriteRelationships(stream, DocumentRelationships, new DocxHyperlinks())));

    private static readonly Lazy<DocxZipEntry> FootnotesWithoutNotes = new(() => Zipped(FootnotesPart, stream =>
    {
        using var writer = DocxXml.Wordprocessing(stream);
        DocxFootnotes.WriteWithoutNotes(writer);
    }));

    private static readonly Lazy<DocxZipEntry> AppWithoutCompany = new(() => Zipped(AppPart, stream => DocxProperties.WriteApp(stream, null)));

    /// <summary>Writes the package for <paramref name="session"/> to <paramref name="output"/> (left open).</summary>
    public static void Write(DocxSession session, Stream output)
    {
        var archive = DocumentArchives.Rent();
        try
        {
            var parts = WriteDocumentParts(session, archive);
            var written = DocxZipEntry.Read(archive.GetBuffer().AsMemory(0, (int)archive.Length));
            var entries = new DocxZipEntry[parts.Count];
            var next = 0;
            for (var i = 0; i < parts.Count; i++)
                entries[i] = parts[i] ?? written[next++];
            DocxZipEntry.WriteArchive(output, [
                StaticEntry("[Content_Types].xml", DocxStaticParts.ContentTypes),
                StaticEntry("_rels/.rels", DocxStaticParts.PackageRelationships),
                .. entries.AsSpan(..^2),
                StaticEntry(StylesPart, DocxStaticParts.Styles(session.Language)),
                StaticEntry(SettingsPart, DocxStaticParts.Settings),
                StaticEntry(FooterPart, DocxStaticParts.Footer(session.Words)),
                .. entries.AsSpan(^2..),
            ]);
        }
        finally
        {
            DocumentArchives.Return(archive);
        }

        foreach (var duplicate in session.Footnotes.DuplicateIds)
            session.Warn(Core.Diagnostics.DiagnosticCode.DuplicateFootnoteId, $"more than one footnote has the id '{duplicate}'; only the first is used", ("footnote", duplicate));
    }

    /// <summary>The zip entry of a part that is the same in every package, by name and (cached) bytes.</summary>
    private static DocxZipEntry StaticEntry(string name, byte[] bytes) =>
        StaticEntries.GetOrAdd((name, bytes), key => Zipped(key.Name, stream => stream.Write(key.Bytes)));

    /// <summary>The zip entry <paramref name="write"/> gives in an archive of its own.</summary>
    private static DocxZipEntry Zipped(string name, Action<Stream> write)
    {
        using var archive = new MemoryStream();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        using (var stream = Open(zip, name))
            write(stream);
        return DocxZipEntry.Read(archive.ToArray())[0];
    }

    /// <summary>Zips the parts that depend on the document, in package order: the document, its relationships, the
    /// footnotes (and theirs), the core and app properties. Returns them in that order: null for an entry written to
    /// <paramref name="archive"/>, the cached entry for a part that came out as in every document without hyperlinks
    /// (the document's relationships), footnotes (the footnotes part) or a publisher (the app properties), which is zipped
    /// once per process, the same way, instead of streamed through a writer and a compressor of its own for each document.</summary>
    private static List<DocxZipEntry?> WriteDocumentParts(DocxSession session, Stream archive)
    {
        var parts = new List<DocxZipEntry?>(6);
        using var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true);
        var bodyLinks = new DocxHyperlinks();
        using (var entry = Open(zip, DocumentPart))
        using (var writer = DocxXml.Wordprocessing(entry))
            WriteDocument(session, new DocxInlines(session, writer, bodyLinks, nativeFootnotes: true));
        parts.Add(null);
        if (bodyLinks.IsEmpty)
        {
            parts.Add(UnlinkedDocumentRelationships.Value);
        }
        else
        {
            using (var entry = Open(zip, DocumentRelationshipsPart))
                WriteRelationships(entry, DocumentRelationships, bodyLinks);
            parts.Add(null);
        }

        var noteLinks = new DocxHyperlinks();
        if (session.Footnotes.InNumberOrder.Count == 0)
        {
            parts.Add(FootnotesWithoutNotes.Value);
        }
        else
        {
            using (var entry = Open(zip, FootnotesPart))
            using (var writer = DocxXml.Wordprocessing(entry))
                DocxFootnotes.Write(session, new DocxInlines(session, writer, noteLinks, nativeFootnotes: false));
            parts.Add(null);
        }

        if (!noteLinks.IsEmpty)
        {
            using (var entry = Open(zip, "word/_rels/footnotes.xml.rels"))
                WriteRelationships(entry, [], noteLinks);
            parts.Add(null);
        }

        using (var entry = Open(zip, CorePart))
            DocxProperties.WriteCore(entry, session);
        parts.Add(null);
        var company = DocxProperties.Company(session);
        if (company is null)
        {
            parts.Add(AppWithoutCompany.Value);
        }
        else
        {
            using (var entry = Open(zip, AppPart))
                DocxProperties.WriteApp(entry, company);
            parts.Add(null);
        }

        return parts;
    }

    private static void WriteDocument(DocxSession session, DocxInlines inlines)
    {
        var writer = inlines.Writer;
        writer.WriteStartDocument();
        writer.WriteStartElement("w", "document", DocxXml.W);
        writer.WriteStartElement("w", "body", DocxXml.W);
        new DocxTitleBlock(session, inlines).Render();
        var matter = new DocxMatter(session, inlines);
        matter.Front();
        new DocxBody(session, inlines).Render(session.Document.Blocks);
        matter.Back();
        DocxFootnotes.WriteUnmarkedReference(session, inlines);
        DocxPageSetup.Write(writer, session.Context.Options.PageSize, FooterId);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static void WriteRelationships(Stream stream, (string Id, string Type, string Target)[] parts, DocxHyperlinks links)
    {
        using var writer = DocxXml.Package(stream);
        writer.WriteStartDocument();
        writer.WriteStartElement("Relationships", DocxXml.Relationships);
        foreach (var (id, type, target) in parts)
            DocxXml.Relationship(writer, type, "/" + target, external: false, id);
        links.WriteRelationships(writer);
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static Stream Open(ZipArchive zip, string name)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        return entry.Open();
    }

}
