using Pipeline.Formats.Writers.Pdf.Layout;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>Front and back matter: a record's caption, appearances and contents under the title block, each printed
/// line kept; its word index after the transcript, with a bookmark, only with <c>--keep-index</c>.</summary>
internal sealed partial class DocumentComposer
{
    private void ComposeFrontMatter()
    {
        if (document.Front is not { } front)
            return;
        var first = true;
        foreach (var paragraph in front.Paragraphs)
        {
            Add(BlockRole.TitleDetail, Inlines(paragraph.Content, PdfTheme.Detail), 0, first ? 12 : 6);
            first = false;
        }
    }

    private void ComposeIndex()
    {
        if (!options.KeepIndex || document.Index is not { Entries.IsEmpty: false } index)
            return;
        Add(BlockRole.Heading1, Runs(words.Index, PdfTheme.Heading1), 0, 20, keepWithNext: true, leading: 1.3, outline: words.Index);
        foreach (var entry in index.Entries)
        {
            cancellation.ThrowIfCancellationRequested();
            Add(BlockRole.Paragraph, Runs((entry.Term + " " + string.Join(" ", entry.References)).Trim(), PdfTheme.Detail), 0, 1);
        }
    }
}
