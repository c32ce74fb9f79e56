using System.Xml;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Writes the section properties: page size and margins from <c>WriterOptions.PageSize</c>, and the footer.</summary>
internal static class DocxPageSetup
{
    /// <summary>Known page sizes, in twentieths of a point: width, height and the margin on every side.</summary>
    private static readonly Dictionary<string, (uint Width, uint Height, int Margin)> Sizes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["A4"] = (11906, 16838, 1418), // 210 × 297 mm, 2.5 cm margins
        ["Letter"] = (12240, 15840, 1440), // 8.5 × 11 in, 1 in margins
    };

    /// <summary>Writes <c>w:sectPr</c> for <paramref name="pageSize"/> (<c>A4</c> or <c>Letter</c>, any case).</summary>
    public static void Write(XmlWriter writer, string pageSize, string footerRelationshipId)
    {
        if (!Sizes.TryGetValue(pageSize, out var size))
            throw new ArgumentException($"unknown page size '{pageSize}'; known: {string.Join(", ", Sizes.Keys)}", nameof(pageSize));
        var margin = size.Margin.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartElement("w", "sectPr", DocxXml.W);
        writer.WriteStartElement("w", "footerReference", DocxXml.W);
        writer.WriteAttributeString("w", "type", DocxXml.W, "default");
        writer.WriteAttributeString("r", "id", DocxXml.R, footerRelationshipId);
        writer.WriteEndElement();
        writer.WriteStartElement("w", "pgSz", DocxXml.W);
        writer.WriteAttributeString("w", "w", DocxXml.W, size.Width.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("w", "h", DocxXml.W, size.Height.ToString(CultureInfo.InvariantCulture));
        writer.WriteEndElement();
        // The order the SDK's schema gives these attributes.
        writer.WriteStartElement("w", "pgMar", DocxXml.W);
        writer.WriteAttributeString("w", "top", DocxXml.W, margin);
        writer.WriteAttributeString("w", "right", DocxXml.W, margin);
        writer.WriteAttributeString("w", "bottom", DocxXml.W, margin);
        writer.WriteAttributeString("w", "left", DocxXml.W, margin);
        writer.WriteAttributeString("w", "header", DocxXml.W, "709");
        writer.WriteAttributeString("w", "footer", DocxXml.W, "709");
        writer.WriteAttributeString("w", "gutter", DocxXml.W, "0");
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
