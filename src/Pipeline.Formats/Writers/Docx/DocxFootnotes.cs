using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ModelFootnote = Pipeline.Core.Model.Footnote;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Footnote = DocumentFormat.OpenXml.Wordprocessing.Footnote;
using FootnoteReference = DocumentFormat.OpenXml.Wordprocessing.FootnoteReference;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Builds <c>footnotes.xml</c>: the separator (-1) and continuation separator (0), then the numbered footnotes.</summary>
internal sealed class DocxFootnotes(DocxSession session, DocxInlines inlines)
{
    /// <summary>The footnotes part content for every footnote the body numbered.</summary>
    public Footnotes Build()
    {
        var footnotes = new Footnotes(
            new Footnote(SeparatorParagraph(new SeparatorMark())) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(SeparatorParagraph(new ContinuationSeparatorMark())) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        var numbered = session.Footnotes.InNumberOrder;
        for (var i = 0; i < numbered.Count; i++)
            footnotes.Append(new Footnote(Paragraphs(numbered[i])) { Id = i + 1 });
        return footnotes;
    }

    /// <summary>A paragraph that refers to the footnotes no marker in the text referred to, so they are not lost; null when there are none.</summary>
    public Paragraph? ReferenceUnmarked()
    {
        var unmarked = session.Footnotes.Unnumbered.ToList();
        if (unmarked.Count == 0)
            return null;
        session.Warn(Core.Diagnostics.DiagnosticCode.FootnoteReferencedAtEnd, "footnote(s) " + string.Join(", ", unmarked.Select(f => f.Id)) +
                     " have no marker in the text; referenced at the end of the document", ("footnotes", string.Join(",", unmarked.Select(f => f.Id))));
        var content = new List<OpenXmlElement>();
        foreach (var footnote in unmarked)
        {
            if (content.Count > 0)
                content.Add(new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve }));
            content.Add(new Run(
                new RunProperties(new RunStyle { Val = DocxStyleIds.FootnoteReference }),
                new FootnoteReference { Id = session.Footnotes.Assign(footnote) }));
        }

        return DocxParagraphs.Styled(DocxStyleIds.EditorialNote, content);
    }

    private IEnumerable<Paragraph> Paragraphs(ModelFootnote footnote)
    {
        var place = "footnote " + footnote.Id;
        var mark = new Run(new RunProperties(new RunStyle { Val = DocxStyleIds.FootnoteReference }), new FootnoteReferenceMark());
        var space = new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve });
        if (footnote.Paragraphs.IsEmpty)
            return [DocxParagraphs.Styled(DocxStyleIds.FootnoteText, [mark])];
        return footnote.Paragraphs.Select((paragraph, index) =>
        {
            var content = index == 0 ? new List<OpenXmlElement> { mark, space } : [];
            content.AddRange(inlines.Render(paragraph.Content, place + " paragraph " + (index + 1).ToString(CultureInfo.InvariantCulture)));
            return DocxParagraphs.Styled(DocxStyleIds.FootnoteText, content);
        }).ToList();
    }

    private static Paragraph SeparatorParagraph(OpenXmlElement mark) => new(
        new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
        new Run(mark));
}
