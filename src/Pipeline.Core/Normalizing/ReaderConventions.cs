namespace Pipeline.Core.Normalizing;

/// <summary>The pieces of the shared normaliser that readers of already structured formats (TEI) re-use, so a
/// participant id or a date means the same whichever reader made it.</summary>
public static class ReaderConventions
{
    /// <summary>A participant id from a name, as the normaliser makes them: lower case, accents removed, hyphens
    /// between words (<c>Julià de Jòdar</c> → <c>julia-de-jodar</c>); always a valid XML NCName.</summary>
    public static string ParticipantId(string name) => ParticipantDirectory.Slug(name);

    /// <summary>The first calendar date written in <paramref name="text"/> as ISO 8601 (<c>26 October 2015</c> →
    /// <c>2015-10-26</c>), or null.</summary>
    public static string? IsoDate(string text) => DateFinder.Find(text);
}
