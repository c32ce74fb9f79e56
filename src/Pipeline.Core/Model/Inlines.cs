namespace Pipeline.Core.Model;

/// <summary>An inline node. The cases are closed: every writer handles each one.</summary>
public abstract record Inline;

/// <summary>Plain text.</summary>
public sealed record Text(string Value) : Inline;

/// <summary>Emphasised text (italics).</summary>
public sealed record Emphasis(ImmutableArray<Inline> Content) : Inline;

/// <summary>Strongly emphasised text (bold).</summary>
public sealed record Strong(ImmutableArray<Inline> Content) : Inline;

/// <summary>A quotation marked up as such by the source.</summary>
public sealed record Quote(ImmutableArray<Inline> Content) : Inline;

/// <summary>A footnote marker at its place in the text.</summary>
/// <param name="FootnoteId">The <see cref="Footnote.Id"/> it refers to.</param>
/// <param name="Marker">The marker as the source wrote it.</param>
public sealed record FootnoteReference(string FootnoteId, string Marker) : Inline;

/// <summary>Something that happened rather than was said: laughter, crosstalk, an inaudible passage.</summary>
/// <param name="Kind">What kind of incident.</param>
/// <param name="Description">The source's words for it, without brackets (e.g. <c>laughter</c>).</param>
public sealed record Incident(IncidentKind Kind, string Description) : Inline;

/// <summary>The kinds of incident.</summary>
public enum IncidentKind
{
    Other,
    Laughter,
    Applause,
    Crosstalk,
    Inaudible,
    Pause,
    Noise,
}

/// <summary>A point in the recording.</summary>
/// <param name="Time">Offset from the start of the recording.</param>
/// <param name="Original">The source's text for it (e.g. <c>[00:01:23]</c>).</param>
public sealed record Timestamp(TimeSpan Time, string Original) : Inline;

/// <summary>A hyperlink.</summary>
public sealed record Link(string Target, ImmutableArray<Inline> Content) : Inline;

/// <summary>A line break inside a paragraph.</summary>
public sealed record LineBreak : Inline;
