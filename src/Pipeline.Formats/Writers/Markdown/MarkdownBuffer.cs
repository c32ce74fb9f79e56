using System.Text;

namespace Pipeline.Formats.Writers.Markdown;

/// <summary>Pandoc Markdown output with escaping: text written here always reads back as the same literal characters.</summary>
/// <remarks>Escapes every ASCII punctuation character that pandoc or CommonMark may read as markup anywhere in a line,
/// plus the characters that only matter at the start of a line (list markers, block quotes, definition lists,
/// fenced divs, setext underlines). Spaces at the start of a line are dropped so text never becomes an indented code
/// block. Straight quotes, <c>--</c> and <c>...</c> are escaped so pandoc's smart typography leaves them alone.</remarks>
internal sealed class MarkdownBuffer(UnsafeCharacterFilter filter)
{
    private const string AlwaysEscaped = "\\`*_[]<>#|{}~^$@&\"'";
    private const string LineStartEscaped = "-+=:%(!";

    /// <summary>pandoc's abbreviations (<c>pandoc --print-default-data-file abbreviations</c>): before a space, its smart
    /// extension turns the space into a no-break space unless the final period is escaped.</summary>
    private static readonly HashSet<string> PandocAbbreviations = new(StringComparer.Ordinal)
    {
        "aet.", "aetat.", "al.", "Apr.", "Aug.", "bk.", "Bros.", "c.", "Capt.", "cf.", "ch.", "chap.", "chs.", "Co.", "col.",
        "Corp.", "cp.", "d.", "Dec.", "Dr.", "e.g.", "ed.", "eds.", "esp.", "f.", "fasc.", "Feb.", "ff.", "fig.", "fl.", "fol.",
        "fols.", "Fr.", "Gen.", "Gov.", "Hon.", "i.e.", "ill.", "Inc.", "incl.", "Jan.", "Jr.", "Jul.", "Jun.", "Ltd.", "M.A.",
        "M.D.", "Mar.", "Mr.", "Mrs.", "Ms.", "n.", "n.b.", "nn.", "No.", "Nov.", "Oct.", "p.", "Ph.D.", "pp.", "Pres.", "Prof.",
        "pt.", "q.v.", "Rep.", "Rev.", "s.v.", "s.vv.", "saec.", "sec.", "Sen.", "Sep.", "Sept.", "Sgt.", "Sr.", "St.", "univ.",
        "viz.", "vol.", "vs.",
    };

    private readonly StringBuilder output = new();
    private bool atLineStart = true;
    private bool skipLeadingSpace = true;

    /// <summary>Written after every hard line break (e.g. four spaces inside a footnote definition).</summary>
    public string ContinuationIndent { get; set; } = "";

    public StringBuilder Output => output;

    /// <summary>Markup written as is; what follows is no longer at the start of a line.</summary>
    public MarkdownBuffer Markup(string markup)
    {
        output.Append(markup);
        atLineStart = false;
        skipLeadingSpace = false;
        return this;
    }

    /// <summary>Markup that ends a line (a fence, a YAML line, a definition opener).</summary>
    public MarkdownBuffer Line(string markup)
    {
        output.Append(markup).Append('\n');
        atLineStart = true;
        skipLeadingSpace = true;
        return this;
    }

    /// <summary>Starts a block: what follows is at the start of a line.</summary>
    public MarkdownBuffer BeginBlock(string indent = "")
    {
        output.Append(indent);
        atLineStart = true;
        skipLeadingSpace = true;
        return this;
    }

    /// <summary>After a block marker such as <c># </c>: leading spaces are dropped, but line-start escapes are not needed.</summary>
    public MarkdownBuffer BeginInlineContent()
    {
        atLineStart = false;
        skipLeadingSpace = true;
        return this;
    }

    /// <summary>Ends the current block with a blank line.</summary>
    public MarkdownBuffer EndBlock()
    {
        TrimTrailingSpaces();
        output.Append("\n\n");
        atLineStart = true;
        skipLeadingSpace = true;
        return this;
    }

    /// <summary>A pandoc hard line break (backslash, newline).</summary>
    public MarkdownBuffer HardBreak()
    {
        TrimTrailingSpaces();
        output.Append("\\\n").Append(ContinuationIndent);
        atLineStart = true;
        skipLeadingSpace = true;
        return this;
    }

    /// <summary>Literal text, escaped. Tabs and line feeds become spaces; unsafe characters are dropped.</summary>
    public MarkdownBuffer Text(string text)
    {
        var listPunctuation = -1;
        for (var i = 0; i < text.Length;)
        {
            var length = filter.Inspect(text, i, out var safe);
            if (!safe)
            {
                i += length;
                continue;
            }

            if (length == 2)
            {
                output.Append(text, i, 2);
                atLineStart = skipLeadingSpace = false;
                i += 2;
                continue;
            }

            var c = text[i];
            if (c is '\t' or '\n' or '\r' or ' ')
            {
                if (!skipLeadingSpace)
                    output.Append(' ');
                i++;
                continue;
            }

            if (atLineStart)
                listPunctuation = ListMarkerPunctuation(text, i);
            if (NeedsEscape(c, i == listPunctuation) || (c == '.' && EndsAbbreviationBeforeSpace(text, i)))
                output.Append('\\');
            output.Append(c);
            atLineStart = skipLeadingSpace = false;
            i++;
        }

        return this;
    }

    private bool NeedsEscape(char c, bool isListPunctuation)
    {
        if (AlwaysEscaped.Contains(c, StringComparison.Ordinal) || isListPunctuation)
            return true;
        if (atLineStart && LineStartEscaped.Contains(c, StringComparison.Ordinal))
            return true;
        var previous = output.Length > 0 ? output[^1] : '\0';
        return (c == '-' && previous == '-') || (c == '.' && previous == '.');
    }

    private static bool EndsAbbreviationBeforeSpace(string text, int dot)
    {
        if (dot + 1 >= text.Length || text[dot + 1] is not (' ' or '\t' or '\n' or '\r'))
            return false;
        var start = dot;
        while (start > 0 && (char.IsAsciiLetter(text[start - 1]) || text[start - 1] == '.'))
            start--;
        return dot - start <= 5 && PandocAbbreviations.Contains(text[start..(dot + 1)]);
    }

    /// <summary>The index of the <c>.</c> or <c>)</c> that would make a line starting at <paramref name="start"/> an
    /// ordered list item (<c>12.</c>, <c>a)</c>, <c>iv.</c>), or -1.</summary>
    private static int ListMarkerPunctuation(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            end++;
        if (end == start || end >= text.Length || text[end] is not ('.' or ')'))
            return -1;
        var run = text.AsSpan(start, end - start);
        var isMarker = run.Length == 1
                       || (run.Length <= 9 && AllDigits(run))
                       || AllRoman(run);
        return isMarker ? end : -1;
    }

    private static bool AllDigits(ReadOnlySpan<char> run)
    {
        foreach (var c in run)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }

        return true;
    }

    private static bool AllRoman(ReadOnlySpan<char> run)
    {
        foreach (var c in run)
        {
            if ("ivxlcdmIVXLCDM".IndexOf(c, StringComparison.Ordinal) < 0)
                return false;
        }

        return true;
    }

    private void TrimTrailingSpaces()
    {
        var end = output.Length;
        while (end > 0 && output[end - 1] == ' ')
            end--;
        output.Length = end;
    }
}
