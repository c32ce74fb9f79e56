namespace Pipeline.Formats.Writers.Pdf.Fonts;

/// <summary>The font faces shipped with the PDF writer: a serif family for text and a sans face for glyph fallback.</summary>
public enum FontFace
{
    Serif,
    SerifBold,
    SerifItalic,
    SerifBoldItalic,

    /// <summary>The fallback face for characters the serif faces lack (Hebrew, arrows, symbols, U+FFFD).</summary>
    Sans,
}
