using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Builds a paragraph in a named style.</summary>
internal static class DocxParagraphs
{
    /// <summary>A paragraph with <paramref name="styleId"/> (none for Normal) holding <paramref name="content"/>.</summary>
    public static Paragraph Styled(string? styleId, IEnumerable<OpenXmlElement> content)
    {
        var paragraph = new Paragraph();
        if (styleId is not null && styleId != DocxStyleIds.Normal)
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        paragraph.Append(content);
        return paragraph;
    }

    /// <summary>Keeps <paramref name="paragraph"/> on the page of the paragraph after it.</summary>
    public static void KeepWithNext(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
        if (properties.KeepNext is null)
            properties.KeepNext = new KeepNext();
    }
}
