namespace Pipeline.Formats.Readers.Docx;

/// <summary>A piece of a paragraph: text with its run formatting, a note reference, or a line break.</summary>
internal abstract record DocxPiece;

/// <summary>Text of one run. <paramref name="Bold"/>/<paramref name="Italic"/> are the run's own formatting (its
/// properties and character style), <paramref name="Marked"/> says a character style or bold sets it apart.</summary>
internal sealed record DocxText(string Text, bool Bold, bool Italic, bool Marked) : DocxPiece;

/// <summary>A footnote or endnote reference.</summary>
internal sealed record DocxNoteReference(string NoteId) : DocxPiece;

/// <summary>A line break inside the paragraph (<c>w:br</c>, <c>w:cr</c>).</summary>
internal sealed record DocxBreak : DocxPiece;

/// <summary>One paragraph of the document as Word has it, before any transcript convention.</summary>
/// <param name="Number">1-based position among the document's paragraphs: the "line" of its diagnostics.</param>
internal sealed class DocxParagraph(int number, DocxStyle? style, int? outlineLevel, List<DocxPiece> pieces)
{
    private string? plain;

    public int Number { get; } = number;

    public DocxStyle? Style { get; } = style;

    public string StyleKey => Style?.Id ?? "";

    public int? OutlineLevel { get; } = outlineLevel;

    public List<DocxPiece> Pieces { get; } = pieces;

    /// <summary>Set for a row of a table that reads as speaker / text.</summary>
    public string? TableSpeaker { get; init; }

    public TimeSpan? TableTime { get; init; }

    public string? TableTimeText { get; init; }

    /// <summary>The paragraph's text, breaks as spaces, trimmed.</summary>
    public string Plain => plain ??= BuildPlain();

    public bool IsEmpty => Plain.Length == 0;

    private string BuildPlain()
    {
        var builder = new StringBuilder();
        foreach (var piece in Pieces)
        {
            if (piece is DocxText text)
                builder.Append(text.Text);
            else if (piece is DocxBreak)
                builder.Append(' ');
        }

        return builder.ToString().Trim();
    }
}
