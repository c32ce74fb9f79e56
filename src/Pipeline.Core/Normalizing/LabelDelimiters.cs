namespace Pipeline.Core.Normalizing;

/// <summary>Labels that end with something other than a colon: a full-width colon, <c>.</c>, <c>.-</c>, a spaced dash,
/// the end of a bold run, initials after a surname, or the end of the line. Each is only a candidate: the census
/// accepts a delimiter when the document uses it again and again.</summary>
internal static partial class LabelDelimiters
{
    private const int MaxScan = 160;
    private const int MaxLineLabel = 80;
    private const int MaxDotLabel = 40;

    /// <summary>A surname in capitals and its initials, then the speech: <c>АРІСТОВ Ю.Ю. Шановні колеги</c>.</summary>
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{Lu}'’-]+\s+\p{Lu}\.\s?\p{Lu}\.)\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex InitialsPattern();

    /// <summary>A transcription tool's label line: the name, spaces and a time, nothing else (<c>Jonas Rosland  0:04</c>).</summary>
    [GeneratedRegex(@"^(?<name>\p{L}[^\n:()\[\]]{0,59}?)[ \t\u00A0]+(?<time>(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2})[ \t\u00A0]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenTime();

    public static SpeakerLabel? MatchOther(string text, ImmutableArray<Inline> content)
    {
        if (text.Length == 0 || !char.IsLetter(text[0]) && text[0] != '*')
            return BoldLabel(text, content);
        if (MayOpenWithInitials(text) && InitialsPattern().Match(text) is { Success: true } initials)
        {
            var name = initials.Groups["name"].Value;
            return new SpeakerLabel(name, null, null, null, initials.Length, LabelShape.UpperCase) { Delimiter = LabelDelimiter.Initials };
        }

        return BoldLabel(text, content) ?? Scan(text) ?? LineLabel(text);
    }

    /// <summary>Whether the line starts as <see cref="InitialsPattern"/> needs (two capitals, or a capital and an apostrophe or
    /// hyphen): most lines do not, and are not tried.</summary>
    private static bool MayOpenWithInitials(string text) =>
        text.Length > 1 && char.GetUnicodeCategory(text[0]) == UnicodeCategory.UppercaseLetter
        && (char.GetUnicodeCategory(text[1]) == UnicodeCategory.UppercaseLetter || text[1] is '\'' or '’' or '-');

    /// <summary><c>**Weisberg** Well, …</c>: the bold run is the label when speech follows it.</summary>
    private static SpeakerLabel? BoldLabel(string text, ImmutableArray<Inline> content)
    {
        if (content.IsDefaultOrEmpty || content.Length < 2 || content[0] is not Strong strong)
            return null;
        var bold = InlineEdit.Plain(strong.Content);
        var head = bold.Trim();
        if (head.Length == 0 || head.EndsWith(':') || head.EndsWith('：') || !text.StartsWith(bold, StringComparison.Ordinal))
            return null;
        var end = bold.Length;
        while (end < text.Length && char.IsWhiteSpace(text[end]))
            end++;
        return end < text.Length ? SpeakerLabelParser.FromHead(head, end, LabelDelimiter.BoldEnd) : null;
    }

    /// <summary>The first delimiter outside parentheses in the first characters of the line.</summary>
    private static SpeakerLabel? Scan(string text)
    {
        var depth = 0;
        var limit = Math.Min(text.Length, MaxScan);
        for (var i = 0; i < limit; i++)
        {
            var c = text[i];
            if (c == '(')
            {
                depth++;
                continue;
            }

            if (c == ')')
            {
                if (--depth < 0)
                    return null;
                continue;
            }

            if (depth > 0)
                continue;
            switch (c)
            {
                case '\n' or '[' or ']' or ':' or '?' or '!' or ';' or ',' or '"' or '“':
                    return null;
                case '：':
                    return Build(text, i, i + 1, LabelDelimiter.FullWidthColon);
                case '.' when i + 1 < text.Length && text[i + 1] == '-':
                    return Build(text, i, i + 2, LabelDelimiter.DotDash);
                case '-' or '–' when i > 0 && text[i - 1] == ' ' && (i + 1 == text.Length || text[i + 1] == ' '):
                    return Build(text, i - 1, i + 1, LabelDelimiter.Dash);
                case '.' when i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]):
                    if (ContinuesName(text.AsSpan(0, i)))
                        continue;
                    return i <= MaxDotLabel && Build(text, i, i + 1, LabelDelimiter.Dot) is { } dotted && DotShaped(dotted) ? dotted : null;
            }
        }

        return null;
    }

    /// <summary>A full stop after an honorific or an initial (<c>MR.</c>, <c>J.</c>) is inside the name.</summary>
    private static bool ContinuesName(ReadOnlySpan<char> before)
    {
        var space = before.LastIndexOfAny(' ', '\u00A0');
        var word = before[(space + 1)..];
        return SpeakerLabelParser.IsHonorific(word) || (space > 0 && word.Length == 1 && char.IsUpper(word[0]));
    }

    /// <summary>Only labels in capitals end with a full stop (<c>Q.</c>, <c>THE COURT.</c>, <c>E2.</c>), so that a short sentence
    /// (<c>Thank you.</c>) is never one; a lone word in capitals longer than two letters (<c>OK.</c>, <c>NO.</c>) is not either.</summary>
    private static bool DotShaped(SpeakerLabel label) =>
        label.Shape == LabelShape.UpperCase && (label.Name.Length == 1 || (label.Name.Length == 2 && char.IsAsciiDigit(label.Name[1])) || label.Name.Contains(' ', StringComparison.Ordinal));

    private static SpeakerLabel? Build(string text, int nameEnd, int delimiterEnd, LabelDelimiter delimiter)
    {
        // A roman numeral before a dash or a full stop numbers a list item (`I - presencial…`, `IV.- …`); it names nobody.
        if (text[..nameEnd].Trim() is { Length: > 0 } head && head.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C'))
            return null;
        var end = delimiterEnd;
        while (end < text.Length && char.IsWhiteSpace(text[end]))
            end++;
        return SpeakerLabelParser.FromHead(text[..nameEnd], end, delimiter);
    }

    /// <summary>A line that is only a name (<c>PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR</c>), or a name and a time.</summary>
    private static SpeakerLabel? LineLabel(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length is 0 or > MaxLineLabel)
            return null;
        if (trimmed.Contains(':', StringComparison.Ordinal) && NameThenTime().Match(trimmed) is { Success: true } timed &&
            SpeakerLabelParser.FromHead(timed.Groups["name"].Value, text.Length, LabelDelimiter.EndOfLine) is { } label)
        {
            var time = SpeakerLabelParser.ParseTime(timed.Groups["time"].Value);
            return time is null ? null : label with { Time = time, TimeText = timed.Groups["time"].Value };
        }

        if (trimmed[^1] is '.' or ',' or ';' or '?' or '!' or '…' or ':' or '"' or '”')
            return null;
        return SpeakerLabelParser.FromHead(trimmed, text.Length, LabelDelimiter.EndOfLine) is { Shape: LabelShape.UpperCase or LabelShape.NameWords } line ? line : null;
    }
}
