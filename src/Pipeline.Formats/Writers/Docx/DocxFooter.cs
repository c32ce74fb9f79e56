using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Builds the footer: "Page N of M" with PAGE and NUMPAGES fields, in the document's language.</summary>
internal static class DocxFooter
{
    public static Footer Build(DocxLabels labels) => new(DocxParagraphs.Styled(DocxStyleIds.Footer,
    [
        Literal(labels.Page + " "),
        .. Field("PAGE"),
        Literal(" " + labels.Of + " "),
        .. Field("NUMPAGES"),
    ]));

    private static Run Literal(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

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
