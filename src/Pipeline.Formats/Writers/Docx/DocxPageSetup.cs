using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Builds the section properties: page size and margins from <c>WriterOptions.PageSize</c>, and the footer.</summary>
internal static class DocxPageSetup
{
    /// <summary>Known page sizes, in twentieths of a point: width, height and the margin on every side.</summary>
    private static readonly Dictionary<string, (uint Width, uint Height, int Margin)> Sizes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["A4"] = (11906, 16838, 1418), // 210 × 297 mm, 2.5 cm margins
        ["Letter"] = (12240, 15840, 1440), // 8.5 × 11 in, 1 in margins
    };

    /// <summary>Section properties for <paramref name="pageSize"/> (<c>A4</c> or <c>Letter</c>, any case).</summary>
    public static SectionProperties Build(string pageSize, string footerRelationshipId)
    {
        if (!Sizes.TryGetValue(pageSize, out var size))
            throw new ArgumentException($"unknown page size '{pageSize}'; known: {string.Join(", ", Sizes.Keys)}", nameof(pageSize));
        return new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerRelationshipId },
            new PageSize { Width = size.Width, Height = size.Height },
            new PageMargin
            {
                Top = size.Margin,
                Bottom = size.Margin,
                Left = (uint)size.Margin,
                Right = (uint)size.Margin,
                Header = 709,
                Footer = 709,
                Gutter = 0,
            });
    }
}
