using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Formats.Readers.Docx;

/// <summary>A paragraph or character style as far as reading needs it, with what it inherits from its
/// <c>basedOn</c> chain already applied.</summary>
internal sealed record DocxStyle(string Id, string Name, int? OutlineLevel, bool Bold, bool Italic);

/// <summary>The document's styles by id.</summary>
internal sealed class DocxStyles
{
    private const int MaxChain = 32;
    private readonly Dictionary<string, DocxStyle> styles = new(StringComparer.Ordinal);

    private DocxStyles()
    {
    }

    /// <summary>The language the document's default run properties name (<c>w:docDefaults/w:lang</c>), if any.</summary>
    public string? DefaultLanguage { get; private init; }

    public DocxStyle? this[string? id] => id is not null && styles.TryGetValue(id, out var style) ? style : null;

    public static DocxStyles Read(MainDocumentPart main)
    {
        var root = main.StyleDefinitionsPart?.Styles;
        var language = root?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.Languages?.Val?.Value;
        var result = new DocxStyles { DefaultLanguage = string.IsNullOrWhiteSpace(language) ? null : language };
        if (root is null)
            return result;
        var raw = root.Elements<Style>().Where(s => s.StyleId?.Value is not null).GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (id, style) in raw)
        {
            int? outline = null;
            bool? bold = null;
            bool? italic = null;
            var current = style;
            for (var depth = 0; current is not null && depth < MaxChain; depth++)
            {
                outline ??= current.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
                bold ??= Flag(current.StyleRunProperties?.Bold);
                italic ??= Flag(current.StyleRunProperties?.Italic);
                var basedOn = current.BasedOn?.Val?.Value;
                current = basedOn is not null && raw.TryGetValue(basedOn, out var parent) && parent != style ? parent : null;
            }

            var name = style.StyleName?.Val?.Value ?? id;
            // Word's built-in heading styles carry their level in the name when the outline level is implied.
            if (outline is null && name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase) && int.TryParse(name.AsSpan(8), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var level) && level is >= 1 and <= 9)
                outline = level - 1;
            result.styles[id] = new DocxStyle(id, name, outline is >= 0 and <= 8 ? outline : null, bold ?? false, italic ?? false);
        }

        return result;
    }

    /// <summary>A toggle property (<c>w:b</c>, <c>w:i</c>): on when present without <c>w:val="0"</c>/<c>false</c>.</summary>
    public static bool? Flag(DocumentFormat.OpenXml.Wordprocessing.OnOffType? value) => value is null ? null : value.Val is null || value.Val.Value;
}
