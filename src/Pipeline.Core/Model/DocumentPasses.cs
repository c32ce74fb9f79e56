using System.Runtime.CompilerServices;

namespace Pipeline.Core.Model;

/// <summary>The pre-passes every writer needs, computed once per document (on first use) and shared by every writer
/// of it: footnote numbers, content identifiers, sections, the participant index.</summary>
/// <remarks>The model is immutable, so a document's passes never go stale; they are kept beside the document
/// instance (<see cref="ConditionalWeakTable{TKey, TValue}"/>) and go when it goes.</remarks>
public sealed class DocumentPasses
{
    private static readonly ConditionalWeakTable<TranscriptDocument, DocumentPasses> Cache = [];

    private readonly Lazy<FootnoteOrder> footnotes;
    private readonly Lazy<string> contentUrn;
    private readonly Lazy<string> contentShortId;
    private readonly Lazy<ImmutableArray<Section>> sections;
    private readonly Lazy<ParticipantIndex> participants;

    private DocumentPasses(TranscriptDocument document)
    {
        footnotes = new(() => FootnoteOrder.Of(document));
        contentUrn = new(() => ContentId.Urn(document));
        contentShortId = new(() => ContentId.Short(document));
        sections = new(() => DocumentSections.Split(document.Blocks.IsDefault ? [] : document.Blocks));
        participants = new(() => new ParticipantIndex(document.Participants));
    }

    /// <summary>The names of the passes, in the order the data flow lists them (docs/architecture.md).</summary>
    public static IReadOnlyList<string> Names { get; } = ["footnote order", "content id", "sections", "participant index"];

    /// <summary>Footnote numbers (<see cref="FootnoteOrder"/>).</summary>
    public FootnoteOrder Footnotes => footnotes.Value;

    /// <summary>The content-derived <c>urn:uuid:</c> (<see cref="ContentId.Urn"/>).</summary>
    public string ContentUrn => contentUrn.Value;

    /// <summary>The content-derived <c>transcript-…</c> id (<see cref="ContentId.Short"/>).</summary>
    public string ContentShortId => contentShortId.Value;

    /// <summary>The blocks split at level-1 headings (<see cref="DocumentSections.Split"/>); the front matter first.</summary>
    public ImmutableArray<Section> Sections => sections.Value;

    /// <summary>Participants by id.</summary>
    public ParticipantIndex Participants => participants.Value;

    /// <summary>The passes of <paramref name="document"/>, computed on first use and then shared.</summary>
    public static DocumentPasses Of(TranscriptDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Cache.GetValue(document, d => new DocumentPasses(d));
    }
}

/// <summary>Participants by id: the first participant with an id wins, as in the model's order.</summary>
public sealed class ParticipantIndex
{
    private readonly Dictionary<string, Participant> byId = new(StringComparer.Ordinal);

    public ParticipantIndex(ImmutableArray<Participant> participants)
    {
        foreach (var participant in participants.IsDefault ? [] : participants)
            byId.TryAdd(participant.Id, participant);
    }

    /// <summary>The participant with this id, or null.</summary>
    public Participant? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>Whether a participant has this id.</summary>
    public bool Contains(string id) => byId.ContainsKey(id);
}
