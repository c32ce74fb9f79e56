using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ModelParagraph = Pipeline.Core.Model.Paragraph;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Turns the model's blocks into body paragraphs: headings, narrative, speaker turns and editorial notes.</summary>
/// <remarks>A heading is kept on the page of what it introduces: the heading styles keep with the next paragraph, and so
/// does every paragraph between a heading and the first paragraph of speech or narrative after it (a section summary, a
/// subheading), so a page never ends between a heading and its first turn.</remarks>
internal sealed class DocxBody(DocxSession session, DocxInlines inlines)
{
    /// <summary>The paragraphs of every block, in order.</summary>
    public IEnumerable<Paragraph> Render(IEnumerable<Block> blocks)
    {
        var number = 0;
        var afterHeading = false;
        foreach (var block in blocks)
        {
            session.Context.Cancellation.ThrowIfCancellationRequested();
            number++;
            var place = "block " + number.ToString(CultureInfo.InvariantCulture);
            if (block is Turn or ModelParagraph)
                afterHeading = false;
            foreach (var paragraph in RenderBlock(block, place))
            {
                if (afterHeading && block is EditorialNote)
                    DocxParagraphs.KeepWithNext(paragraph);
                yield return paragraph;
            }

            if (block is Heading)
                afterHeading = true;
        }
    }

    private IEnumerable<Paragraph> RenderBlock(Block block, string place) => block switch
    {
        Heading heading => [DocxParagraphs.Styled(DocxStyleIds.ForHeading(heading.Level), inlines.Render(heading.Content, place))],
        ModelParagraph paragraph => [DocxParagraphs.Styled(DocxStyleIds.Normal, inlines.Render(paragraph.Content, place))],
        Turn turn => RenderTurn(turn, place),
        EditorialNote note => note.Paragraphs.Select(p => DocxParagraphs.Styled(DocxStyleIds.EditorialNote, inlines.Render(p.Content, place))),
        _ => throw new NotSupportedException($"The DOCX writer does not know the block {block.GetType().Name}."),
    };

    private IEnumerable<Paragraph> RenderTurn(Turn turn, string place)
    {
        var paraphrased = turn.Attribution == SpeakerAttribution.Paraphrased;
        var firstStyle = paraphrased ? DocxStyleIds.Paraphrase : DocxStyleIds.Turn;
        var nextStyle = paraphrased ? DocxStyleIds.ParaphraseContinuation : DocxStyleIds.TurnContinuation;

        var first = new List<OpenXmlElement>();
        // The second part of a turn a heading split is labelled "Name (continued):", so it reads as the same speech.
        var continued = turn.Continues ? " (" + session.Words.Continued + ")" : "";
        Add(first, inlines.TextRun(SpeakerName(turn, place) + continued + ":", new DocxRunFormat(DocxStyleIds.Speaker), place));
        Add(first, inlines.TextRun(" ", default, place));
        if (turn.Start is { } start)
        {
            Add(first, inlines.TextRun(DocxInlines.FormatTime(start), new DocxRunFormat(DocxStyleIds.Timestamp), place));
            Add(first, inlines.TextRun(" ", default, place));
        }

        if (turn.Paragraphs.IsEmpty)
        {
            yield return DocxParagraphs.Styled(firstStyle, first);
            yield break;
        }

        first.AddRange(inlines.Render(turn.Paragraphs[0].Content, place));
        yield return DocxParagraphs.Styled(firstStyle, first);
        foreach (var paragraph in turn.Paragraphs.Skip(1))
            yield return DocxParagraphs.Styled(nextStyle, inlines.Render(paragraph.Content, place));
    }

    private string SpeakerName(Turn turn, string place)
    {
        var participant = session.Document.FindParticipant(turn.SpeakerId);
        if (participant is null)
            session.Warn(Core.Diagnostics.DiagnosticCode.UnknownSpeaker, $"{place}: speaker '{turn.SpeakerId}' is not among the participants; labelled with the id", ("speaker", turn.SpeakerId));
        var name = participant?.DisplayName;
        return string.IsNullOrWhiteSpace(name) ? turn.SpeakerId : name;
    }

    private static void Add(List<OpenXmlElement> elements, Run? run)
    {
        if (run is not null)
            elements.Add(run);
    }
}
