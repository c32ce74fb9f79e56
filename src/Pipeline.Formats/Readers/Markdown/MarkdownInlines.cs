using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;
using Model = Pipeline.Core.Model;
using Footnote = Markdig.Extensions.Footnotes.Footnote;

namespace Pipeline.Formats.Readers.Markdown;

/// <summary>Turns Markdig inlines into the model's inlines, one <see cref="SourceLine"/> per source line: soft
/// breaks start a new line (so the normaliser can find a label there), hard breaks also keep a
/// <see cref="Model.LineBreak"/>. Footnote references become the text marker <c>[n]</c> that the normaliser links.</summary>
internal sealed class MarkdownInlines
{
    private readonly List<SourceLine> lines = [];
    private readonly List<Footnote> footnotes = [];
    private List<Model.Inline> current = [];
    private int currentLine;
    private int currentColumn;

    private MarkdownInlines(int line, int column)
    {
        currentLine = line;
        currentColumn = column;
    }

    /// <summary>The lines of an inline container and the footnotes it refers to, in order.</summary>
    public static (List<SourceLine> Lines, List<Footnote> Footnotes) Convert(ContainerInline? container, int line, int column)
    {
        var converter = new MarkdownInlines(line, column);
        if (container is not null)
        {
            var top = converter.Walk(container, top: true);
            converter.current.AddRange(top);
        }

        converter.FlushLine(hard: false);
        return (converter.lines, converter.footnotes);
    }

    /// <summary>The inlines of a container with line breaks as spaces (headings, table cells).</summary>
    public static ImmutableArray<Model.Inline> Flat(ContainerInline? container)
    {
        var (lines, _) = Convert(container, 1, 1);
        var all = new List<Model.Inline>();
        foreach (var line in lines)
        {
            if (all.Count > 0)
                all.Add(new Model.Text(" "));
            all.AddRange(line.Content.Where(i => i is not Model.LineBreak));
        }

        return InlineEdit.Merge(all);
    }

    /// <summary>Children of a container as model inlines. Line breaks at the top level end the current line;
    /// inside emphasis or a link they stay inside the formatted run (a space, or a line break when hard).</summary>
    private List<Model.Inline> Walk(ContainerInline container, bool top = false)
    {
        var result = new List<Model.Inline>();
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    result.Add(new Model.Text(literal.Content.ToString()));
                    break;
                case LineBreakInline lineBreak when !top:
                    result.Add(lineBreak.IsHard ? new Model.LineBreak() : new Model.Text(" "));
                    break;
                case LineBreakInline lineBreak:
                    current.AddRange(result);
                    result.Clear();
                    FlushLine(lineBreak.IsHard);
                    currentLine = lineBreak.Line + 2;
                    currentColumn = 1;
                    break;
                case EmphasisInline emphasis:
                    result.AddRange(Wrap(emphasis, Walk(emphasis)));
                    break;
                case CodeInline code:
                    result.Add(new Model.Text(code.Content));
                    break;
                case AutolinkInline autolink:
                    result.Add(new Model.Link(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, [new Model.Text(autolink.Url)]));
                    break;
                case LinkInline { IsImage: true } image:
                    result.AddRange(Walk(image));
                    break;
                case LinkInline link:
                    var content = InlineEdit.Merge(Walk(link));
                    if (string.IsNullOrWhiteSpace(link.Url))
                        result.AddRange(content);
                    else
                        result.Add(new Model.Link(link.Url, content));
                    break;
                case FootnoteLink { IsBackLink: false } reference:
                    result.Add(new Model.Text($"[{reference.Footnote.Order}]"));
                    if (!footnotes.Contains(reference.Footnote))
                        footnotes.Add(reference.Footnote);
                    break;
                case FootnoteLink:
                    break;
                case HtmlEntityInline entity:
                    result.Add(new Model.Text(entity.Transcoded.ToString()));
                    break;
                case HtmlInline:
                    break;
                case DelimiterInline delimiter:
                    result.Add(new Model.Text(delimiter.ToLiteral()));
                    result.AddRange(Walk(delimiter));
                    break;
                case ContainerInline other:
                    result.AddRange(Walk(other));
                    break;
                default:
                    result.Add(new Model.Text(inline.ToString() ?? ""));
                    break;
            }
        }

        return result;
    }

    /// <summary>Emphasis (<c>*x*</c>), strong (<c>**x**</c>) or both; other delimiters (strike-through, marks,
    /// sub- and superscript) have no model node, so their text is kept plain.</summary>
    private static IEnumerable<Model.Inline> Wrap(EmphasisInline emphasis, List<Model.Inline> content)
    {
        if (emphasis.DelimiterChar is not ('*' or '_'))
            return content;
        var merged = InlineEdit.Merge(content);
        return emphasis.DelimiterCount switch
        {
            1 => [new Model.Emphasis(merged)],
            2 => [new Model.Strong(merged)],
            _ => [new Model.Strong([new Model.Emphasis(merged)])],
        };
    }

    private void FlushLine(bool hard)
    {
        if (hard)
            current.Add(new Model.LineBreak());
        lines.Add(new SourceLine(InlineEdit.Merge(current), currentLine, currentColumn));
        current = [];
    }
}
