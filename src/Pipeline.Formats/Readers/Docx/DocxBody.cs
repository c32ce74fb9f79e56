using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Pipeline.Formats.Readers.Docx;

/// <summary>Walks the main document (and note bodies) in document order into <see cref="DocxParagraph"/>s: runs with
/// their formatting, tracked changes read as accepted (insertions kept, deletions dropped), comments and field codes
/// skipped, text boxes read after the paragraph that anchors them, tables as rows.</summary>
internal sealed class DocxBody(DocxStyles styles)
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const int MaxDepth = 256;

    private readonly List<DocxParagraph> paragraphs = [];
    private readonly List<DocxParagraph> pendingBoxes = [];

    public int Insertions { get; private set; }

    public int Deletions { get; private set; }

    public int Comments { get; private set; }

    public int TextBoxes { get; private set; }

    public int Tables { get; private set; }

    public int SpeakerTables { get; private set; }

    /// <summary>Paragraphs of the body, including table rows and text boxes.</summary>
    public List<DocxParagraph> Read(OpenXmlElement body, List<Diagnostic> diagnostics)
    {
        Blocks(body, 0, diagnostics);
        return paragraphs;
    }

    /// <summary>The paragraphs of one note (footnote or endnote) body, numbered from 1 within it.</summary>
    public List<DocxParagraph> ReadNote(OpenXmlElement note)
    {
        var body = new DocxBody(styles);
        body.Blocks(note, 0, []);
        Insertions += body.Insertions;
        Deletions += body.Deletions;
        Comments += body.Comments;
        return body.paragraphs;
    }

    private void Blocks(OpenXmlElement container, int depth, List<Diagnostic> diagnostics)
    {
        if (depth > MaxDepth)
            return;
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    AddParagraph(paragraph, depth);
                    break;
                case Table table:
                    Tables++;
                    AddTable(table, depth, diagnostics);
                    break;
                case DeletedRun or MoveFromRun:
                    Deletions++;
                    break;
                case SectionProperties:
                    break;
                default:
                    if (child.LocalName == "del" || child.LocalName == "moveFrom")
                    {
                        Deletions++;
                        break;
                    }

                    if (child.LocalName == "ins" || child.LocalName == "moveTo")
                        Insertions++;
                    // Content controls, custom XML, tracked insertions of whole blocks: their content is read in place.
                    Blocks(child, depth + 1, diagnostics);
                    break;
            }
        }
    }

    private void AddParagraph(Paragraph paragraph, int depth, string? speaker = null, (TimeSpan Time, string Text)? time = null)
    {
        var properties = paragraph.ParagraphProperties;
        var style = styles[properties?.ParagraphStyleId?.Val?.Value];
        int? outline = properties?.OutlineLevel?.Val?.Value is { } level ? level : style?.OutlineLevel;
        if (outline is < 0 or > 8)
            outline = null;
        var pieces = new List<DocxPiece>();
        Inline(paragraph, pieces, depth + 1);
        paragraphs.Add(new DocxParagraph(paragraphs.Count + 1, style, outline, pieces) { TableSpeaker = speaker, TableTime = time?.Time, TableTimeText = time?.Text });
        FlushBoxes();
    }

    private void FlushBoxes()
    {
        foreach (var box in pendingBoxes)
            paragraphs.Add(new DocxParagraph(paragraphs.Count + 1, box.Style, box.OutlineLevel, box.Pieces));
        pendingBoxes.Clear();
    }

    private void Inline(OpenXmlElement element, List<DocxPiece> pieces, int depth)
    {
        if (depth > MaxDepth)
            return;
        foreach (var child in element.ChildElements)
        {
            if (child.NamespaceUri != WordNamespace)
            {
                if (child.LocalName == "AlternateContent")
                {
                    // Markup compatibility: read the first choice only, so a text box is not read twice from its fallback.
                    if (child.ChildElements.FirstOrDefault() is { } choice)
                        Inline(choice, pieces, depth + 1);
                    continue;
                }

                Inline(child, pieces, depth + 1);
                continue;
            }

            switch (child.LocalName)
            {
                case "pPr" or "rPr" or "instrText" or "delInstrText" or "fldChar" or "commentRangeStart" or "commentRangeEnd" or "bookmarkStart" or "bookmarkEnd" or "proofErr" or "lastRenderedPageBreak":
                    break;
                case "commentReference":
                    Comments++;
                    break;
                case "del" or "moveFrom":
                    Deletions++;
                    break;
                case "ins" or "moveTo":
                    Insertions++;
                    Inline(child, pieces, depth + 1);
                    break;
                case "r":
                    Run((Run)child, pieces, depth);
                    break;
                case "txbxContent":
                    TextBoxes++;
                    var box = new DocxBody(styles);
                    box.Blocks(child, depth + 1, []);
                    Insertions += box.Insertions;
                    Deletions += box.Deletions;
                    Comments += box.Comments;
                    pendingBoxes.AddRange(box.paragraphs);
                    break;
                default:
                    // Hyperlinks, simple fields, smart tags, content controls, drawings holding text boxes.
                    Inline(child, pieces, depth + 1);
                    break;
            }
        }
    }

    private void Run(Run run, List<DocxPiece> pieces, int depth)
    {
        var properties = run.RunProperties;
        var characterStyle = styles[properties?.RunStyle?.Val?.Value];
        var bold = DocxStyles.Flag(properties?.Bold) ?? characterStyle?.Bold ?? false;
        var italic = DocxStyles.Flag(properties?.Italic) ?? characterStyle?.Italic ?? false;
        var marked = bold || characterStyle is not null;
        foreach (var child in run.ChildElements)
        {
            switch (child.LocalName)
            {
                case "t":
                    Add(pieces, child.InnerText, bold, italic, marked);
                    break;
                case "tab" or "ptab":
                    Add(pieces, "\t", bold, italic, marked);
                    break;
                case "noBreakHyphen":
                    Add(pieces, "\u2011", bold, italic, marked);
                    break;
                case "softHyphen":
                    break;
                case "sym":
                    if (child.GetAttributes().FirstOrDefault(a => a.LocalName == "char").Value is { Length: 4 } code &&
                        int.TryParse(code, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 0x20 and < 0xF000)
                        Add(pieces, char.ConvertFromUtf32(value), bold, italic, marked);
                    break;
                case "br" or "cr":
                    pieces.Add(new DocxBreak());
                    break;
                case "footnoteReference" or "endnoteReference":
                    if (child.GetAttributes().FirstOrDefault(a => a.LocalName == "id").Value is { } id)
                        pieces.Add(new DocxNoteReference((child.LocalName == "footnoteReference" ? "f" : "e") + id));
                    break;
                case "commentReference":
                    Comments++;
                    break;
                case "delText" or "instrText" or "delInstrText" or "rPr" or "fldChar" or "lastRenderedPageBreak":
                    break;
                default:
                    Inline(child, pieces, depth + 1);
                    break;
            }
        }
    }

    private static void Add(List<DocxPiece> pieces, string text, bool bold, bool italic, bool marked)
    {
        if (text.Length == 0)
            return;
        if (pieces.Count > 0 && pieces[^1] is DocxText last && last.Bold == bold && last.Italic == italic && last.Marked == marked)
            pieces[^1] = last with { Text = last.Text + text };
        else
            pieces.Add(new DocxText(text, bold, italic, marked));
    }

    private void AddTable(Table table, int depth, List<Diagnostic> diagnostics)
    {
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().ToList()).ToList();
        var layout = DocxTables.SpeakerLayout(rows);
        if (layout is null)
        {
            // Not a speaker / text table: its cells' paragraphs are read in order.
            foreach (var cell in rows.SelectMany(r => r))
                Blocks(cell, depth + 1, diagnostics);
            return;
        }

        SpeakerTables++;
        var (speakerColumn, textColumn, timeColumn, header) = layout.Value;
        for (var r = header ? 1 : 0; r < rows.Count; r++)
        {
            var cells = rows[r];
            var speaker = speakerColumn < cells.Count ? DocxTables.CellText(cells[speakerColumn]) : "";
            (TimeSpan, string)? time = timeColumn >= 0 && timeColumn < cells.Count && Readers.Csv.CsvTime.Parse(DocxTables.CellText(cells[timeColumn]), numbersAreTimes: false) is { } t
                ? (t, DocxTables.CellText(cells[timeColumn])) : null;
            var first = true;
            for (var c = 0; c < cells.Count; c++)
            {
                if (c == speakerColumn || (c == timeColumn && time is not null))
                    continue;
                foreach (var paragraph in cells[c].Descendants<Paragraph>().Where(p => !p.Ancestors<Paragraph>().Any()))
                {
                    AddParagraph(paragraph, depth + 1, first ? speaker : null, first ? time : null);
                    if (paragraphs[^1].IsEmpty)
                        continue;
                    first = false;
                }
            }

            if (first && speaker.Length > 0)
                diagnostics.Add(Diagnostic.Info(DiagnosticCode.RowWithoutText, $"table row for '{speaker}' has no text", paragraphs.Count).With("speaker", speaker));
        }
    }
}
