using System.Xml;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>The formatting inherited by runs while walking nested inlines, turned into one character style per run.</summary>
/// <param name="Style">A semantic character style (incident, link, …) that wins over emphasis and strong.</param>
/// <param name="InLink">Inside a hyperlink: Word does not nest them.</param>
/// <param name="QuoteDepth">How many quotations enclose the run.</param>
internal readonly record struct DocxRunFormat(string? Style = null, bool Bold = false, bool Italic = false, bool InLink = false, int QuoteDepth = 0)
{
    /// <summary>Writes the run properties (<c>w:rPr</c>), if any: the semantic style, else Strong or Emphasis, else Quotation
    /// inside a quotation; emphasis that the chosen style cannot carry is added as direct bold/italic.</summary>
    public void WriteProperties(XmlWriter writer)
    {
        string? style;
        bool bold = false, italic = false;
        if (Style is not null)
        {
            style = Style;
            bold = Bold;
            italic = Italic;
        }
        else if (Bold)
        {
            style = DocxStyleIds.Strong;
            italic = Italic;
        }
        else if (Italic)
            style = DocxStyleIds.Emphasis;
        else
            style = QuoteDepth > 0 ? DocxStyleIds.Quotation : null;

        if (style is null)
            return;
        writer.WriteStartElement("w", "rPr", DocxXml.W);
        DocxXml.Val(writer, "rStyle", style);
        if (bold)
            DocxXml.Empty(writer, "b");
        if (italic)
            DocxXml.Empty(writer, "i");
        writer.WriteEndElement();
    }
}
