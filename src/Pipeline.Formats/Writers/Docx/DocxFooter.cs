using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Pipeline.Formats.Writers.Interface;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Builds the footer: "Page N of M" with PAGE and NUMPAGES fields, in the interface language.</summary>
internal static class DocxFooter
{
    public static Footer Build(InterfaceWords words)
    {
        var (before, between, after) = words.PageOfParts();
        return new(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
        [
            new ParagraphProperties(new ParagraphStyleId { Val = DocxStyleIds.Footer }),
            .. Literal(before),
            .. Field("PAGE"),
            .. Literal(between),
            .. Field("NUMPAGES"),
            .. Literal(after),
        ]));
    }

    private static IEnumerable<Run> Literal(string text) =>
        text.Length == 0 ? [] : [new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })];

    /// <summary>A complex field with a cached result of 1, which every consumer refreshes on layout.</summary>
    private static IEnumerable<Run> Field(string instruction) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode($" {instruction} ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("1")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];
}
