namespace Pipeline.Formats.Readers.Tei;

/// <summary>TEI's events in speech as model incidents: <c>vocal</c>, <c>kinesic</c>, <c>incident</c>, <c>gap</c>
/// and <c>pause</c>, the kind from the element and its <c>@type</c> (or <c>@reason</c>), the wording from <c>desc</c>.</summary>
internal static class TeiIncidents
{
    public static bool IsIncident(XElement element) => element.Name.LocalName is "vocal" or "kinesic" or "incident" or "gap" or "pause";

    public static Incident Read(XElement element)
    {
        var type = (element.Is("gap") ? element.Attr("reason") : element.Attr("type"))?.Trim();
        var desc = element.Child("desc") is { } d ? TeiText.Plain(d) : null;
        var kind = KindOf(type) ?? element.Name.LocalName switch
        {
            "gap" => IncidentKind.Inaudible,
            "pause" => IncidentKind.Pause,
            _ => IncidentKind.Other,
        };
        var description = desc ?? (element.Is("pause") ? "pause" : type ?? "");
        return new Incident(kind, description);
    }

    public static IncidentKind? KindOf(string? type) => type?.ToLowerInvariant() switch
    {
        "laughter" or "laughing" or "laugh" or "laughs" => IncidentKind.Laughter,
        "applause" or "applauding" or "clapping" => IncidentKind.Applause,
        "crosstalk" or "overlap" => IncidentKind.Crosstalk,
        "inaudible" or "unclear" or "unintelligible" => IncidentKind.Inaudible,
        "pause" => IncidentKind.Pause,
        "noise" => IncidentKind.Noise,
        _ => null,
    };
}
