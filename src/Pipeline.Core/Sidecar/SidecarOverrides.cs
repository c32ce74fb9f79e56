namespace Pipeline.Core.Sidecar;

/// <summary>Applies a sidecar to a document read from its transcript: metadata fields the sidecar gives win, and
/// participants the sidecar names (by display name, id or any label form) take its name, role and organisation;
/// several participants matching one sidecar speaker become one.</summary>
public static class SidecarOverrides
{
    public static TranscriptDocument Apply(TranscriptDocument document, SidecarMetadata sidecar)
    {
        var diagnostics = document.Diagnostics.ToBuilder();
        var metadata = document.Metadata.OverriddenBy(sidecar);

        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var participants = new List<Participant>();
        foreach (var participant in document.Participants)
        {
            var speaker = sidecar.Speakers.FirstOrDefault(s => Matches(s, participant));
            if (speaker is null)
            {
                participants.Add(participant);
                continue;
            }

            var id = speaker.Id ?? participants.FirstOrDefault(p => p.DisplayName == speaker.Name)?.Id ?? participant.Id;
            var existing = participants.FindIndex(p => p.Id == id);
            var aliases = participant.Aliases.AddRange(speaker.Aliases.IsDefault ? [] : speaker.Aliases);
            if (existing >= 0)
            {
                participants[existing] = participants[existing] with { Aliases = [.. participants[existing].Aliases.Concat(aliases).Distinct(StringComparer.Ordinal)] };
                diagnostics.Add(Diagnostic.Info(DiagnosticCode.SidecarParticipantMerged, $"sidecar: participant '{participant.Id}' merged into '{id}' ({speaker.Name})").With("participant", participant.Id).With("into", id).With("name", speaker.Name));
            }
            else
            {
                participants.Add(new Participant(id, speaker.Name, speaker.Role ?? participant.Role, speaker.Organisation ?? participant.Organisation, [.. aliases.Distinct(StringComparer.Ordinal)]));
                diagnostics.Add(Diagnostic.Info(DiagnosticCode.SidecarParticipantNamed, $"sidecar: participant '{participant.Id}' is {speaker.Name}").With("participant", participant.Id).With("name", speaker.Name));
            }

            renamed[participant.Id] = id;
        }

        foreach (var speaker in sidecar.Speakers.Where(s => !document.Participants.Any(p => Matches(s, p))))
            diagnostics.Add(Diagnostic.Warning(DiagnosticCode.SidecarSpeakerUnmatched, $"sidecar: speaker '{speaker.Name}' matches no participant of the transcript").With("name", speaker.Name));

        var blocks = document.Blocks.Select(b => b is Turn turn && renamed.TryGetValue(turn.SpeakerId, out var id) ? turn with { SpeakerId = id } : b).ToImmutableArray();
        return document with { Metadata = metadata, Participants = [.. participants], Blocks = blocks, Diagnostics = diagnostics.ToImmutable() };
    }

    private static bool Matches(SidecarSpeaker speaker, Participant participant)
    {
        var names = participant.Aliases.Append(participant.DisplayName).Append(participant.Id);
        var wanted = (speaker.Aliases.IsDefault ? [] : speaker.Aliases).Append(speaker.Name).Append(speaker.Id ?? "");
        return names.Any(n => wanted.Any(w => w.Length > 0 && string.Equals(n.Trim(), w.Trim(), StringComparison.OrdinalIgnoreCase)));
    }
}
