using Pipeline.Formats.Writers.Pdf.Fonts;
using Pipeline.Formats.Writers.Pdf.Layout;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>The look of the PDF: text styles, spacing and indents, in points.</summary>
internal static class PdfTheme
{
    public const double BodySize = 10.5;
    public const double BodyLeading = 1.38;
    public const double TurnIndent = 18;
    public const double FootnoteSize = 8.5;
    public const double MarkerSize = 6.5;
    public const double RunningSize = 8;

    public static TextStyle Body { get; } = new(FontFace.Serif, BodySize);

    public static TextStyle Title { get; } = new(FontFace.SerifBold, 20);

    public static TextStyle Subtitle { get; } = new(FontFace.SerifItalic, 13);

    public static TextStyle Detail { get; } = new(FontFace.Serif, 9.5, Ink.Muted);

    public static TextStyle Heading1 { get; } = new(FontFace.SerifBold, 15);

    public static TextStyle Heading2 { get; } = new(FontFace.SerifBold, 12);

    public static TextStyle Heading3 { get; } = new(FontFace.SerifBoldItalic, 11);

    public static TextStyle Label { get; } = new(FontFace.SerifBold, BodySize);

    public static TextStyle LabelNote { get; } = new(FontFace.SerifItalic, 9, Ink.Muted);

    public static TextStyle Footnote { get; } = new(FontFace.Serif, FootnoteSize);

    public static TextStyle Running { get; } = new(FontFace.Serif, RunningSize, Ink.Muted);

    /// <summary>The face for a combination of bold and italic.</summary>
    public static FontFace SerifFace(bool bold, bool italic) => (bold, italic) switch
    {
        (false, false) => FontFace.Serif,
        (true, false) => FontFace.SerifBold,
        (false, true) => FontFace.SerifItalic,
        (true, true) => FontFace.SerifBoldItalic,
    };
}
