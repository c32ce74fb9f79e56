namespace Pipeline.Formats.Writers.Docx;

/// <summary>Writes an editable Word document: real styles for speakers, turns and notes, native footnotes, page numbers.</summary>
public sealed class DocxWriter() : Writer("docx", ".docx",
    "Word document (DOCX): speaker-labelled turns in named styles, native footnotes, page numbers")
{
    protected override void WriteDocument(TranscriptDocument document, Stream output, WriterContext context)
    {
        var session = new DocxSession(document, context);
        DocxPackage.Write(session, output);
        session.Cleaner.ReportTo(context);
    }
}
