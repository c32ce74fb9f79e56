namespace Pipeline.Core.Normalizing;

/// <summary>One line of source text with its inline formatting and position (1-based).</summary>
public sealed record SourceLine(ImmutableArray<Model.Inline> Content, int Line, int Column = 1)
{
    /// <summary>When the line was spoken, where the format says so (a subtitle cue's start): the start of a turn
    /// whose label opens this line.</summary>
    public TimeSpan? Time { get; init; }

    /// <summary>For a line joined from a label wrapped over two lines, the two lines as written (the broken word's hyphen
    /// and all): kept as one of the speaker's label forms, so every written word survives.</summary>
    public string? WrappedText { get; init; }
}

/// <summary>A paragraph as a reader found it (lines separated by blank lines in text, a <c>p</c> in HTML),
/// before any transcript convention is applied.</summary>
public sealed record SourceParagraph(ImmutableArray<SourceLine> Lines)
{
    public int Line => Lines.IsEmpty ? 0 : Lines[0].Line;

    /// <summary>What the format itself says the paragraph is: most formats only know text; Markdown and HTML know headings.</summary>
    public SourceParagraphKind Kind { get; init; } = SourceParagraphKind.Text;

    /// <summary>The heading level the format gives (1 = top), for <see cref="SourceParagraphKind.Heading"/>.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>The speaker when the format's structure, not a label, says who speaks (a question heading, a table column).</summary>
    public SpeakerHint? Speaker { get; init; }

    /// <summary>True when the format marks a change of speaker here without always naming them (a caption's
    /// <c>&gt;&gt;</c>, a subtitle's dialogue dash): unlabelled, the paragraph continues no earlier turn.</summary>
    public bool NewSpeaker { get; init; }

    /// <summary>True when the format marks the paragraph's white space as significant (a Markdown code block, verse):
    /// its runs of spaces are kept. Everywhere else they are collapsed to one space.</summary>
    public bool KeepsSpacing { get; init; }

    public static SourceParagraph FromText(string text, int line, int column = 1) =>
        new([new SourceLine([new Model.Text(text)], line, column)]);
}

/// <summary>What kind of paragraph a reader found.</summary>
public enum SourceParagraphKind
{
    /// <summary>Text, whose meaning the conventions decide.</summary>
    Text,

    /// <summary>A heading in the source format's own markup.</summary>
    Heading,

    /// <summary>Procedural text the format's markup sets apart from speech (HTML <c>class="procedural"</c>): a stage direction.</summary>
    StageDirection,
}

/// <summary>A speaker known from the source's structure.</summary>
/// <param name="Name">The speaker's name or label.</param>
/// <param name="Role">One of <see cref="Model.ParticipantRoles"/>, when the structure says.</param>
public sealed record SpeakerHint(string Name, string? Role = null)
{
    /// <summary>How the structure names the speaker: <see cref="Model.SpeakerAttribution.Inferred"/> when it only implies
    /// them (a question heading), <see cref="Model.SpeakerAttribution.Labelled"/> when it names them (a subtitle voice tag).</summary>
    public Model.SpeakerAttribution Attribution { get; init; } = Model.SpeakerAttribution.Inferred;
}

/// <summary>What a reader hands to the normaliser: the paragraphs plus facts only the reader knows.</summary>
/// <param name="Path">The input path, for diagnostics.</param>
/// <param name="Format">The reader's name.</param>
/// <param name="Encoding">How the bytes were decoded.</param>
/// <param name="Metadata">Metadata the format itself carries (an HTML title, a language attribute); the transcript's own text may add to it.</param>
/// <param name="Diagnostics">What the reader already had to say (e.g. the detected code page).</param>
/// <param name="FirstParagraphMayBeTitle">True for formats with no separate title field (plain text), where a first line can be the title.</param>
public sealed record NormalizerInput(
    string Path,
    string Format,
    string? Encoding,
    ImmutableArray<SourceParagraph> Paragraphs,
    Model.DocumentMetadata Metadata,
    ImmutableArray<Diagnostics.Diagnostic> Diagnostics,
    bool FirstParagraphMayBeTitle = true)
{
    /// <summary>Speakers the source names outside the text (front matter, a header): used when a paragraph has no label
    /// and only one speaker can have said it.</summary>
    public ImmutableArray<string> KnownSpeakers { get; init; } = [];

    /// <summary>Stops the normaliser between units when the engine gives up on the document (a timeout, a shutdown).</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>A reader's paragraphs for <paramref name="input"/> (its path and cancellation); a first paragraph may be
    /// the title unless the metadata has one or <paramref name="firstParagraphMayBeTitle"/> says otherwise.</summary>
    public static NormalizerInput For(Plugins.ReaderInput input, string format, string? encoding, ImmutableArray<SourceParagraph> paragraphs,
        Model.DocumentMetadata metadata, IEnumerable<Diagnostics.Diagnostic> diagnostics, bool? firstParagraphMayBeTitle = null) =>
        new(input.Path, format, encoding, paragraphs, metadata, [.. diagnostics], firstParagraphMayBeTitle ?? metadata.Title is null)
        {
            Cancellation = input.Cancellation,
        };
}
