using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>The paragraphs before the transcript: title (derived for untitled documents), subtitle, date and place, notes,
/// publisher, description, and the participants under a heading of their own, in the interface language.</summary>
internal sealed class DocxTitleBlock(DocxSession session, DocxInlines inlines)
{
    private const string Separator = " \u00B7 ";
    private const string Place = "title block";

    /// <summary>The title block: always the title, then what the metadata and participants have to show.</summary>
    public IEnumerable<Paragraph> Render()
    {
        var metadata = session.Document.Metadata;
        yield return Line(DocxStyleIds.Title, session.Title);
        if (Present(metadata.Subtitle) is { } subtitle)
            yield return Line(DocxStyleIds.Subtitle, subtitle);
        if (Joined(metadata.Date, metadata.Place) is { } when)
            yield return Line(DocxStyleIds.DocumentInfo, when);
        if (Joined([.. metadata.Notes.Select(n => "[" + n + "]")]) is { } notes)
            yield return Line(DocxStyleIds.DocumentInfo, notes);
        if (Joined(metadata.Publisher, metadata.Rights) is { } publisher)
            yield return Line(DocxStyleIds.DocumentInfo, publisher);
        if (Present(metadata.Description) is { } description)
            yield return Line(DocxStyleIds.DocumentInfo, description);
        if (!session.Document.Participants.IsEmpty)
            yield return Line(DocxStyleIds.ParticipantsHeading, session.Words.Participants);
        foreach (var participant in session.Document.Participants)
        {
            var content = new List<OpenXmlElement>();
            var name = string.IsNullOrWhiteSpace(participant.DisplayName) ? participant.Id : participant.DisplayName;
            Add(content, inlines.TextRun(name, new DocxRunFormat(DocxStyleIds.Speaker), Place));
            if (JoinedWith(", ", participant.IsGroup ? session.Words.Group : null, participant.Role is { } role ? session.Words.Role(role) : null, participant.Organisation) is { } about)
                Add(content, inlines.TextRun(" (" + about + ")", default, Place));
            yield return DocxParagraphs.Styled(DocxStyleIds.Participant, content);
        }
    }

    private Paragraph Line(string styleId, string text)
    {
        var content = new List<OpenXmlElement>();
        Add(content, inlines.TextRun(text, default, Place));
        return DocxParagraphs.Styled(styleId, content);
    }

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Joined(params string?[] values) => JoinedWith(Separator, values);

    private static string? JoinedWith(string separator, params string?[] values)
    {
        var present = values.Select(Present).OfType<string>().ToList();
        return present.Count == 0 ? null : string.Join(separator, present);
    }

    private static void Add(List<OpenXmlElement> elements, Run? run)
    {
        if (run is not null)
            elements.Add(run);
    }
}
