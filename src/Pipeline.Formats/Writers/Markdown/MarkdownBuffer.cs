using System.Buffers;

namespace Pipeline.Formats.Writers.Markdown;

/// <summary>Pandoc Markdown output with escaping: text written here always reads back as the same literal characters.</summary>
/// <remarks>Escapes a character only where pandoc (or CommonMark) would otherwise read structure: anywhere in a line,
/// backslashes, backticks, <c>~</c> and <c>^</c>; <c>*</c> and <c>_</c> that could open or close emphasis (not
/// <c>snake_case</c>, not <c>5 * 3</c>); <c>&lt;</c> that opens a tag or autolink; <c>&amp;</c> that starts an entity;
/// <c>$</c> that could open math; <c>@</c> that could start a citation; <c>{</c> (attributes); <c>--</c> (smart dashes);
/// <c>::</c> (Markdig's inline containers);
/// the period of an abbreviation before a space (pandoc's no-break space); an opening square bracket (<c>\[laughter]</c>:
/// pandoc may pair it with a <c>]</c> far away, even across paragraphs, into a link, span, note or heading reference) and
/// a closing one only inside a link's text; <c>!</c> before a link the writer opens. At the start
/// of a line: <c>#</c>, <c>&gt;</c>, <c>|</c>, <c>-</c>, <c>+</c>, <c>*</c>, <c>=</c>, <c>:</c>, and the punctuation of
/// a list marker (<c>1.</c>, <c>a)</c>, <c>(iv)</c>, <c>(@)</c>). Apostrophes, quotation marks, parentheses, <c>!</c>,
/// <c>%</c>, <c>&gt;</c> and <c>#</c> inside a line are never escaped (pandoc's smart typography may curl the quotes, as it
/// would for any pandoc user). Spaces at the start of a line are dropped so text never becomes an indented code block.</remarks>
internal sealed class MarkdownBuffer(UnsafeCharacterFilter filter, StringBuilder output)
{
    private const string AlwaysEscaped = "\\`~^{";
    private const string LineStartEscaped = "#>|-+*=:";

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

    /// <summary><see cref="PandocAbbreviations"/> looked up by span, so the word before every period is not copied.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = PandocAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();


    /// <summary>How many square brackets of links the writer opened in the current block are not yet closed: a literal
    /// <c>]</c> inside one would end the link text early.</summary>
    private int openBrackets;
    private bool atLineStart = true;
    private bool skipLeadingSpace = true;

    /// <summary>Written after every hard line break (e.g. four spaces inside a footnote definition).</summary>
    public string ContinuationIndent { get; set; } = "";

    public StringBuilder Output => output;

    /// <summary>Markup written as is; what follows is no longer at the start of a line.</summary>
    public MarkdownBuffer Markup(string markup)
    {
        foreach (var c in markup)
        {
            if (c == '[')
            {
                if (output.Length > 0 && output[^1] == '!')
                    output.Insert(output.Length - 1, '\\');
                openBrackets++;
            }
            else if (c == ']' && openBrackets > 0)
                openBrackets--;
            output.Append(c);
        }

        atLineStart = false;
        skipLeadingSpace = false;
        return this;
    }

    /// <summary>Markup that ends a line (a fence, a YAML line, a definition opener).</summary>
    public MarkdownBuffer Line(string markup)
    {
        output.Append(markup);
        return EndLine();
    }

    /// <summary><see cref="Line(string)"/> for markup built in a builder.</summary>
    public MarkdownBuffer Line(StringBuilder markup)
    {
        output.Append(markup);
        return EndLine();
    }

    private MarkdownBuffer EndLine()
    {
        openBrackets = 0;
        output.Append('\n');
        atLineStart = true;
        skipLeadingSpace = true;
        return this;
    }

    /// <summary>Starts a block: what follows is at the start of a line.</summary>
    public MarkdownBuffer BeginBlock(string indent = "")
    {
        openBrackets = 0;
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
        openBrackets = 0;
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
            // The common case in one append: a run of characters that are safe and never need an escape here.
            if (!atLineStart && IsPlain(text[i]) && i != listPunctuation)
            {
                var end = PlainRunEnd(text, i + 1, listPunctuation);
                output.Append(text, i, end - i);
                skipLeadingSpace = false;
                i = end;
                continue;
            }

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
            if (c == '[' || (c == ']' && openBrackets > 0) || NeedsEscape(text, i, i == listPunctuation) || (c == '.' && EndsAbbreviationBeforeSpace(text, i)))
                output.Append('\\');
            output.Append(c);
            atLineStart = skipLeadingSpace = false;
            i++;
        }

        return this;
    }

    /// <summary>Whether <paramref name="c"/> is written as itself wherever it stands except at the start of a line: a safe
    /// character (<see cref="UnsafeCharacterFilter"/>) that is no space, not half of a surrogate pair, and none of the
    /// characters <see cref="Text"/> may escape (<see cref="NeedsEscape"/>, brackets, the period of an abbreviation, the
    /// punctuation of a list marker).</summary>
    private static bool IsPlain(char c)
    {
        if (c < 0x80)
            return PlainAscii[c];
        return c >= '\u00A0' && !char.IsSurrogate(c) && c is not (>= '\uFDD0' and <= '\uFDEF') && (c & 0xFFFE) != 0xFFFE;
    }

    /// <summary>Where a run of characters written as themselves that continues at <paramref name="start"/> ends: at the
    /// first character that needs an escape or another look where it stands (<see cref="IsPlainInRun"/>), or at
    /// <paramref name="listPunctuation"/>. Inside the run a space is written as itself too (only leading spaces are
    /// dropped, and the run does not lead).</summary>
    private static int PlainRunEnd(string text, int start, int listPunctuation)
    {
        var limit = listPunctuation >= start && listPunctuation < text.Length ? listPunctuation : text.Length;
        var end = start;
        while (end < limit)
        {
            var skipped = text.AsSpan(end, limit - end).IndexOfAnyExcept(PlainAsciiOrSpace);
            if (skipped < 0)
                return limit;
            end += skipped;
            if (!IsPlain(text[end]) && !IsPlainInRun(text, end))
                break;
            end++;
            // Letters beyond ASCII (Cyrillic, Greek, CJK) stop the ASCII search one by one: they are taken here instead.
            while (end < limit && text[end] >= 0x80 && IsPlain(text[end]))
                end++;
        }

        return end;
    }

    /// <summary>Whether the character at <paramref name="index"/>, inside a run (so neither at the start of a line nor the
    /// punctuation of a list marker, and after a character written as itself), is written as itself, as <see cref="Text"/>
    /// would decide: a period that does not end an abbreviation before a space, a parenthesis, a <c>-</c> or <c>:</c> that
    /// does not follow its like.</summary>
    private static bool IsPlainInRun(string text, int index) => text[index] switch
    {
        '.' => !EndsAbbreviationBeforeSpace(text, index),
        '(' or ')' => true,
        '-' or ':' => text[index - 1] != text[index],
        _ => false,
    };

    /// <summary><see cref="IsPlain"/> for ASCII.</summary>
    private static readonly bool[] PlainAscii = BuildPlainAscii();

    /// <summary><see cref="PlainAscii"/> and the space: what a run of plain text skips in one vectorized search.</summary>
    private static readonly SearchValues<char> PlainAsciiOrSpace =
        SearchValues.Create([' ', .. Enumerable.Range(0, 0x80).Where(c => PlainAscii[c]).Select(c => (char)c)]);

    private static bool[] BuildPlainAscii()
    {
        var plain = new bool[0x80];
        for (var c = 0x21; c < 0x7F; c++)
            plain[c] = true;
        foreach (var c in AlwaysEscaped + LineStartEscaped + "*_<&$@-:.[]()")
            plain[c] = false;
        return plain;
    }

    /// <summary>Whether the literal character at <paramref name="i"/> would be read as markup where it stands.</summary>
    private bool NeedsEscape(string text, int i, bool isListPunctuation)
    {
        var c = text[i];
        if (AlwaysEscaped.Contains(c, StringComparison.Ordinal) || isListPunctuation)
            return true;
        if (atLineStart && (LineStartEscaped.Contains(c, StringComparison.Ordinal) || (c == '(' && OpensParenthesisedListMarker(text, i))))
            return true;
        var previous = output.Length > 0 ? output[^1] : '\n';
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        return c switch
        {
            '*' => !(IsSpace(previous) && IsSpace(next)),
            '_' => !((char.IsLetterOrDigit(previous) && char.IsLetterOrDigit(next)) || (IsSpace(previous) && IsSpace(next))),
            '<' => char.IsAsciiLetter(next) || next is '/' or '!' or '?',
            '&' => StartsEntity(text, i),
            '$' => next != '\0' && !IsSpace(next),
            '@' => !char.IsLetterOrDigit(previous) && (char.IsLetterOrDigit(next) || next is '_' or '{' or '\0'),
            '-' => previous == '-',
            ':' => previous == ':',
            _ => false,
        };
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\0' or '\u00A0';

    /// <summary><c>&amp;name;</c>, <c>&amp;#169;</c> or <c>&amp;#xA9;</c> starts at <paramref name="i"/>.</summary>
    private static bool StartsEntity(string text, int i)
    {
        var j = i + 1;
        if (j < text.Length && text[j] == '#')
        {
            j++;
            if (j < text.Length && text[j] is 'x' or 'X')
                j++;
        }

        var start = j;
        while (j < text.Length && char.IsAsciiLetterOrDigit(text[j]))
            j++;
        return j > start && j < text.Length && text[j] == ';';
    }

    /// <summary><c>(@)</c>, <c>(@label)</c>, or <c>(</c> + a list marker + <c>)</c> followed by a space: pandoc's
    /// parenthesised list markers.</summary>
    private static bool OpensParenthesisedListMarker(string text, int open)
    {
        if (open + 1 < text.Length && text[open + 1] == '@')
            return true;
        var end = open + 1;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            end++;
        if (end == open + 1 || end >= text.Length || text[end] != ')')
            return false;
        return IsListMarkerRun(text.AsSpan(open + 1, end - open - 1)) && (end + 1 >= text.Length || IsSpace(text[end + 1]));
    }

    private static bool EndsAbbreviationBeforeSpace(string text, int dot)
    {
        if (dot + 1 >= text.Length || text[dot + 1] is not (' ' or '\t' or '\n' or '\r'))
            return false;
        var start = dot;
        while (start > 0 && (char.IsAsciiLetter(text[start - 1]) || text[start - 1] == '.'))
            start--;
        return dot - start <= 5 && AbbreviationLookup.Contains(text.AsSpan(start, dot + 1 - start));
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
        var followedBySpace = end + 1 >= text.Length || IsSpace(text[end + 1]);
        return followedBySpace && IsListMarkerRun(text.AsSpan(start, end - start)) ? end : -1;
    }

    private static bool IsListMarkerRun(ReadOnlySpan<char> run) =>
        run.Length == 1 || (run.Length <= 9 && AllDigits(run)) || AllRoman(run);

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
