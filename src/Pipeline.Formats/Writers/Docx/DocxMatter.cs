using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Front and back matter: a record's caption, appearances and contents before the transcript (each printed line
/// kept), and its word index after it, only with <c>--keep-index</c>.</summary>
internal sealed class DocxMatter(DocxSession session, DocxInlines inlines)
{
    public IEnumerable<Paragraph> Front()
    {
        if (session.Document.Front is not { } front)
            yield break;
        foreach (var paragraph in front.Paragraphs)
            yield return DocxParagraphs.Styled(DocxStyleIds.DocumentInfo, inlines.Render(paragraph.Content, "front matter"));
    }

    public IEnumerable<Paragraph> Back()
    {
        if (!session.Context.Options.KeepIndex || session.Document.Index is not { Entries.IsEmpty: false } index)
            yield break;
        yield return DocxParagraphs.Styled(DocxStyleIds.Heading1, inlines.Render(InlineText.Of(session.Words.Index), "index"));
        foreach (var entry in index.Entries)
            yield return DocxParagraphs.Styled(DocxStyleIds.Normal, inlines.Render(InlineText.Of((entry.Term + " " + string.Join(" ", entry.References)).Trim()), "index"));
    }
}
