using Pipeline.Formats.Readers.Xml;

namespace Pipeline.Formats.Readers.Transcriber;

/// <summary>Transcriber <c>Event</c>s as incidents: the description kept as written, its kind read from the common
/// descriptions (English and the French of Transcriber's own lists: <c>rire</c>, <c>toux</c>, <c>pi</c>…).</summary>
internal static class TrsEvents
{
    private static readonly (string Stem, IncidentKind Kind)[] Kinds =
    [
        ("laugh", IncidentKind.Laughter), ("rire", IncidentKind.Laughter), ("lach", IncidentKind.Laughter),
        ("applau", IncidentKind.Applause),
        ("pi", IncidentKind.Inaudible), ("pif", IncidentKind.Inaudible), ("inaudible", IncidentKind.Inaudible),
        ("unintelligible", IncidentKind.Inaudible), ("incompr", IncidentKind.Inaudible),
        ("pause", IncidentKind.Pause), ("silence", IncidentKind.Pause),
        ("overlap", IncidentKind.Crosstalk), ("crosstalk", IncidentKind.Crosstalk),
    ];

    public static Incident Incident(XElement element)
    {
        var description = XmlSource.Collapse(element.Attr("desc") ?? "").Trim();
        var type = element.Attr("type")?.Trim() ?? "noise";
        var extent = element.Attr("extent")?.Trim();
        if (description.Length == 0)
            description = type;
        var kind = KindOf(description) ?? (type == "noise" ? IncidentKind.Noise : IncidentKind.Other);
        var written = extent is "begin" or "end" ? $"{description} ({extent})" : description;
        return new Incident(kind, written);
    }

    private static IncidentKind? KindOf(string description)
    {
        var lower = description.ToLowerInvariant();
        foreach (var (stem, kind) in Kinds)
        {
            if (stem.Length <= 3 ? lower == stem : lower.StartsWith(stem, StringComparison.Ordinal))
                return kind;
        }

        return null;
    }
}
