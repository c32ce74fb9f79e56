using System.Collections.Concurrent;
using Pipeline.Formats.Writers.Pdf.Layout;

namespace Pipeline.Formats.Writers.Pdf.Fonts;

/// <summary>The TrueType files embedded in this assembly, and their parsed metrics.</summary>
public static class ShippedFonts
{
    /// <summary>The family name the font resolver answers to.</summary>
    public const string Family = "Pipeline Transcript";

    private static readonly ConcurrentDictionary<FontFace, Lazy<byte[]>> Files = new();

    /// <summary>Parsed metrics by face (the enum's value is the index): read on every measured character, so a plain
    /// array of lazies rather than a concurrent dictionary.</summary>
    private static readonly Lazy<TrueTypeFont>[] Metrics =
        [.. Enum.GetValues<FontFace>().Select(f => new Lazy<TrueTypeFont>(() => TrueTypeFont.Parse(Bytes(f))))];

    /// <summary>The embeddable programs by face (the enum's value is the index), read once per process.</summary>
    private static readonly Lazy<FontProgram>[] Programs =
        [.. Enum.GetValues<FontFace>().Select(f => new Lazy<FontProgram>(() => FontProgram.Parse(Bytes(f), PdfName(f))))];

    /// <summary>Every shipped face.</summary>
    public static IReadOnlyList<FontFace> All { get; } = Enum.GetValues<FontFace>();

    /// <summary>The resource file name of a face.</summary>
    public static string FileName(FontFace face) => face switch
    {
        FontFace.Serif => "DejaVuSerif.ttf",
        FontFace.SerifBold => "DejaVuSerif-Bold.ttf",
        FontFace.SerifItalic => "DejaVuSerif-Italic.ttf",
        FontFace.SerifBoldItalic => "DejaVuSerif-BoldItalic.ttf",
        FontFace.Sans => "DejaVuSans.ttf",
        _ => throw new ArgumentOutOfRangeException(nameof(face), face, "unknown font face"),
    };

    /// <summary>The font's name in the PDF (before the subset tag).</summary>
    public static string PdfName(FontFace face) => face switch
    {
        FontFace.Serif => "DejaVu Serif",
        FontFace.SerifBold => "DejaVu Serif,Bold",
        FontFace.SerifItalic => "DejaVu Serif,Italic",
        FontFace.SerifBoldItalic => "DejaVu Serif,BoldItalic",
        FontFace.Sans => "DejaVu Sans",
        _ => throw new ArgumentOutOfRangeException(nameof(face), face, "unknown font face"),
    };

    /// <summary>The program of a face for embedding (parsed once).</summary>
    internal static FontProgram ProgramOf(FontFace face) =>
        (uint)face < (uint)Programs.Length ? Programs[(int)face].Value : throw new ArgumentOutOfRangeException(nameof(face), face, "unknown font face");

    /// <summary>The face name PDFsharp uses to ask for the bytes (see <see cref="EmbeddedFontResolver"/>).</summary>
    public static string FaceName(FontFace face) => "pipeline-" + face.ToString().ToLowerInvariant();

    /// <summary>The face with this <see cref="FaceName"/>, or null.</summary>
    public static FontFace? FromFaceName(string faceName) =>
        All.Cast<FontFace?>().FirstOrDefault(f => string.Equals(FaceName(f!.Value), faceName, StringComparison.Ordinal));

    /// <summary>The TrueType bytes of a face (read once).</summary>
    public static byte[] Bytes(FontFace face) =>
        Files.GetOrAdd(face, f => new Lazy<byte[]>(() => Load(FileName(f)))).Value;

    /// <summary>The parsed metrics and character coverage of a face (parsed once).</summary>
    public static TrueTypeFont MetricsOf(FontFace face) =>
        (uint)face < (uint)Metrics.Length ? Metrics[(int)face].Value : throw new ArgumentOutOfRangeException(nameof(face), face, "unknown font face");

    private static byte[] Load(string fileName)
    {
        var assembly = typeof(ShippedFonts).Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
                   ?? throw new InvalidOperationException($"font resource {fileName} is missing from {assembly.GetName().Name}");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
