namespace Pipeline.Core.Normalizing;

/// <summary>What a reader may ask about speaker labels before it hands its paragraphs to the normaliser.</summary>
public static class SpeakerLabels
{
    /// <summary>Whether <c>name: …</c> at the start of a paragraph reads as a label that names exactly <paramref name="name"/>
    /// (<c>Ana Lima</c>, <c>Speaker 1</c>), so a reader may write a speaker it knows as a label; a name that does not
    /// (<c>SPEAKER_01</c>, <c>travis</c>) should go as a <see cref="SpeakerHint"/> instead.</summary>
    public static bool CanLabel(string name) =>
        SpeakerLabelParser.Match(name + ": …") is { Time: null, Affiliation: null } label && label.Name == name;
}
