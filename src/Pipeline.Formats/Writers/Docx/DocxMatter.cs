namespace Pipeline.Formats.Writers.Docx;

/// <summary>Front and back matter: a record's caption, appearances and contents before the transcript (each printed line
/// kept), and its word index after it, only with <c>--keep-index</c>.</summary>
internal sealed class DocxMatter(DocxSession session, DocxInlines inlines)
{
    public void Front()
    {
        if (session.Document.Front is not { } front)
            return;
        foreach (var paragraph in front.Paragraphs)
            Paragraph(DocxStyleIds.DocumentInfo, paragraph.Content, "front matter");
    }

    public void Back()
    {
        if (!session.Context.Options.KeepIndex || session.Document.Index is not { Entries.IsEmpty: false } index)
            return;
        Paragraph(DocxStyleIds.Heading1, InlineText.Of(session.Words.Index), "index");
        foreach (var entry in index.Entries)
            Paragraph(DocxStyleIds.Normal, InlineText.Of((entry.Term + " " + string.Join(" ", entry.References)).Trim()), "index");
    }

    private void Paragraph(string styleId, ImmutableArray<Inline> content, DocxPlace place)
    {
        DocxParagraphs.Start(inlines.Writer, styleId);
        inlines.Render(content, place);
        DocxParagraphs.End(inlines.Writer);
    }
}
