namespace Pipeline.Core.Model;

/// <summary>Enforces the model's invariants after reading (and after the sidecar), so writers can trust them: ids are
/// unique (participants, footnotes), every turn's speaker is a participant, every footnote reference has its footnote.
/// Each repair is reported as a diagnostic; nothing the source said is dropped.</summary>
public static class DocumentCheck
{
    /// <summary>The document with its invariants repaired (the same instance when nothing needed repair).</summary>
    public static TranscriptDocument Apply(TranscriptDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Participants.IsDefault || document.Blocks.IsDefault || document.Footnotes.IsDefault || document.Diagnostics.IsDefault)
            throw new ArgumentException("The document's lists must be set (empty, not default).", nameof(document));
        var diagnostics = new List<Diagnostic>();
        var participants = UniqueParticipants(document.Participants, diagnostics);
        participants = AddUnknownSpeakers(document.Blocks, participants, diagnostics);
        var footnotes = UniqueFootnotes(document.Footnotes, diagnostics);
        var repaired = document with { Participants = participants, Footnotes = footnotes };
        repaired = ResolveReferences(repaired, diagnostics);
        return diagnostics.Count == 0
            ? document
            : repaired with { Diagnostics = document.Diagnostics.AddRange(diagnostics) };
    }

    /// <summary>A second participant with an id already used is merged into the first: its label forms become the
    /// first's aliases.</summary>
    private static ImmutableArray<Participant> UniqueParticipants(ImmutableArray<Participant> participants, List<Diagnostic> diagnostics)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var unique = new List<Participant>();
        foreach (var participant in participants)
        {
            if (!index.TryGetValue(participant.Id, out var at))
            {
                index.Add(participant.Id, unique.Count);
                unique.Add(participant);
                continue;
            }

            var first = unique[at];
            var aliases = first.Aliases.Concat(participant.Aliases).Append(participant.DisplayName)
                .Where(a => a.Length > 0 && !string.Equals(a, first.DisplayName, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal);
            unique[at] = first with { Aliases = [.. aliases] };
            diagnostics.Add(Diagnostic.Warning(DiagnosticCode.CheckParticipantIdMerged, $"participant id '{participant.Id}' used twice ({first.DisplayName}, {participant.DisplayName}); the second merged into the first").With("id", participant.Id));
        }

        return unique.Count == participants.Length ? participants : [.. unique];
    }

    /// <summary>A turn whose speaker is no participant gets one, named by the id.</summary>
    private static ImmutableArray<Participant> AddUnknownSpeakers(ImmutableArray<Block> blocks, ImmutableArray<Participant> participants, List<Diagnostic> diagnostics)
    {
        var known = participants.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var added = new List<Participant>();
        foreach (var turn in blocks.OfType<Turn>())
        {
            if (!known.Add(turn.SpeakerId))
                continue;
            added.Add(new Participant(turn.SpeakerId, turn.SpeakerId, null, null, []));
            diagnostics.Add(Diagnostic.Warning(DiagnosticCode.CheckUnknownSpeakerAdded, $"turn by unknown participant '{turn.SpeakerId}'; added to the participants with that id as name").With("speaker", turn.SpeakerId));
        }

        return added.Count == 0 ? participants : participants.AddRange(added);
    }

    /// <summary>A second footnote with an id already used gets a fresh id (references keep pointing at the first).</summary>
    private static ImmutableArray<Footnote> UniqueFootnotes(ImmutableArray<Footnote> footnotes, List<Diagnostic> diagnostics)
    {
        var used = footnotes.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var renamed = false;
        var unique = footnotes.Select(footnote =>
        {
            if (seen.Add(footnote.Id))
                return footnote;
            var n = 2;
            while (used.Contains(footnote.Id + "-" + n.ToString(CultureInfo.InvariantCulture)))
                n++;
            var id = footnote.Id + "-" + n.ToString(CultureInfo.InvariantCulture);
            used.Add(id);
            seen.Add(id);
            renamed = true;
            diagnostics.Add(Diagnostic.Warning(DiagnosticCode.CheckFootnoteIdRenamed, $"footnote id '{footnote.Id}' used twice; the second footnote is now '{id}'").With("id", footnote.Id).With("newId", id));
            return footnote with { Id = id };
        }).ToImmutableArray();
        return renamed ? unique : footnotes;
    }

    /// <summary>A footnote reference with no footnote becomes its marker as text.</summary>
    private static TranscriptDocument ResolveReferences(TranscriptDocument document, List<Diagnostic> diagnostics)
    {
        var ids = document.Footnotes.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        return Walk.Map(document, inline =>
        {
            if (inline is not FootnoteReference reference || ids.Contains(reference.FootnoteId))
                return inline;
            diagnostics.Add(Diagnostic.Warning(DiagnosticCode.CheckFootnoteReferenceAsText, $"footnote reference '{reference.Marker}' points to no footnote ('{reference.FootnoteId}'); kept as text").With("marker", reference.Marker).With("footnote", reference.FootnoteId));
            return new Text(reference.Marker);
        });
    }
}
