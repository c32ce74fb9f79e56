using System.Xml;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Opens and closes a paragraph in a named style.</summary>
internal static class DocxParagraphs
{
    /// <summary>Starts <c>w:p</c> with <paramref name="styleId"/> (none for Normal) and, when <paramref name="keepWithNext"/>,
    /// keeps it on the page of the paragraph after it.</summary>
    public static void Start(XmlWriter writer, string? styleId, bool keepWithNext = false)
    {
        writer.WriteStartElement("w", "p", DocxXml.W);
        var styled = styleId is not null && styleId != DocxStyleIds.Normal;
        if (!styled && !keepWithNext)
            return;
        writer.WriteStartElement("w", "pPr", DocxXml.W);
        if (styled)
            DocxXml.Val(writer, "pStyle", styleId!);
        if (keepWithNext)
            DocxXml.Empty(writer, "keepNext");
        writer.WriteEndElement();
    }

    /// <summary>Ends the paragraph <see cref="Start"/> began.</summary>
    public static void End(XmlWriter writer) => writer.WriteEndElement();
}
