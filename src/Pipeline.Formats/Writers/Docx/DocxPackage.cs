using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Assembles the WordprocessingML package, every part under a fixed relationship id so the output is repeatable.</summary>
internal static class DocxPackage
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string FooterId = "rIdFooter1";

    /// <summary>Writes the package (not yet re-zipped) for <paramref name="session"/> to <paramref name="stream"/>.</summary>
    public static void Write(DocxSession session, Stream stream)
    {
        using var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);

        // DeterministicZip re-zips every part anyway: deflating here too only doubled the compression work.
        package.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
        var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rIdMain");
        DocxStaticParts.Feed(main.AddNewPart<StyleDefinitionsPart>("rIdStyles"), DocxStaticParts.Styles(session.Language));
        DocxStaticParts.Feed(main.AddNewPart<DocumentSettingsPart>("rIdSettings"), DocxStaticParts.Settings);
        var footnotesPart = main.AddNewPart<FootnotesPart>("rIdFootnotes");
        DocxStaticParts.Feed(main.AddNewPart<FooterPart>(FooterId), DocxStaticParts.Footer(session.Words));

        var bodyInlines = new DocxInlines(session, main, nativeFootnotes: true);
        var footnotes = new DocxFootnotes(session, new DocxInlines(session, footnotesPart, nativeFootnotes: false));
        var body = new Body();
        var matter = new DocxMatter(session, bodyInlines);
        body.Append(new DocxTitleBlock(session, bodyInlines).Render());
        body.Append(matter.Front());
        body.Append(new DocxBody(session, bodyInlines).Render(session.Document.Blocks));
        body.Append(matter.Back());
        if (footnotes.ReferenceUnmarked() is { } unmarked)
            body.Append(unmarked);
        if (!body.HasChildren)
            body.Append(new Paragraph());
        body.Append(DocxPageSetup.Build(session.Context.Options.PageSize, FooterId));
        main.Document = new Document(body);
        footnotesPart.Footnotes = footnotes.Build();

        DocxProperties.WriteCore(package.AddNewPart<CoreFilePropertiesPart>("rIdCore"), session);
        DocxProperties.WriteApp(package.AddNewPart<ExtendedFilePropertiesPart>("rIdApp"), session);
        foreach (var duplicate in session.Footnotes.DuplicateIds)
            session.Warn(Core.Diagnostics.DiagnosticCode.DuplicateFootnoteId, $"more than one footnote has the id '{duplicate}'; only the first is used", ("footnote", duplicate));
    }
}
