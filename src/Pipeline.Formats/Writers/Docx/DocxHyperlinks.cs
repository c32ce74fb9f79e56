using DocumentFormat.OpenXml.Packaging;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>The external hyperlink relationships of one part, one per distinct target, with ids <c>rIdLink1</c>, <c>rIdLink2</c>, …</summary>
internal sealed class DocxHyperlinks(OpenXmlPart part)
{
    private readonly Dictionary<string, string> idsByTarget = new(StringComparer.Ordinal);

    /// <summary>The relationship id for <paramref name="target"/>, or null when it is not a URI at all.</summary>
    public string? IdFor(string target)
    {
        if (idsByTarget.TryGetValue(target, out var id))
            return id;
        if (!TryParse(target, out var uri))
            return null;
        id = "rIdLink" + (idsByTarget.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        part.AddHyperlinkRelationship(uri, isExternal: true, id);
        idsByTarget.Add(target, id);
        return id;
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
