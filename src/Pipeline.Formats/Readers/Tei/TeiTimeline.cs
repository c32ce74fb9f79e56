namespace Pipeline.Formats.Readers.Tei;

/// <summary>The points of a TEI <c>timeline</c>: each <c>when</c> as an offset from the timeline's origin, found
/// from <c>@interval</c> (in the timeline's <c>@unit</c>) and <c>@since</c>, or from an <c>@absolute</c> time.</summary>
internal sealed class TeiTimeline
{
    private readonly Dictionary<string, XElement> points = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeSpan?> resolved = new(StringComparer.Ordinal);

    public TeiTimeline(XElement root)
    {
        foreach (var timeline in root.Descendants().Where(e => e.Name.LocalName == "timeline"))
        {
            foreach (var when in timeline.Elements().Where(e => e.Name.LocalName == "when"))
            {
                if (TeiText.XmlId(when) is { } id)
                    points.TryAdd(id, when);
            }
        }
    }

    /// <summary>The offset a pointer such as <c>#T754</c> names, or null when it names no usable point. A chain of
    /// <c>@since</c> references is followed iteratively (however long), and a cycle gives null.</summary>
    public TimeSpan? Resolve(string? pointer)
    {
        if (string.IsNullOrWhiteSpace(pointer))
            return null;
        var id = pointer.Trim().TrimStart('#');
        var chain = new List<string>();
        for (var current = id; !resolved.ContainsKey(current);)
        {
            resolved[current] = null; // guards against since-cycles
            chain.Add(current);
            if (!points.TryGetValue(current, out var when) || (string?)when.Attribute("since") is not { } since)
                break;
            current = since.Trim().TrimStart('#');
        }

        // Innermost first: each point's own since-reference is then already resolved, so Compute never recurses.
        for (var i = chain.Count - 1; i >= 0; i--)
            resolved[chain[i]] = Compute(chain[i]);
        return resolved[id];
    }

    private TimeSpan? Compute(string id)
    {
        if (!points.TryGetValue(id, out var when))
            return null;
        var interval = (string?)when.Attribute("interval");
        var since = (string?)when.Attribute("since");
        if (interval is null)
            return since is not null ? Resolve(since) : IsOrigin(when, id) ? TimeSpan.Zero : null;
        if (!decimal.TryParse(interval, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || amount < 0)
            return null;
        var unit = (string?)when.Parent?.Attribute("unit") ?? "s";
        var factor = unit switch
        {
            "ms" => 1m,
            "min" => 60_000m,
            "h" => 3_600_000m,
            "d" => 86_400_000m,
            _ => 1000m,
        };
        if (amount > TimeSpan.MaxValue.Days * 86_400_000m / factor)
            return null;
        var milliseconds = amount * factor;
        var start = since is null ? TimeSpan.Zero : Resolve(since);
        try
        {
            return start + TimeSpan.FromMilliseconds((double)Math.Round(milliseconds));
        }
        catch (OverflowException)
        {
            return null; // beyond what a recording can last
        }
    }

    /// <summary>Whether the point is its timeline's origin (named by <c>@origin</c>, else the first point).</summary>
    private static bool IsOrigin(XElement when, string id)
    {
        var origin = (string?)when.Parent?.Attribute("origin");
        if (origin is not null)
            return origin.Trim().TrimStart('#') == id;
        return when.ElementsBeforeSelf().All(e => e.Name.LocalName != "when");
    }
}
