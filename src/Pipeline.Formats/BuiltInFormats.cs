using Pipeline.Formats.Readers.Csv;
using Pipeline.Formats.Readers.Docx;
using Pipeline.Formats.Readers.Html;
using Pipeline.Formats.Readers.Markdown;
using Pipeline.Formats.Readers.Subtitles;
using Pipeline.Formats.Readers.Tei;
using Pipeline.Formats.Readers.Text;
using Pipeline.Formats.Readers.Transcriber;
using Pipeline.Formats.Readers.Xml;
using Pipeline.Formats.Writers.Docx;
using Pipeline.Formats.Writers.Markdown;
using Pipeline.Formats.Writers.Pdf;
using Pipeline.Formats.Writers.Tei;

namespace Pipeline.Formats;

/// <summary>The one place where the built-in readers and writers are registered.</summary>
public static class BuiltInFormats
{
    /// <summary>A registry with every built-in format.</summary>
    public static FormatRegistry CreateRegistry() => new FormatRegistry()
        .Add(new PlainTextReader())
        .Add(new HtmlReader())
        .Add(new MarkdownReader())
        .Add(new WebVttReader()).Add(new SrtReader())
        .Add(new TeiReader())
        .Add(new CsvReader())
        .Add(new DocxReader())
        .Add(new XmlTranscriptReader()).Add(new TranscriberReader())
        .Add(new TeiWriter())
        .Add(new MarkdownWriter())
        .Add(new DocxWriter())
        .Add(new PdfWriter());
}
