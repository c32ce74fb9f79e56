namespace Pipeline.Formats.Writers.Markdown;

/// <summary>Maps participant roles to MARC relator codes, which pandoc writes as EPUB <c>creator</c> roles.</summary>
internal static class MarcRelators
{
    public static string For(string role) => role switch
    {
        ParticipantRoles.Interviewer => "ivr",
        ParticipantRoles.Interviewee => "ive",
        ParticipantRoles.Moderator => "mod",
        ParticipantRoles.Questioner => "spk",
        ParticipantRoles.Respondent => "spk",
        ParticipantRoles.Speaker => "spk",
        _ => "oth",
    };
}
