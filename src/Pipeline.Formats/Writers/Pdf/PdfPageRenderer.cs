using System.Security.Cryptography;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using Pipeline.Formats.Writers.Pdf.Layout;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>Writes laid-out pages as PDF content streams of its own (<see cref="PdfContentWriter"/>): every text run
/// inside a structure element (Title, H1–H3, Lbl for speaker labels, P, Note for footnotes), running header, footer,
/// page numbers and rules as artifacts, links as web-link annotations owned by Link elements, headings as nested
/// bookmarks that open at the heading's position. Each page's content is compressed as soon as the page is done.</summary>
internal sealed class PdfPageRenderer : IDisposable
{
    private readonly PdfDocument pdf;
    private readonly PageGeometry geometry;
    private readonly string title;
    private readonly Interface.InterfaceWords? words;
    private readonly TextMeasurer measurer = new();
    private readonly PdfOutline?[] outlineParents = new PdfOutline?[3];
    private readonly Dictionary<string, int> notePieces = new(StringComparer.Ordinal);
    private readonly PdfFontSet fonts;
    private readonly PdfContentWriter content;
    private readonly PdfTagTree tags;
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private PdfPage? page;
    private PdfDictionary? element;
    private string elementTag = "";
    private List<StyledRun>? runningTitle;

    public PdfPageRenderer(PdfDocument pdf, PageGeometry geometry, string title, Interface.InterfaceWords? words = null)
    {
        this.pdf = pdf;
        this.geometry = geometry;
        this.title = title;
        this.words = words;
        fonts = new PdfFontSet(pdf);
        content = new PdfContentWriter(fonts);
        tags = new PdfTagTree(pdf);
    }

    /// <summary>The heading levels drawn, in order (a heading split over two pages counts twice).</summary>
    public List<int> HeadingLevels { get; } = [];

    /// <summary>The /ID of every Note element, in order.</summary>
    public List<string> NoteIds { get; } = [];

    /// <summary>Adds one PDF page per layout page, then the fonts and the structure tree.</summary>
    public void Render(IReadOnlyList<PageLayout> pages)
    {
        for (var index = 0; index < pages.Count; index++)
        {
            page = pdf.AddPage();
            page.Width = XUnit.FromPoint(geometry.Width);
            page.Height = XUnit.FromPoint(geometry.Height);
            page.Elements.SetName("/Tabs", "/S");
            tags.BeginPage(page);
            content.Reset();
            DrawBody(pages[index]);
            DrawFootnotes(pages[index]);
            DrawRunningHeadAndFoot(index + 1, pages.Count);
            FinishPage();
        }

        fonts.Finish();
        tags.Finish();
    }

    public void Dispose()
    {
        hash.Dispose();
        content.Dispose();
    }

    /// <summary>A SHA-256 of every page's content and link target: what the file's /ID and XMP uuids derive from.</summary>
    public byte[] ContentHash() => hash.GetHashAndReset();

    private void FinishPage()
    {
        var bytes = content.Written;
        hash.AppendData(bytes);
        var stream = PdfStreams.Compressed(pdf, bytes);
        page!.Elements.SetReference("/Contents", stream);
        var fontResources = new PdfDictionary(pdf);
        foreach (var entry in fonts.InOrder)
        {
            if (content.DrewOnPage(entry))
                fontResources.Elements.SetReference(entry.ResourceName, entry.Type0);
        }

        var resources = new PdfDictionary(pdf);
        resources.Elements["/Font"] = fontResources;
        page.Elements["/Resources"] = resources;
        PageAnnotations.EnsureArray(pdf, page);
    }

    private void DrawBody(PageLayout layout)
    {
        var lines = layout.Body;
        for (var first = 0; first < lines.Length;)
        {
            var block = lines[first].Block;
            BeginElement(block);
            var end = BlockEnd(lines, first);
            for (var index = first; index < end; index++)
            {
                var placed = lines[index];
                if (block.OutlineTitle is { } outline && ReferenceEquals(placed.Line, block.Lines[0]))
                    AddOutline(outline, HeadingLevel(block.Role), page!, geometry.Top + placed.Top);
                DrawLine(placed, geometry.Top);
            }

            content.EndMarked();
            first = end;
        }
    }

    private void DrawFootnotes(PageLayout layout)
    {
        if (layout.Footnotes.Length == 0)
            return;
        var ruleY = geometry.Top + layout.Footnotes[0].Top - 7;
        content.BeginArtifact();
        content.Rule(geometry.Left, geometry.Left + 120, geometry.Height - ruleY);
        content.EndMarked();
        var lines = layout.Footnotes;
        for (var first = 0; first < lines.Length;)
        {
            BeginElement(lines[first].Block);
            var end = BlockEnd(lines, first);
            for (var index = first; index < end; index++)
                DrawLine(lines[index], geometry.Top);
            content.EndMarked();
            first = end;
        }
    }

    private void DrawRunningHeadAndFoot(int pageNumber, int pageCount)
    {
        var style = PdfTheme.Running;
        content.BeginArtifact();
        if (pageNumber > 1)
        {
            var headY = geometry.Top - 26;
            var x = geometry.Left;
            foreach (var run in RunningTitle(style))
            {
                content.Text(run.Text, run.Style, x, geometry.Height - headY);
                x += measurer.Width(run.Text, run.Style);
            }

            content.Rule(geometry.Left, geometry.Width - geometry.Right, geometry.Height - (headY + 5));
        }

        var footer = (words ?? Interface.InterfaceWords.English).PageOf(pageNumber, pageCount);
        var footY = geometry.Height - geometry.Bottom + 34;
        var width = measurer.Width(footer, style);
        content.Text(footer, style, geometry.Left + ((geometry.BodyWidth - width) / 2), geometry.Height - footY);
        content.EndMarked();
    }

    private void DrawLine(PlacedLine placed, double areaTop)
    {
        var lineTop = areaTop + placed.Top;
        var baseline = lineTop + placed.Line.Baseline;
        foreach (var fragment in placed.Line.Fragments)
        {
            var x = geometry.Left + placed.Block.Indent + fragment.X;
            var y = fragment.Style.Superscript ? baseline - (fragment.Style.Size * 0.6) : baseline;
            if (fragment.LinkTarget is { } target)
            {
                var area = new PdfRectangle(new XRect(x, geometry.Height - (lineTop + placed.Line.Height), fragment.Width, placed.Line.Height));
                var link = PdfLinkAnnotation.CreateWebLink(area, target);
                link.Elements.SetString("/Contents", fragment.Text);
                page!.Annotations.Add(link);
                hash.AppendData(Encoding.UTF8.GetBytes(target));
                content.EndMarked();
                var linkElement = tags.Link(element!, link);
                content.BeginMarked("/Link", tags.Mark(linkElement));
                content.Text(fragment.Characters.Span, fragment.Style, x, geometry.Height - y);
                content.EndMarked();
                content.BeginMarked(elementTag, tags.Mark(element!));
            }
            else
            {
                content.Text(fragment.Characters.Span, fragment.Style, x, geometry.Height - y);
            }
        }
    }

    /// <summary>Opens a structure element and its first marked-content sequence.</summary>
    private void Open(string tag)
    {
        elementTag = tag;
        element = tags.Begin(tag);
        content.BeginMarked(tag, tags.Mark(element));
    }

    /// <summary>Opens the structure element of a block: the tag by its role, a footnote's Note with a unique /ID.</summary>
    private void BeginElement(LayoutBlock block)
    {
        switch (block.Role)
        {
            case BlockRole.Title:
                Open(PdfTagTree.TitleTag);
                break;
            case BlockRole.Heading1 or BlockRole.Heading2 or BlockRole.Heading3:
                var level = HeadingLevel(block.Role);
                HeadingLevels.Add(level);
                Open(level switch
                {
                    1 => "/H1",
                    2 => "/H2",
                    _ => "/H3",
                });
                break;
            case BlockRole.SpeakerLabel:
                Open("/Lbl");
                break;
            case BlockRole.Footnote:
                Open("/Note");
                var id = block.NoteId ?? "note";
                var piece = notePieces[id] = notePieces.GetValueOrDefault(id) + 1;
                var noteId = piece == 1 ? id : id + "-" + piece.ToString(CultureInfo.InvariantCulture);
                element!.Elements.SetString("/ID", noteId);
                NoteIds.Add(noteId);
                break;
            case BlockRole.TitleDetail or BlockRole.Paragraph or BlockRole.Editorial:
                Open("/P");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.Role, "unknown block role");
        }
    }

    /// <summary>A bookmark under the nearest open bookmark of a lower level, opening the page with the heading's top
    /// line at the top of the window (/XYZ left top, zoom unchanged).</summary>
    private void AddOutline(string text, int level, PdfPage page, double lineTop)
    {
        PdfOutline? parent = null;
        for (var higher = level - 2; higher >= 0 && parent is null; higher--)
            parent = outlineParents[higher];
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

    /// <summary>The title for the running head, shortened with an ellipsis to the body width, in runs by the face that
    /// draws each character (<see cref="GlyphFallback"/>, as body text): the same on every page, so made once.</summary>
    private List<StyledRun> RunningTitle(TextStyle style)
    {
        if (runningTitle is not null)
            return runningTitle;
        var width = geometry.BodyWidth;
        var runs = GlyphFallback.Runs(title, style);
        if (Width(runs) > width)
        {
            var cut = title.Length;
            do
            {
                cut = Math.Max(1, cut - Math.Max(1, cut / 8));
                runs = GlyphFallback.Runs(title[..cut] + "…", style);
            }
            while (cut > 1 && Width(runs) > width);
            runs = GlyphFallback.Runs(title[..cut].TrimEnd() + "…", style);
        }

        return runningTitle = runs;
    }

    private double Width(List<StyledRun> runs)
    {
        var width = 0.0;
        foreach (var run in runs)
            width += measurer.Width(run.Text, run.Style);
        return width;
    }

    /// <summary>The index after the last of the consecutive lines from <paramref name="first"/> that belong to its block.</summary>
    private static int BlockEnd(ImmutableArray<PlacedLine> lines, int first)
    {
        var end = first + 1;
        while (end < lines.Length && ReferenceEquals(lines[end].Block, lines[first].Block))
            end++;
        return end;
    }
}
