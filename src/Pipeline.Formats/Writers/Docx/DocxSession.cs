using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>What one DOCX write shares between its parts: the document, language, cleaner and footnote numbers.</summary>
internal sealed class DocxSession
{
    public DocxSession(TranscriptDocument document, WriterContext context)
    {
        Document = document;
        Context = context;
        Language = DocxLanguage.FromBcp47(document.Metadata.Language);
        Labels = DocxLabels.For(Language.PrimaryLanguage);
        Footnotes = new DocxFootnoteNumbering(document.Footnotes);
    }

    public TranscriptDocument Document { get; }

    public WriterContext Context { get; }

    public DocxLanguage Language { get; }

    public DocxLabels Labels { get; }

    public DocxTextCleaner Cleaner { get; } = new();

    public DocxFootnoteNumbering Footnotes { get; }

    public void Warn(string message) => Context.Report(Diagnostic.Warning("docx: " + message));
}
