using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Tests.Formats.Readers.Docx;

/// <summary>Builds small Word documents in memory for the reader tests (invented content; no binary file in the tree).</summary>
internal sealed class DocxSample
{
    private readonly List<OpenXmlElement> body = [];
    private readonly List<Style> styles = [];
    private readonly List<(int Id, string Text)> footnotes = [];
    private readonly List<(int Id, string Text)> comments = [];
    private readonly List<(string Type, Uri Target)> external = [];

    public string? Title { get; init; }

    public string? Creator { get; init; }

    public string? Language { get; init; }

    public DateTime? Created { get; init; }

    public DocxSample Style(string id, string name, bool bold = false, bool italic = false, int? outline = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (outline is { } level)
            style.Append(new StyleParagraphProperties(new OutlineLevel { Val = level }));
        var run = new StyleRunProperties();
        if (bold)
            run.Append(new Bold());
        if (italic)
            run.Append(new Italic());
        if (run.HasChildren)
            style.Append(run);
        styles.Add(style);
        return this;
    }

    /// <summary>A paragraph in <paramref name="style"/> (null: none) holding <paramref name="content"/>: strings become plain runs.</summary>
    public DocxSample P(string? style, params object[] content)
    {
        var paragraph = new Paragraph();
        if (style is not null)
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        foreach (var item in content)
            paragraph.Append(item is string text ? R(text) : (OpenXmlElement)item);
        body.Add(paragraph);
        return this;
    }

    public DocxSample Table(params string[][] rows)
    {
        var table = new Table();
        foreach (var row in rows)
            table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(R(cell))))));
        body.Add(table);
        return this;
    }

    public DocxSample Footnote(int id, string text)
    {
        footnotes.Add((id, text));
        return this;
    }

    public DocxSample Comment(int id, string text)
    {
        comments.Add((id, text));
        return this;
    }

    public DocxSample External(string type, Uri target)
    {
        external.Add((type, target));
        return this;
    }

    public static Run R(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold)
                properties.Append(new Bold());
            if (italic)
                properties.Append(new Italic());
            run.Append(properties);
        }

        run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public static Run FootnoteRef(int id) => new(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = id });

    public static InsertedRun Inserted(string text) => new(R(text)) { Id = "1", Author = "Editor" };

    public static DeletedRun Deleted(string text) => new(new Run(new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve })) { Id = "2", Author = "Editor" };

    public static Run CommentRef(int id) => new(new CommentReference { Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(body.Select(e => e.CloneNode(true))));
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(styles.Select(s => s.CloneNode(true)));
            if (footnotes.Count > 0)
            {
                var notes = new Footnotes(
                    new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
                foreach (var (id, text) in footnotes)
                    notes.Append(new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), R(" " + text))) { Id = id });
                main.AddNewPart<FootnotesPart>().Footnotes = notes;
            }

            if (comments.Count > 0)
                main.AddNewPart<WordprocessingCommentsPart>().Comments = new Comments(comments.Select(c => new Comment(new Paragraph(R(c.Text))) { Id = c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Author = "Editor" }));
            foreach (var (type, target) in external)
                main.AddExternalRelationship(type, target);
            document.PackageProperties.Title = Title;
            document.PackageProperties.Creator = Creator;
            document.PackageProperties.Language = Language;
            document.PackageProperties.Created = Created;
        }

        return stream.ToArray();
    }
}
