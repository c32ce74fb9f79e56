using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Pipeline.Formats.Readers.Html;

/// <summary>Follows the tags as the HTML parser reads them and refuses a page that keeps more than
/// <see cref="ReaderLimits.MaxOpenHtmlElements"/> elements open at once, with an error naming the file and line. The parser
/// checks its whole stack of open elements at most tags, so a page nested 100,000 deep would take it minutes; the guard
/// stops it early. It keeps its own stack the way the parser does, roughly: void elements never open, and self-closed ones only inside SVG and MathML (elsewhere the parser opens <c>&lt;div/&gt;</c> like <c>&lt;div&gt;</c>),
/// an end tag closes everything opened after the element it names, and a new <c>p</c>, <c>li</c>, <c>dt</c>/<c>dd</c>,
/// row or cell (and a block after an open <c>p</c>) closes the open one it implies, so sloppy pages that never close
/// their paragraphs do not count as deep.</summary>
internal sealed class HtmlNestingGuard(string path)
{
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta",
        "param", "source", "track", "wbr",
    };

    /// <summary>Start tags that close an open <c>p</c>.</summary>
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol",
        "p", "pre", "section", "summary", "table", "ul", "dd", "dt",
    };

    /// <summary>Elements an implied close does not look past (the parser's scope boundaries, simplified).</summary>
    private static readonly HashSet<string> Boundaries = new(StringComparer.Ordinal)
    {
        "html", "table", "td", "th", "caption", "template", "button", "object", "applet", "marquee", "ul", "ol",
    };

    private readonly List<string> open = [];
    private readonly Dictionary<string, int> openCount = new(StringComparer.Ordinal);

    /// <summary>The parser's token callback.</summary>
    public void OnToken(HtmlToken token, TextRange range)
    {
        if (token is not HtmlTagToken tag)
            return;
        var name = tag.Name;
        if (tag.Type == HtmlTokenType.EndTag)
        {
            if (openCount.GetValueOrDefault(name) > 0)
                CloseThrough(name);
            return;
        }

        // The parser ignores "/>" on HTML elements (<div/> opens a div, as browsers do); only inside SVG and MathML does it close.
        if (tag.Type != HtmlTokenType.StartTag || Void.Contains(name) || (tag.IsSelfClosing && (InForeignContent || name is "svg" or "math")))
            return;
        if (ClosesParagraph.Contains(name))
            CloseImplied("p");
        switch (name)
        {
            case "li" or "option":
                CloseImplied(name);
                break;
            case "dt" or "dd":
                CloseImplied("dt");
                CloseImplied("dd");
                break;
            case "td" or "th":
                CloseImplied("td");
                CloseImplied("th");
                break;
            case "tr":
                CloseImplied("tr");
                break;
        }

        open.Add(name);
        openCount[name] = openCount.GetValueOrDefault(name) + 1;
        if (open.Count > ReaderLimits.MaxOpenHtmlElements)
            throw new TranscriptException(path, $"the page nests more than {ReaderLimits.MaxOpenHtmlElements} elements deep (<{name}> here); refused", range.Start.Line);
    }

    private bool InForeignContent => openCount.GetValueOrDefault("svg") > 0 || openCount.GetValueOrDefault("math") > 0;

    /// <summary>Closes the open <paramref name="name"/> a new start tag implies, if one is open within scope.</summary>
    private void CloseImplied(string name)
    {
        if (openCount.GetValueOrDefault(name) == 0)
            return;
        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (open[i] == name)
            {
                CloseThrough(name);
                return;
            }

            if (Boundaries.Contains(open[i]))
                return;
        }
    }

    private void CloseThrough(string name)
    {
        while (open.Count > 0)
        {
            var top = open[^1];
            open.RemoveAt(open.Count - 1);
            openCount[top]--;
            if (top == name)
                return;
        }
    }
}
