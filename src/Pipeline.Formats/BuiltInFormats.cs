namespace Pipeline.Formats;

/// <summary>The one place where the built-in readers and writers are registered.</summary>
public static class BuiltInFormats
{
    /// <summary>A registry with every built-in format.</summary>
    public static FormatRegistry CreateRegistry()
    {
        // Readers in sniffing order: the first that takes an input's ending (or its first bytes) reads it.
        IReader[] readers =
        [
            new Readers.Text.PlainTextReader(), new Readers.Html.HtmlReader(), new Readers.Markdown.MarkdownReader(),
            new Readers.Subtitles.WebVttReader(), new Readers.Subtitles.SrtReader(), new Readers.Tei.TeiReader(),
            new Readers.Csv.CsvReader(), new Readers.Docx.DocxReader(), new Readers.Xml.XmlTranscriptReader(),
            new Readers.Transcriber.TranscriberReader(),
        ];
        IWriter[] writers = [new Writers.Tei.TeiWriter(), new Writers.Markdown.MarkdownWriter(), new Writers.Docx.DocxWriter(), new Writers.Pdf.PdfWriter()];
        var registry = new FormatRegistry();
        foreach (var reader in readers)
            registry.Add(reader);
        foreach (var writer in writers)
            registry.Add(writer);
        return registry;
    }
}
