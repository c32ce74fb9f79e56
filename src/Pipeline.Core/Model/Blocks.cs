namespace Pipeline.Core.Model;

/// <summary>A block-level node. The cases are closed: every writer handles each one.</summary>
public abstract record Block;

/// <summary>A section heading. Level 1 is a section; deeper levels nest within it.</summary>
public sealed record Heading(int Level, ImmutableArray<Inline> Content) : Block;

/// <summary>Narrative text with no speaker.</summary>
public sealed record Paragraph(ImmutableArray<Inline> Content) : Block;

/// <summary>Consecutive paragraphs spoken by one participant.</summary>
/// <param name="SpeakerId">The <see cref="Participant.Id"/> of the speaker.</param>
/// <param name="Attribution">How the speaker was known.</param>
/// <param name="Paragraphs">At least one paragraph.</param>
/// <param name="Start">When the turn starts in the recording, if the transcript says.</param>
public sealed record Turn(
    string SpeakerId,
    SpeakerAttribution Attribution,
    ImmutableArray<Paragraph> Paragraphs,
    TimeSpan? Start = null) : Block
{
    /// <summary>True when this turn is the same speech as the nearest <see cref="Turn"/> before it in the blocks, which a
    /// heading or another non-speech block interrupted (an agenda heading printed inside the chair's speech): the speaker
    /// goes on without a new label. It is one turn in two parts, not a new turn: TEI links the two <c>u</c> with
    /// <c>@prev</c>/<c>@next</c>, the other writers show it as continued, and counts of turns skip it.</summary>
    public bool Continues { get; init; }
}

/// <summary>How a turn's speaker was known.</summary>
public enum SpeakerAttribution
{
    /// <summary>The text names the speaker with a label.</summary>
    Labelled,

    /// <summary>No label: the speaker was inferred from context (a continuation, an answer after a question).</summary>
    Inferred,

    /// <summary>The editor reports what the speaker said instead of quoting it (<c>[Putin: I don't remember.]</c>).</summary>
    Paraphrased,
}

/// <summary>Text by the editor rather than a speaker.</summary>
public sealed record EditorialNote(EditorialNoteKind Kind, ImmutableArray<Paragraph> Paragraphs) : Block;

/// <summary>What an editorial note does.</summary>
public enum EditorialNoteKind
{
    /// <summary>A remark in the flow of the transcript.</summary>
    Aside,

    /// <summary>An introduction before the transcript proper.</summary>
    Preamble,

    /// <summary>A summary of the section it follows the heading of.</summary>
    Summary,

    /// <summary>A description of what happens (<c>(The judges enter)</c>).</summary>
    StageDirection,
}

/// <summary>A footnote body; <see cref="FootnoteReference"/> inlines point to it.</summary>
/// <param name="Id">Stable id, a valid XML NCName (e.g. <c>fn1</c>).</param>
/// <param name="Marker">The marker as the source wrote it (<c>*</c>, <c>1</c>).</param>
public sealed record Footnote(string Id, string Marker, ImmutableArray<Paragraph> Paragraphs);
