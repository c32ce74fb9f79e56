using System.Xml;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>The external hyperlink relationships of one part, one per distinct target, with ids <c>rIdLink1</c>, <c>rIdLink2</c>, …</summary>
internal sealed class DocxHyperlinks
{
    private const string HyperlinkType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

    private readonly Dictionary<string, string> idsByTarget = new(StringComparer.Ordinal);
    private readonly List<(string Id, string Target)> relationships = [];

    /// <summary>Whether the part has any hyperlink.</summary>
    public bool IsEmpty => relationships.Count == 0;

    /// <summary>The relationship id for <paramref name="target"/>, or null when it is not a URI at all.</summary>
    public string? IdFor(string target)
    {
        if (idsByTarget.TryGetValue(target, out var id))
            return id;
        if (!TryParse(target, out var uri))
            return null;
        id = "rIdLink" + (idsByTarget.Count + 1).ToString(CultureInfo.InvariantCulture);
        // The target as written (Uri.OriginalString), which is what System.IO.Packaging stored.
        relationships.Add((id, uri.OriginalString));
        idsByTarget.Add(target, id);
        return id;
    }

    /// <summary>Writes a <c>Relationship</c> element for every hyperlink, in the order they were first used.</summary>
    public void WriteRelationships(XmlWriter writer)
    {
        foreach (var (id, target) in relationships)
            DocxXml.Relationship(writer, HyperlinkType, target, external: true, id);
    }

    private static bool TryParse(string target, out Uri uri)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            uri = null!;
            return false;
        }

        return Uri.TryCreate(target, UriKind.Absolute, out uri!) || Uri.TryCreate(target, UriKind.Relative, out uri!);
    }
}
