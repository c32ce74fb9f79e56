using PdfSharp.Fonts;

namespace Pipeline.Formats.Writers.Pdf.Fonts;

/// <summary>Gives PDFsharp the shipped fonts; installed once per process as PDFsharp's global resolver.</summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    private static readonly Lock InstallLock = new();

    private EmbeddedFontResolver()
    {
    }

    /// <summary>Installs the resolver unless it is already installed; fails if another resolver owns PDFsharp.</summary>
    public static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            switch (GlobalFontSettings.FontResolver)
            {
                case EmbeddedFontResolver:
                    return;
                case null:
                    GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
                    return;
                default:
                    throw new InvalidOperationException(
                        $"PDFsharp already uses the font resolver {GlobalFontSettings.FontResolver.GetType().FullName}; the PDF writer needs its own.");
            }
        }
    }

    /// <summary>The family name and style for a face, as passed to <c>XFont</c>.</summary>
    public static (string Family, bool Bold, bool Italic) Request(FontFace face) => face switch
    {
        FontFace.Serif => (ShippedFonts.Family, false, false),
        FontFace.SerifBold => (ShippedFonts.Family, true, false),
        FontFace.SerifItalic => (ShippedFonts.Family, false, true),
        FontFace.SerifBoldItalic => (ShippedFonts.Family, true, true),
        FontFace.Sans => (ShippedFonts.Family + " Fallback", false, false),
        _ => throw new ArgumentOutOfRangeException(nameof(face), face, "unknown font face"),
    };

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (string.Equals(familyName, ShippedFonts.Family + " Fallback", StringComparison.Ordinal))
            return new FontResolverInfo(ShippedFonts.FaceName(FontFace.Sans));
        if (!string.Equals(familyName, ShippedFonts.Family, StringComparison.Ordinal))
            return null;
        var face = (bold, italic) switch
        {
            (false, false) => FontFace.Serif,
            (true, false) => FontFace.SerifBold,
            (false, true) => FontFace.SerifItalic,
            (true, true) => FontFace.SerifBoldItalic,
        };
        return new FontResolverInfo(ShippedFonts.FaceName(face));
    }

    public byte[]? GetFont(string faceName) =>
        ShippedFonts.FromFaceName(faceName) is { } face ? ShippedFonts.Bytes(face) : null;
}
