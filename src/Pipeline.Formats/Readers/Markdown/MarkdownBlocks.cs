using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Footnote = Markdig.Extensions.Footnotes.Footnote;

namespace Pipeline.Formats.Readers.Markdown;

/// <summary>What a Markdown block became.</summary>
internal enum MarkdownItemKind
{
    /// <summary>Running text: a paragraph, a list item's or quote's paragraph, a table row.</summary>
    Text,

    /// <summary>An ATX or setext heading.</summary>
    Heading,

    /// <summary>A fenced code block, kept line for line.</summary>
    Verbatim,

    /// <summary>A footnote definition, as <c>[n] body</c>.</summary>
    Footnote,
}

/// <summary>One paragraph-sized piece of a Markdown document, before transcript conventions apply.</summary>
/// <param name="Level">The heading level (1–6) for headings, else 0.</param>
internal sealed record MarkdownItem(MarkdownItemKind Kind, ImmutableArray<SourceLine> Lines, int Level = 0)
{
    public int Line => Lines.IsEmpty ? 0 : Lines[0].Line;

    public string PlainText => string.Join("\n", Lines.Select(l => InlineText.ToPlainText(l.Content)));
}

/// <summary>Walks a Markdig document into <see cref="MarkdownItem"/>s in reading order: containers (quotes,
/// lists, tables) are flattened to their paragraphs; lines holding only white space (no-break spaces
/// included, which Markdown does not count as blank) split paragraphs; a footnote's body follows the
/// paragraph that first refers to it.</summary>
internal sealed partial class MarkdownBlocks
{
    private readonly List<MarkdownItem> items = [];
    private readonly HashSet<Footnote> emitted = [];

    /// <summary>While a footnote's body is collected: the footnotes it refers to, emitted after it by the caller.</summary>
    private List<Footnote>? referencedInBody;

    /// <summary>The number of the ordered-list item being walked, until its first paragraph takes it.</summary>
    private string? pendingMarker;

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    public static List<MarkdownItem> Collect(MarkdownDocument document)
    {
        var walker = new MarkdownBlocks();
        foreach (var block in document)
            walker.Walk(block);
        return walker.items;
    }

    private void Walk(Markdig.Syntax.Block block)
    {
        switch (block)
        {
            case YamlFrontMatterBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup or BlankLineBlock:
                break;
            case HeadingBlock heading:
                items.Add(new MarkdownItem(MarkdownItemKind.Heading, [new SourceLine(MarkdownInlines.Flat(heading.Inline), heading.Line + 1, heading.Column + 1)], heading.Level));
                break;
            case ParagraphBlock paragraph:
                AddText(paragraph);
                break;
            case FencedCodeBlock fenced:
                AddVerbatim(fenced);
                break;
            case CodeBlock indented:
                AddIndented(indented);
                break;
            case HtmlBlock html:
                AddHtml(html);
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                    AddRow(row);
                break;
            case FootnoteGroup group:
                foreach (var footnote in group.OfType<Footnote>())
                    AddFootnote(footnote);
                break;
            case ListBlock { IsOrdered: true } list:
                WalkOrdered(list);
                break;
            case ContainerBlock container:
                foreach (var child in container)
                    Walk(child);
                break;
            case LeafBlock { Inline: not null } leaf:
                AddLines(MarkdownInlines.Convert(leaf.Inline, leaf.Line + 1, leaf.Column + 1));
                break;
        }
    }

    /// <summary>An ordered list's numbers are words of the transcript (a year, a question's number), not layout:
    /// each item's first paragraph keeps its marker as written (<c>1962.</c>, <c>3)</c>).</summary>
    private void WalkOrdered(ListBlock list)
    {
        foreach (var child in list)
        {
            if (child is ListItemBlock item)
                pendingMarker = item.Order.ToString(CultureInfo.InvariantCulture) + list.OrderedDelimiter + " ";
            Walk(child);
            pendingMarker = null;
        }
    }

    private void AddText(ParagraphBlock paragraph) =>
        AddLines(MarkdownInlines.Convert(paragraph.Inline, paragraph.Line + 1, paragraph.Column + 1));

    private void AddLines((List<SourceLine> Lines, List<Footnote> Footnotes) converted)
    {
        var group = new List<SourceLine>();
        foreach (var line in converted.Lines)
        {
            if (InlineText.ToPlainText(line.Content).All(char.IsWhiteSpace))
            {
                Flush();
                continue;
            }

            group.Add(line);
        }

        Flush();
        foreach (var footnote in converted.Footnotes)
        {
            if (referencedInBody is not null)
                referencedInBody.Add(footnote);
            else
                AddFootnote(footnote);
        }

        void Flush()
        {
            if (group.Count == 0)
                return;
            var last = group[^1];
            if (!last.Content.IsEmpty && last.Content[^1] is LineBreak)
                group[^1] = last with { Content = last.Content.RemoveAt(last.Content.Length - 1) };
            if (pendingMarker is not null)
            {
                group[0] = group[0] with { Content = group[0].Content.Insert(0, new Pipeline.Core.Model.Text(pendingMarker)) };
                pendingMarker = null;
            }

            items.Add(new MarkdownItem(MarkdownItemKind.Text, [.. group]));
            group = [];
        }
    }

    /// <summary>A fenced block (slides in a talk, a quoted document) keeps its lines and their indentation.</summary>
    private void AddVerbatim(FencedCodeBlock fenced)
    {
        var lines = LinesOf(fenced).ToList();
        while (lines.Count > 0 && lines[^1].Text.Trim().Length == 0)
            lines.RemoveAt(lines.Count - 1);
        while (lines.Count > 0 && lines[0].Text.Trim().Length == 0)
            lines.RemoveAt(0);
        if (lines.Count == 0)
            return;
        var content = new List<Inline>();
        foreach (var (text, _) in lines)
        {
            if (content.Count > 0)
                content.Add(new LineBreak());
            if (text.TrimEnd().Length > 0)
                content.Add(new Core.Model.Text(text.TrimEnd()));
        }

        items.Add(new MarkdownItem(MarkdownItemKind.Verbatim, [new SourceLine([.. content], lines[0].Line, 1)]));
    }

    /// <summary>An indented block in a transcript is text indented by accident (or by a converter), not code:
    /// its lines are read as ordinary paragraph lines.</summary>
    private void AddIndented(CodeBlock code)
    {
        var group = new List<SourceLine>();
        foreach (var (text, line) in LinesOf(code))
        {
            if (text.All(char.IsWhiteSpace))
            {
                Flush();
                continue;
            }

            group.Add(new SourceLine([new Core.Model.Text(text.Trim())], line, 1));
        }

        Flush();

        void Flush()
        {
            if (group.Count > 0)
                items.Add(new MarkdownItem(MarkdownItemKind.Text, [.. group]));
            group = [];
        }
    }

    private void AddHtml(HtmlBlock html)
    {
        if (html.Type == HtmlBlockType.Comment)
            return;
        var text = HtmlTag().Replace(string.Join("\n", LinesOf(html).Select(l => l.Text)), " ");
        var decoded = System.Net.WebUtility.HtmlDecode(text).Trim();
        if (decoded.Length > 0)
            items.Add(new MarkdownItem(MarkdownItemKind.Text, [new SourceLine([new Core.Model.Text(string.Join(" ", decoded.Split((char[])['\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries)))], html.Line + 1)]));
    }

    /// <summary>A table row becomes one paragraph, its cells joined by <c> | </c>.</summary>
    private void AddRow(TableRow row)
    {
        var content = new List<Inline>();
        foreach (var cell in row.OfType<TableCell>())
        {
            if (content.Count > 0)
                content.Add(new Core.Model.Text(" | "));
            foreach (var paragraph in cell.OfType<ParagraphBlock>())
                content.AddRange(MarkdownInlines.Flat(paragraph.Inline));
        }

        if (InlineText.ToPlainText(content).Replace("|", "", StringComparison.Ordinal).Trim().Length > 0)
            items.Add(new MarkdownItem(MarkdownItemKind.Text, [new SourceLine([.. content], row.Line + 1, row.Column + 1)]));
    }

    /// <summary>A footnote definition as one paragraph <c>[n] body</c>, which the normaliser's numbered-footnote
    /// rule links to the <c>[n]</c> marker just before it; the footnotes its body refers to follow it, depth first. The
    /// chain is followed with an explicit stack: a note referring to a note referring to a note… cannot overflow.</summary>
    private void AddFootnote(Footnote first)
    {
        var pending = new Stack<Footnote>();
        pending.Push(first);
        while (pending.Count > 0)
        {
            var footnote = pending.Pop();
            if (!emitted.Add(footnote))
                continue;
            var body = new MarkdownBlocks { referencedInBody = [] };
            foreach (var child in footnote)
                body.Walk(child);
            var lines = body.items.SelectMany(i => i.Lines).ToList();
            var marker = new Core.Model.Text($"[{footnote.Order}] ");
            if (lines.Count == 0)
                lines.Add(new SourceLine([marker], footnote.Line + 1));
            else
                lines[0] = lines[0] with { Content = lines[0].Content.Insert(0, marker), Column = 1 };
            items.Add(new MarkdownItem(MarkdownItemKind.Footnote, [.. lines]));
            for (var i = body.referencedInBody!.Count - 1; i >= 0; i--)
                pending.Push(body.referencedInBody[i]);
        }
    }

    private static IEnumerable<(string Text, int Line)> LinesOf(LeafBlock block)
    {
        var group = block.Lines;
        for (var i = 0; i < group.Count; i++)
            yield return (group.Lines[i].Slice.ToString(), group.Lines[i].Line + 1);
    }
}
