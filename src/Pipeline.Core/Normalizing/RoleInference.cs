namespace Pipeline.Core.Normalizing;

/// <summary>Works out who interviews whom: from the title (<c>interview with X by Y of Z</c>), from the
/// <c>Q</c>/<c>A</c> convention, and from who asks the questions.</summary>
internal static partial class RoleInference
{
    private static readonly string[] InterviewWords = ["interview", "entrevista", "entretien", "intervista", "интервью", "conversation", "gespräch", "q&a"];
    private static readonly Dictionary<string, string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["with"] = ParticipantRoles.Interviewee, ["mit"] = ParticipantRoles.Interviewee, ["avec"] = ParticipantRoles.Interviewee,
        ["con"] = ParticipantRoles.Interviewee, ["с"] = ParticipantRoles.Interviewee, ["featuring"] = ParticipantRoles.Interviewee,
        ["by"] = ParticipantRoles.Interviewer, ["von"] = ParticipantRoles.Interviewer, ["par"] = ParticipantRoles.Interviewer,
        ["por"] = ParticipantRoles.Interviewer, ["interviewer"] = ParticipantRoles.Interviewer,
        ["of"] = "", ["from"] = "", ["de"] = "",
    };

    [GeneratedRegex(@"^\s+(?:of|from|at)\s+(?<org>(?:the\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*)*)", RegexOptions.CultureInvariant)]
    private static partial Regex OrganisationAfterName();

    /// <summary>Roles and organisations read off the title, keyed by participant id.</summary>
    public static (Dictionary<string, string> Roles, Dictionary<string, string> Organisations) FromTitle(
        string? title, IEnumerable<(string Id, IReadOnlyList<string> Names)> participants, List<Diagnostic> diagnostics)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        var organisations = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(title) || !InterviewWords.Any(w => title.Contains(w, StringComparison.OrdinalIgnoreCase)))
            return (roles, organisations);

        var found = new List<(string Id, int Index, int Length)>();
        foreach (var (id, names) in participants)
        {
            foreach (var name in names.OrderByDescending(n => n.Length))
            {
                var index = IndexOfWord(title, name);
                if (index >= 0)
                {
                    found.Add((id, index, name.Length));
                    break;
                }
            }
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        string? previousRole = null;
        foreach (var (id, index, length) in found)
        {
            var connector = title[..index].Split([' ', ',', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
                .LastOrDefault(w => Connectors.ContainsKey(w));
            var role = connector is null ? null : Connectors[connector];
            if (role == "")
                role = previousRole; // "Y of Z": Z speaks for Y's side.
            if (role is not null)
            {
                roles[id] = role;
                diagnostics.Add(Diagnostic.Info(DiagnosticCode.RoleInferred, $"participant '{id}' is the {role} (from the title)").With("participant", id).With("role", role).With("source", "title"));
            }

            var organisation = OrganisationAfterName().Match(title[(index + length)..]);
            if (organisation.Success)
                organisations[id] = organisation.Groups["org"].Value.TrimEnd('.', ',');
            previousRole = role ?? previousRole;
        }

        return (roles, organisations);
    }

    /// <summary>Adds roles from the labels and from who asks: <c>Q</c> asks, <c>A</c> answers; in an interview, a
    /// speaker most of whose turns are questions is the interviewer, and a single other speaker the interviewee.</summary>
    public static void FromTurns(Dictionary<string, string> roles, IReadOnlyList<Participant> participants, IReadOnlyList<Turn> turns, bool titleSaysInterview, List<Diagnostic> diagnostics)
    {
        foreach (var p in participants.Where(p => !roles.ContainsKey(p.Id)))
        {
            if (p.Aliases.Any(a => a is "Q" or "Q." or "QUESTION"))
                Set(p.Id, ParticipantRoles.Questioner, "asks under the label Q");
            else if (p.Aliases.Any(a => a is "A" or "A." or "ANSWER"))
                Set(p.Id, ParticipantRoles.Respondent, "answers under the label A");
        }

        var isInterview = titleSaysInterview || roles.Values.Any(r => r is ParticipantRoles.Interviewer or ParticipantRoles.Interviewee);
        if (!isInterview || participants.Count < 2)
            return;
        foreach (var p in participants.Where(p => !roles.ContainsKey(p.Id)))
        {
            var own = turns.Where(t => t.SpeakerId == p.Id).ToList();
            var questions = own.Count(t => InlineText.ToPlainText(t.Paragraphs).TrimEnd().TrimEnd('"', '”', '’', ')', ']').EndsWith('?'));
            if (own.Count >= 2 && questions * 2 >= own.Count)
                Set(p.Id, ParticipantRoles.Interviewer, $"{questions} of {own.Count} turns are questions");
        }

        var unassigned = participants.Where(p => !roles.ContainsKey(p.Id)).ToList();
        if (unassigned.Count == 1 && roles.Values.Contains(ParticipantRoles.Interviewer) && !roles.Values.Contains(ParticipantRoles.Interviewee))
            Set(unassigned[0].Id, ParticipantRoles.Interviewee, "answers the interviewer");

        void Set(string id, string role, string why)
        {
            roles[id] = role;
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.RoleInferred, $"participant '{id}' is the {role} ({why})").With("participant", id).With("role", role).With("source", why));
        }
    }

    public static bool SaysInterview(string? title) =>
        title is not null && InterviewWords.Any(w => title.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static int IndexOfWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + word.Length >= text.Length || !char.IsLetterOrDigit(text[at + word.Length]);
            if (before && after)
                return at;
        }

        return -1;
    }
}
