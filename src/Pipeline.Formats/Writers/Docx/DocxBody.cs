using ModelParagraph = Pipeline.Core.Model.Paragraph;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Writes the model's blocks as body paragraphs: headings, narrative, speaker turns and editorial notes.</summary>
/// <remarks>A heading is kept on the page of what it introduces: the heading styles keep with the next paragraph, and so
/// does every paragraph between a heading and the first paragraph of speech or narrative after it (a section summary, a
/// subheading), so a page never ends between a heading and its first turn.</remarks>
internal sealed class DocxBody(DocxSession session, DocxInlines inlines)
{
    /// <summary>Writes the paragraphs of every block, in order; returns how many paragraphs it wrote.</summary>
    public int Render(ImmutableArray<Block> blocks)
    {
        var number = 0;
        var paragraphs = 0;
        var afterHeading = false;
        foreach (var block in blocks)
        {
            session.Context.Cancellation.ThrowIfCancellationRequested();
            number++;
            var place = new DocxPlace("block", number);
            if (block is Turn or ModelParagraph)
                afterHeading = false;
            paragraphs += RenderBlock(block, place, keepWithNext: afterHeading && block is EditorialNote);
            if (block is Heading)
                afterHeading = true;
        }

        return paragraphs;
    }

    private int RenderBlock(Block block, DocxPlace place, bool keepWithNext)
    {
        switch (block)
        {
            case Heading heading:
                Paragraph(DocxStyleIds.ForHeading(heading.Level), heading.Content, place, keepWithNext);
                return 1;
            case ModelParagraph paragraph:
                Paragraph(DocxStyleIds.Normal, paragraph.Content, place, keepWithNext);
                return 1;
            case Turn turn:
                return RenderTurn(turn, place, keepWithNext);
            case EditorialNote note:
                foreach (var paragraph in note.Paragraphs)
                    Paragraph(DocxStyleIds.EditorialNote, paragraph.Content, place, keepWithNext);
                return note.Paragraphs.Length;
            default:
                throw new NotSupportedException($"The DOCX writer does not know the block {block.GetType().Name}.");
        }
    }

    private void Paragraph(string styleId, ImmutableArray<Inline> content, DocxPlace place, bool keepWithNext)
    {
        DocxParagraphs.Start(inlines.Writer, styleId, keepWithNext);
        inlines.Render(content, place);
        DocxParagraphs.End(inlines.Writer);
    }

    private int RenderTurn(Turn turn, DocxPlace place, bool keepWithNext)
    {
        var paraphrased = turn.Attribution == SpeakerAttribution.Paraphrased;
        var firstStyle = paraphrased ? DocxStyleIds.Paraphrase : DocxStyleIds.Turn;
        var nextStyle = paraphrased ? DocxStyleIds.ParaphraseContinuation : DocxStyleIds.TurnContinuation;

        // The second part of a turn a heading split is labelled "Name (continued):", so it reads as the same speech.
        var continued = turn.Continues ? " (" + session.Words.Continued + ")" : "";
        var label = SpeakerName(turn, place) + continued + ":";
        DocxParagraphs.Start(inlines.Writer, firstStyle, keepWithNext);
        inlines.TextRun(label, new DocxRunFormat(DocxStyleIds.Speaker), place);
        inlines.TextRun(" ", default, place);
        if (turn.Start is { } start)
        {
            inlines.TextRun(DocxInlines.FormatTime(start), new DocxRunFormat(DocxStyleIds.Timestamp), place);
            inlines.TextRun(" ", default, place);
        }

        if (turn.Paragraphs.IsEmpty)
        {
            DocxParagraphs.End(inlines.Writer);
            return 1;
        }

        inlines.Render(turn.Paragraphs[0].Content, place);
        DocxParagraphs.End(inlines.Writer);
        for (var i = 1; i < turn.Paragraphs.Length; i++)
            Paragraph(nextStyle, turn.Paragraphs[i].Content, place, keepWithNext);
        return turn.Paragraphs.Length;
    }

    private string SpeakerName(Turn turn, DocxPlace place)
    {
        var participant = session.Document.FindParticipant(turn.SpeakerId);
        if (participant is null)
            session.Warn(Core.Diagnostics.DiagnosticCode.UnknownSpeaker, $"{place}: speaker '{turn.SpeakerId}' is not among the participants; labelled with the id", ("speaker", turn.SpeakerId));
        var name = participant?.DisplayName;
        return string.IsNullOrWhiteSpace(name) ? turn.SpeakerId : name;
    }
}
