using System.Text;
using Pipeline.Core.Model;

namespace Pipeline.CorpusCheck;

/// <summary>Speakers found against the gold labels: a gold label is found when a participant's name or one of its
/// label forms is the same once case, punctuation and spacing are set aside.</summary>
internal static class SpeakerMatch
{
    public static (int MatchedParticipants, int Participants, int MatchedGold, int Gold) Compare(IReadOnlyList<Participant> participants, IReadOnlyList<string> gold)
    {
        var goldKeys = gold.Select(Key).ToList();
        var matchedParticipants = participants.Count(p => Names(p).Any(goldKeys.Contains));
        var participantKeys = participants.SelectMany(Names).ToHashSet(StringComparer.Ordinal);
        var matchedGold = goldKeys.Count(participantKeys.Contains);
        return (matchedParticipants, participants.Count, matchedGold, gold.Count);
    }

    private static IEnumerable<string> Names(Participant participant) => participant.Aliases.Append(participant.DisplayName).Select(Key);

    public static string Key(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(char.ToUpperInvariant(c));
            else if (builder.Length > 0 && builder[^1] != ' ')
                builder.Append(' ');
        }

        return builder.ToString().Trim();
    }
}
