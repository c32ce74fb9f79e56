using Pipeline.Formats.Writers.Interface;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>What one DOCX write shares between its parts: the document, its title, language, interface words, cleaner
/// and footnote numbers.</summary>
internal sealed class DocxSession
{
    public DocxSession(TranscriptDocument document, WriterContext context)
    {
        Document = document;
        Context = context;
        Language = DocxLanguage.FromBcp47(document.Metadata.Language);
        Labels = DocxLabels.For(Language.PrimaryLanguage);
        Words = InterfaceWords.For(document.Metadata.Language, context.Options.UiLanguage);
        var title = DocumentTitle.Of(document);
        Title = title.Source == TitleSource.None ? Words.Untitled : title.Text;
        Footnotes = new DocxFootnoteNumbering(document.Footnotes);
    }

    public TranscriptDocument Document { get; }

    public WriterContext Context { get; }

    public DocxLanguage Language { get; }

    public DocxLabels Labels { get; }

    /// <summary>The words the writer adds (participants heading, roles, footer), in the interface language.</summary>
    public InterfaceWords Words { get; }

    /// <summary>The one title (<see cref="DocumentTitle"/>), derived for untitled documents.</summary>
    public string Title { get; }

    public DocxTextCleaner Cleaner { get; } = new();

    public DocxFootnoteNumbering Footnotes { get; }

    /// <summary>Reports a warning of <paramref name="code"/>, its message prefixed with <c>docx:</c> and its arguments
    /// given as name/value pairs after the format.</summary>
    public void Warn(DiagnosticCode code, string message, params (string Name, string Value)[] arguments) =>
        Context.Report(arguments.Aggregate(Diagnostic.Warning(code, "docx: " + message).With("format", "docx"), (d, a) => d.With(a.Name, a.Value)));
}
