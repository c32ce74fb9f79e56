using AngleSharp.Dom;

namespace Pipeline.Formats.Readers.Html;

/// <summary>The page's footnote links (<c>&lt;sup&gt;&lt;a href="#fn1"&gt;1&lt;/a&gt;&lt;/sup&gt;</c>, <c>&lt;a href="#fn1"&gt;[1]&lt;/a&gt;</c>)
/// and the elements they point to, numbered so the normaliser's <c>[1]</c> marker rule can join them.</summary>
internal sealed class FootnoteMap
{
    private const int MaxMarkerLength = 4;

    private readonly Dictionary<IElement, string> references = [];
    private readonly Dictionary<IElement, string> bodies = [];
    private readonly HashSet<IElement> backLinks = [];

    public static FootnoteMap Build(IElement root)
    {
        var map = new FootnoteMap();
        var byId = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var element in DomWalk.Descendants(root))
        {
            var key = element.Id ?? (element.LocalName == "a" ? element.GetAttribute("name") : null);
            if (!string.IsNullOrEmpty(key))
                byId.TryAdd(key, element);
        }

        var referenceKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in DomWalk.Descendants(root).Where(e => e.LocalName == "a"))
        {
            if (TargetOf(link, byId) is not { } target || MarkerOf(link) is not { } marker || target.Contains(link) || link.Contains(target))
                continue;
            var number = map.bodies.TryGetValue(target, out var known) ? known
                : marker.All(char.IsAsciiDigit) ? marker : (map.bodies.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            map.bodies[target] = number;
            map.references[link] = number;
            for (var key = (IElement?)link; key is not null && key.LocalName is "a" or "sup" or "span"; key = key.ParentElement)
            {
                if (key.Id is { Length: > 0 } id)
                    referenceKeys.Add(id);
                if (key.GetAttribute("name") is { Length: > 0 } name)
                    referenceKeys.Add(name);
            }
        }

        foreach (var link in DomWalk.Descendants(root).Where(e => e.LocalName == "a"))
        {
            if (link.GetAttribute("href") is { Length: > 1 } href && href[0] == '#' && referenceKeys.Contains(Uri.UnescapeDataString(href[1..])))
                map.backLinks.Add(link);
        }

        return map;
    }

    /// <summary>The footnote number when <paramref name="element"/> is a footnote marker link.</summary>
    public string? ReferenceNumber(IElement element) => references.GetValueOrDefault(element);

    /// <summary>The footnote number when <paramref name="element"/> is the body a marker points to.</summary>
    public string? BodyNumber(IElement element) => bodies.GetValueOrDefault(element);

    /// <summary>Whether <paramref name="element"/> is a link from a footnote back to its marker (dropped: it only repeats the marker).</summary>
    public bool IsBackLink(IElement element) => backLinks.Contains(element);

    private static IElement? TargetOf(IElement link, Dictionary<string, IElement> byId) =>
        link.GetAttribute("href") is { Length: > 1 } href && href[0] == '#' ? byId.GetValueOrDefault(Uri.UnescapeDataString(href[1..])) : null;

    /// <summary>The marker a link shows (<c>1</c> for <c>[1]</c>), when it is short enough to be one.</summary>
    private static string? MarkerOf(IElement link)
    {
        var text = DomWalk.Text(link).Trim().Trim('[', ']', '(', ')').Trim();
        if (text.Length is 0 or > MaxMarkerLength)
            return null;
        return text.All(char.IsAsciiDigit) || text.All(c => c is '*' or '†' or '‡') || (text.Length == 1 && char.IsLetter(text[0])) ? text : null;
    }
}
