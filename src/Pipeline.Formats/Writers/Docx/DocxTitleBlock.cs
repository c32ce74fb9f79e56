namespace Pipeline.Formats.Writers.Docx;

/// <summary>The paragraphs before the transcript: title (derived for untitled documents), subtitle, date and place, notes,
/// publisher, description, and the participants under a heading of their own, in the interface language.</summary>
internal sealed class DocxTitleBlock(DocxSession session, DocxInlines inlines)
{
    private const string Separator = " \u00B7 ";
    private const string Place = "title block";

    /// <summary>Writes the title block: always the title, then what the metadata and participants have to show.</summary>
    public void Render()
    {
        var metadata = session.Document.Metadata;
        Line(DocxStyleIds.Title, session.Title);
        if (Present(metadata.Subtitle) is { } subtitle)
            Line(DocxStyleIds.Subtitle, subtitle);
        if (Joined(metadata.Date, metadata.Place) is { } when)
            Line(DocxStyleIds.DocumentInfo, when);
        if (Joined([.. metadata.Notes.Select(n => "[" + n + "]")]) is { } notes)
            Line(DocxStyleIds.DocumentInfo, notes);
        if (Joined(metadata.Publisher, metadata.Rights) is { } publisher)
            Line(DocxStyleIds.DocumentInfo, publisher);
        if (Present(metadata.Description) is { } description)
            Line(DocxStyleIds.DocumentInfo, description);
        if (!session.Document.Participants.IsEmpty)
            Line(DocxStyleIds.ParticipantsHeading, session.Words.Participants);
        foreach (var participant in session.Document.Participants)
        {
            DocxParagraphs.Start(inlines.Writer, DocxStyleIds.Participant);
            var name = string.IsNullOrWhiteSpace(participant.DisplayName) ? participant.Id : participant.DisplayName;
            inlines.TextRun(name, new DocxRunFormat(DocxStyleIds.Speaker), Place);
            if (JoinedWith(", ", participant.IsGroup ? session.Words.Group : null, participant.Role is { } role ? session.Words.Role(role) : null, participant.Organisation) is { } about)
                inlines.TextRun(" (" + about + ")", default, Place);
            DocxParagraphs.End(inlines.Writer);
        }
    }

    private void Line(string styleId, string text)
    {
        DocxParagraphs.Start(inlines.Writer, styleId);
        inlines.TextRun(text, default, Place);
        DocxParagraphs.End(inlines.Writer);
    }

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Joined(params string?[] values) => JoinedWith(Separator, values);

    private static string? JoinedWith(string separator, params string?[] values)
    {
        string? joined = null;
        foreach (var value in values)
        {
            if (Present(value) is not { } present)
                continue;
            joined = joined is null ? present : joined + separator + present;
        }

        return joined;
    }
}
