using System.Collections.Concurrent;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Pipeline.Formats.Writers.Interface;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>The parts that do not depend on a document's content — styles (by language), settings, footer (by
/// interface words) — serialized once per process by the Open XML SDK itself and then copied into every package as
/// bytes, so their element trees are not rebuilt and re-serialized for each document.</summary>
internal static class DocxStaticParts
{
    private static readonly ConcurrentDictionary<DocxLanguage, byte[]> StylesByLanguage = new();
    private static readonly ConcurrentDictionary<(string Before, string Between, string After), byte[]> Footers = new();
    private static readonly Lazy<byte[]> SettingsPart = new(() => Serialize(main =>
    {
        var part = main.AddNewPart<DocumentSettingsPart>();
        part.Settings = DocxSettings.Build();
        return part.Settings;
    }));

    /// <summary>The bytes of <c>styles.xml</c> for a document in <paramref name="language"/>.</summary>
    public static byte[] Styles(DocxLanguage language) => StylesByLanguage.GetOrAdd(language, l => Serialize(main =>
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = DocxStyles.Build(l);
        return part.Styles;
    }));

    /// <summary>The bytes of <c>settings.xml</c>.</summary>
    public static byte[] Settings => SettingsPart.Value;

    /// <summary>The bytes of the footer part in the interface language of <paramref name="words"/>.</summary>
    public static byte[] Footer(InterfaceWords words) => Footers.GetOrAdd(words.PageOfParts(), _ => Serialize(main =>
    {
        var part = main.AddNewPart<FooterPart>();
        part.Footer = DocxFooter.Build(words);
        return part.Footer;
    }));

    /// <summary>Copies cached part bytes into a new part.</summary>
    public static void Feed(OpenXmlPart part, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        part.FeedData(stream);
    }

    /// <summary>What the SDK writes for a part's root element: built in a throw-away package, saved, read back.</summary>
    private static byte[] Serialize(Func<MainDocumentPart, OpenXmlPartRootElement> build)
    {
        using var stream = new MemoryStream();
        using var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var root = build(package.AddMainDocumentPart());
        root.Save();
        using var saved = root.OpenXmlPart!.GetStream(FileMode.Open, FileAccess.Read);
        using var copy = new MemoryStream();
        saved.CopyTo(copy);
        return copy.ToArray();
    }
}
