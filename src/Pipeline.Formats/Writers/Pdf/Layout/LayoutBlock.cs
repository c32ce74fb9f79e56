namespace Pipeline.Formats.Writers.Pdf.Layout;

/// <summary>What a laid-out block is, for tagging and outlines.</summary>
public enum BlockRole
{
    Title,
    TitleDetail,
    Heading1,
    Heading2,
    Heading3,
    SpeakerLabel,
    Paragraph,
    Editorial,
    Footnote,
}

/// <summary>A block broken into lines, with its indent, the space above it, and whether it must stay on the page
/// of the block after it (headings, speaker labels).</summary>
/// <param name="OutlineTitle">The bookmark text for a heading, or null.</param>
/// <param name="NoteId">The identifier of a footnote (its tag's /ID), or null.</param>
public sealed record LayoutBlock(
    BlockRole Role,
    ImmutableArray<Line> Lines,
    double Indent = 0,
    double SpaceBefore = 0,
    bool KeepWithNext = false,
    string? OutlineTitle = null,
    string? NoteId = null)
{
    /// <summary>The height of all lines.</summary>
    public double Height
    {
        get
        {
            var height = 0.0;
            foreach (var line in Lines)
                height += line.Height;
            return height;
        }
    }
}

/// <summary>A footnote laid out at the footnote width, with its number.</summary>
public sealed record LayoutFootnote(string Id, int Number, LayoutBlock Block);

/// <summary>A line placed on a page; <see cref="Top"/> is measured from the top of the body area.</summary>
public sealed record PlacedLine(LayoutBlock Block, Line Line, double Top);

/// <summary>One page: body lines top to bottom, then the footnotes at its foot.</summary>
public sealed record PageLayout(ImmutableArray<PlacedLine> Body, ImmutableArray<PlacedLine> Footnotes);
