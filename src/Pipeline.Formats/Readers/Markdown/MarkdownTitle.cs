namespace Pipeline.Formats.Readers.Markdown;

/// <summary>Takes the document title from a leading level-1 heading when the front matter gives none.</summary>
internal static class MarkdownTitle
{
    /// <summary>The metadata with a title; the heading it came from is removed from <paramref name="items"/>.
    /// A leading <c>#</c> heading is the title only when it is the document's one level-1 heading: several of them
    /// are sections.</summary>
    public static DocumentMetadata Take(List<MarkdownItem> items, DocumentMetadata metadata, List<Diagnostic> diagnostics)
    {
        if (metadata.Title is not null)
        {
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.TitleFromFrontMatter, "title taken from the front matter"));
            return metadata;
        }

        if (items is not [{ Kind: MarkdownItemKind.Heading, Level: 1 } first, ..] || items.Count(i => i is { Kind: MarkdownItemKind.Heading, Level: 1 }) != 1)
            return metadata;
        var title = first.PlainText.Trim();
        if (title.Length == 0)
            return metadata;
        items.RemoveAt(0);
        diagnostics.Add(Diagnostic.Info(DiagnosticCode.TitleFromHeading, "leading level-1 heading taken as the title", first.Line));
        return metadata with { Title = title };
    }
}
