using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Writers.Docx;

namespace Pipeline.Tests.Formats.Writers.Docx;

/// <summary>A DOCX written by <see cref="DocxWriter"/> in memory, with ways to look inside it.</summary>
internal sealed class DocxTestFile
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private DocxTestFile(byte[] bytes, WriterContext context)
    {
        Bytes = bytes;
        Context = context;
    }

    public byte[] Bytes { get; }

    public WriterContext Context { get; }

    public static DocxTestFile Write(TranscriptDocument document, WriterOptions? options = null)
    {
        var context = new WriterContext(options);
        using var output = new MemoryStream();
        new DocxWriter().Write(document, output, context);
        return new DocxTestFile(output.ToArray(), context);
    }

    /// <summary>A zip entry parsed as XML.</summary>
    public XDocument Part(string entryName)
    {
        using var zip = new ZipArchive(new MemoryStream(Bytes), ZipArchiveMode.Read);
        var entry = zip.GetEntry(entryName) ?? throw new InvalidOperationException($"no entry {entryName}");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    public IReadOnlyList<ZipArchiveEntry> Entries()
    {
        using var zip = new ZipArchive(new MemoryStream(Bytes), ZipArchiveMode.Read);
        return zip.Entries.ToList();
    }

    public XElement Body => Part("word/document.xml").Root!.Element(W + "body")!;

    /// <summary>The body's paragraphs as (style id or null, visible text).</summary>
    public IReadOnlyList<(string? Style, string Text)> BodyParagraphs() =>
        Body.Elements(W + "p").Select(p => (StyleOf(p), TextOf(p))).ToList();

    public static string? StyleOf(XElement paragraph) =>
        paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")?.Value;

    /// <summary>The text of w:t elements, with w:br as a line feed and w:tab as a tab.</summary>
    public static string TextOf(XElement element) => string.Concat(element.Descendants()
        .Where(e => e.Name == W + "t" || e.Name == W + "br" || e.Name == W + "tab")
        .Select(e => e.Name == W + "t" ? e.Value : e.Name == W + "br" ? "\n" : "\t"));

    /// <summary>The validator's errors as readable lines (empty when the package is valid).</summary>
    public IReadOnlyList<string> ValidationErrors()
    {
        using var stream = new MemoryStream(Bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        return new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365)
            .Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    public string SaveTo(string folder, string name = "out.docx")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, Bytes);
        return path;
    }
}
