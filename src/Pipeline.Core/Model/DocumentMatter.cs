namespace Pipeline.Core.Model;

/// <summary>What a record prints before the transcript proper (a court transcript's caption, appearances and contents):
/// kept apart from the body so it is neither speech nor a section. Each paragraph keeps its printed lines as
/// <see cref="LineBreak"/>s.</summary>
public sealed record FrontMatterText(ImmutableArray<Paragraph> Paragraphs);

/// <summary>A word index printed after the transcript (<c>abiding 39:12</c>): back matter, written only when asked for.</summary>
/// <param name="Entries">The entries in reading order.</param>
/// <param name="PrintedLines">The source lines the index took, as printed: what a check that every word of the source
/// was kept or knowingly left out counts.</param>
public sealed record WordIndex(ImmutableArray<IndexEntry> Entries, ImmutableArray<string> PrintedLines)
{
    /// <summary>How many source lines the index took.</summary>
    public int Lines => PrintedLines.Length;
}

/// <summary>One index entry: a term and the places it points to, as printed (<c>39:3,10</c> is page 39, lines 3 and 10).</summary>
public sealed record IndexEntry(string Term, ImmutableArray<string> References);
