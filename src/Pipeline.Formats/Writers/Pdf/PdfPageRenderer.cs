using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;
using Pipeline.Formats.Writers.Pdf.Fonts;
using Pipeline.Formats.Writers.Pdf.Layout;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>Draws laid-out pages with PDFsharp: every text run inside a structure element (Title, H1–H3, Lbl for
/// speaker labels, P, Note for footnotes), running header, footer, page numbers and rules as artifacts, links as
/// web-link annotations, headings as nested bookmarks that open at the heading's position.</summary>
internal sealed class PdfPageRenderer(PdfDocument pdf, StructureBuilder structure, PageGeometry geometry, string title, Interface.InterfaceWords? words = null)
{
    private static readonly XPdfFontOptions UnicodeOnly = new(PdfFontEncoding.Unicode);
    private static readonly XSolidBrush MutedBrush = new(XColor.FromArgb(96, 96, 96));
    private static readonly XSolidBrush LinkBrush = new(XColor.FromArgb(20, 70, 170));
    private static readonly XPen RulePen = new(XColor.FromArgb(160, 160, 160), 0.5);

    private readonly Dictionary<(FontFace, double), XFont> fonts = [];
    private readonly TextMeasurer measurer = new();
    private readonly PdfOutline?[] outlineParents = new PdfOutline?[3];
    private readonly Dictionary<string, int> notePieces = new(StringComparer.Ordinal);

    /// <summary>The heading levels drawn, in order (a heading split over two pages counts twice).</summary>
    public List<int> HeadingLevels { get; } = [];

    /// <summary>The /ID of every Note element, in order.</summary>
    public List<string> NoteIds { get; } = [];

    /// <summary>Adds one PDF page per layout page.</summary>
    public void Render(IReadOnlyList<PageLayout> pages)
    {
        for (var index = 0; index < pages.Count; index++)
        {
            var page = pdf.AddPage();
            page.Width = XUnit.FromPoint(geometry.Width);
            page.Height = XUnit.FromPoint(geometry.Height);
            using var gfx = XGraphics.FromPdfPage(page);
            DrawBody(gfx, page, pages[index]);
            DrawFootnotes(gfx, page, pages[index]);
            DrawRunningHeadAndFoot(gfx, index + 1, pages.Count);
        }
    }

    private void DrawBody(XGraphics gfx, PdfPage page, PageLayout layout)
    {
        foreach (var group in GroupByBlock(layout.Body))
        {
            BeginElement(group[0].Block);
            foreach (var placed in group)
            {
                if (placed.Block.OutlineTitle is { } outline && ReferenceEquals(placed.Line, placed.Block.Lines[0]))
                    AddOutline(outline, HeadingLevel(placed.Block.Role), page, geometry.Top + placed.Top);
                DrawLine(gfx, page, placed, geometry.Top);
            }

            structure.End();
        }
    }

    private void DrawFootnotes(XGraphics gfx, PdfPage page, PageLayout layout)
    {
        if (layout.Footnotes.Length == 0)
            return;
        var ruleY = geometry.Top + layout.Footnotes[0].Top - 7;
        structure.BeginArtifact();
        gfx.DrawLine(RulePen, geometry.Left, ruleY, geometry.Left + 120, ruleY);
        structure.End();
        foreach (var group in GroupByBlock(layout.Footnotes))
        {
            BeginElement(group[0].Block);
            foreach (var placed in group)
                DrawLine(gfx, page, placed, geometry.Top);
            structure.End();
        }
    }

    private void DrawRunningHeadAndFoot(XGraphics gfx, int pageNumber, int pageCount)
    {
        var style = PdfTheme.Running;
        var font = FontFor(style);
        structure.BeginArtifact();
        if (pageNumber > 1)
        {
            var headY = geometry.Top - 26;
            gfx.DrawString(Shorten(title, style, geometry.BodyWidth), font, MutedBrush, geometry.Left, headY);
            gfx.DrawLine(RulePen, geometry.Left, headY + 5, geometry.Width - geometry.Right, headY + 5);
        }

        var footer = (words ?? Interface.InterfaceWords.English).PageOf(pageNumber, pageCount);
        var footY = geometry.Height - geometry.Bottom + 34;
        var width = measurer.Width(footer, style);
        gfx.DrawString(footer, font, MutedBrush, geometry.Left + ((geometry.BodyWidth - width) / 2), footY);
        structure.End();
    }

    private void DrawLine(XGraphics gfx, PdfPage page, PlacedLine placed, double areaTop)
    {
        var lineTop = areaTop + placed.Top;
        var baseline = lineTop + placed.Line.Baseline;
        foreach (var fragment in placed.Line.Fragments)
        {
            var x = geometry.Left + placed.Block.Indent + fragment.X;
            var y = fragment.Style.Superscript ? baseline - (fragment.Style.Size * 0.6) : baseline;
            var font = FontFor(fragment.Style);
            var brush = BrushFor(fragment.Style.Ink);
            if (fragment.LinkTarget is { } target)
            {
                var area = new XRect(x, lineTop, fragment.Width, placed.Line.Height);
                var link = PdfLinkAnnotation.CreateWebLink(new PdfRectangle(gfx.Transformer.WorldToDefaultPage(area)), target);
                structure.BeginElement(link, fragment.Text);
                gfx.DrawString(fragment.Text, font, brush, x, y);
                structure.End();
            }
            else
            {
                gfx.DrawString(fragment.Text, font, brush, x, y);
            }
        }
    }

    /// <summary>Opens the structure element of a block: the tag by its role, a footnote's Note with a unique /ID.</summary>
    private void BeginElement(LayoutBlock block)
    {
        switch (block.Role)
        {
            case BlockRole.Title:
                structure.BeginBlockLevelElement(PdfStructure.TitleTag);
                break;
            case BlockRole.Heading1 or BlockRole.Heading2 or BlockRole.Heading3:
                var level = HeadingLevel(block.Role);
                HeadingLevels.Add(level);
                structure.BeginElement(level switch
                {
                    1 => PdfBlockLevelElementTag.Heading1,
                    2 => PdfBlockLevelElementTag.Heading2,
                    _ => PdfBlockLevelElementTag.Heading3,
                });
                break;
            case BlockRole.SpeakerLabel:
                structure.BeginElement(PdfBlockLevelElementTag.Label);
                break;
            case BlockRole.Footnote:
                structure.BeginBlockLevelElement("/Note");
                var id = block.NoteId ?? "note";
                var piece = notePieces[id] = notePieces.GetValueOrDefault(id) + 1;
                var noteId = piece == 1 ? id : id + "-" + piece.ToString(CultureInfo.InvariantCulture);
                structure.CurrentStructureElement.Elements.SetString("/ID", noteId);
                NoteIds.Add(noteId);
                break;
            case BlockRole.TitleDetail or BlockRole.Paragraph or BlockRole.Editorial:
                structure.BeginElement(PdfBlockLevelElementTag.Paragraph);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.Role, "unknown block role");
        }
    }

    /// <summary>A bookmark under the nearest open bookmark of a lower level, opening the page with the heading's top
    /// line at the top of the window (/XYZ left top, zoom unchanged).</summary>
    private void AddOutline(string text, int level, PdfPage page, double lineTop)
    {
        var parent = outlineParents.Take(level - 1).LastOrDefault(o => o is not null);
        var outline = (parent?.Outlines ?? pdf.Outlines).Add(text, page, true);
        outline.PageDestinationType = PdfPageDestinationType.Xyz;
        outline.Left = geometry.Left;
        outline.Top = Math.Round(geometry.Height - lineTop, 2);
        outline.Zoom = null;
        outlineParents[level - 1] = outline;
        for (var deeper = level; deeper < outlineParents.Length; deeper++)
            outlineParents[deeper] = null;
    }

    private static int HeadingLevel(BlockRole role) => role switch
    {
        BlockRole.Heading1 => 1,
        BlockRole.Heading2 => 2,
        BlockRole.Heading3 => 3,
        _ => 1,
    };

    private string Shorten(string text, TextStyle style, double width)
    {
        if (measurer.Width(text, style) <= width)
            return text;
        var cut = text.Length;
        while (cut > 1 && measurer.Width(text[..cut] + "…", style) > width)
            cut = Math.Max(1, cut - Math.Max(1, cut / 8));
        return text[..cut].TrimEnd() + "…";
    }

    private XFont FontFor(TextStyle style)
    {
        if (!fonts.TryGetValue((style.Face, style.Size), out var font))
        {
            var (family, bold, italic) = EmbeddedFontResolver.Request(style.Face);
            var fontStyle = (bold, italic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            font = new XFont(family, style.Size, fontStyle, UnicodeOnly);
            fonts[(style.Face, style.Size)] = font;
        }

        return font;
    }

    private static XBrush BrushFor(Ink ink) => ink switch
    {
        Ink.Text => XBrushes.Black,
        Ink.Muted => MutedBrush,
        Ink.Link => LinkBrush,
        _ => throw new ArgumentOutOfRangeException(nameof(ink), ink, "unknown ink"),
    };

    private static List<List<PlacedLine>> GroupByBlock(IEnumerable<PlacedLine> lines)
    {
        var groups = new List<List<PlacedLine>>();
        foreach (var line in lines)
        {
            if (groups.Count > 0 && ReferenceEquals(groups[^1][0].Block, line.Block))
                groups[^1].Add(line);
            else
                groups.Add([line]);
        }

        return groups;
    }
}
