namespace Pipeline.Core.Model;

/// <summary>The canonical, speaker-aware transcript: what every reader builds and every writer reads.</summary>
public sealed record TranscriptDocument(
    DocumentMetadata Metadata,
    ImmutableArray<Participant> Participants,
    ImmutableArray<Block> Blocks,
    ImmutableArray<Footnote> Footnotes,
    ImmutableArray<Diagnostic> Diagnostics,
    SourceInfo Source)
{
    /// <summary>What the record prints before the transcript proper, or null (see <see cref="Model.FrontMatterText"/>).</summary>
    public FrontMatterText? Front { get; init; }

    /// <summary>The word index printed after the transcript, or null (see <see cref="WordIndex"/>).</summary>
    public WordIndex? Index { get; init; }

    /// <summary>The participant with this id, or null.</summary>
    public Participant? FindParticipant(string id) => DocumentPasses.Of(this).Participants.Find(id);

    /// <summary>The footnote with this id, or null.</summary>
    public Footnote? FindFootnote(string id) =>
        Footnotes.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));
}

/// <summary>Where a document came from.</summary>
/// <param name="Path">The input path as given (relative where possible).</param>
/// <param name="Format">The reader that read it (e.g. <c>text</c>).</param>
/// <param name="Encoding">The character encoding the bytes were decoded with.</param>
public sealed record SourceInfo(string Path, string Format, string? Encoding);
