namespace Pipeline.Core.Model;

/// <summary>Someone who speaks (or is paraphrased) in the transcript.</summary>
/// <param name="Id">Stable id, a valid XML NCName (e.g. <c>putin</c>).</param>
/// <param name="DisplayName">The name to show (e.g. <c>Vladimir Putin</c>).</param>
/// <param name="Role">One of <see cref="ParticipantRoles"/>, or null when unknown.</param>
/// <param name="Organisation">Who they speak for, when the text says.</param>
/// <param name="Aliases">Every label form that referred to them, in order of first use.</param>
public sealed record Participant(
    string Id,
    string DisplayName,
    string? Role,
    string? Organisation,
    ImmutableArray<string> Aliases)
{
    /// <summary>True when the label names a group speaking together (<c>Des voix</c>, <c>Some hon. Members</c>,
    /// <c>THE JURORS</c>): a TEI <c>personGrp</c>, marked as a group in the other outputs.</summary>
    public bool IsGroup { get; init; }
}

/// <summary>The roles a participant can have.</summary>
public static class ParticipantRoles
{
    public const string Interviewer = "interviewer";
    public const string Interviewee = "interviewee";
    public const string Moderator = "moderator";
    public const string Questioner = "questioner";
    public const string Respondent = "respondent";
    public const string Speaker = "speaker";
}
