namespace Pipeline.Core.Normalizing;

/// <summary>What the printed page leaves in text extracted from it, found from the document's own layout: running heads
/// (the same line at every page break with a changing page number), the speaker's running head printed beside it,
/// parentheticals wrapped over several lines, and labels wrapped over two lines. None of it keys on a name or a word.</summary>
internal static class PageLayout
{
    /// <summary>How often a line must recur, its page number changing, before it is a running head.</summary>
    private const int MinRunningHeads = 3;

    /// <summary>Letters a running head has at least once its digits are set aside: a bare page number is not one.</summary>
    private const int MinRunningHeadLetters = 12;

    /// <summary>Lines a parenthetical opened at a line start may wrap over; an unclosed one further on is a typo.</summary>
    private const int MaxWrappedLines = 6;

    /// <summary>The lines that are page furniture: every occurrence of a running head, and a line alone in its paragraph
    /// printed right beside one that has the shape of a label with nothing after it (the speaker's running head).
    /// A running head stands alone in its paragraph, recurs at least <see cref="MinRunningHeads"/> times word for word
    /// except for its digits, and its digits differ at each occurrence (a page number or date): a speaker's words
    /// that recur (<c>Thank you, Mr President.</c>) never carry a changing number, so no speaker is lost.</summary>
    public static HashSet<SourceLine> Furniture(IReadOnlyList<SourceUnit> units)
    {
        var result = new HashSet<SourceLine>(ReferenceEqualityComparer.Instance);
        var byShape = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            if (SingleLine(units[i]) is not { } line)
                continue;
            var plain = InlineEdit.Plain(line.Content).Trim();
            if (!ChangesWithoutDigits(plain))
                continue;
            var shape = WithoutDigits(plain);
            if (shape.Length == plain.Length || shape.Count(char.IsLetter) < MinRunningHeadLetters)
                continue;
            if (!byShape.TryGetValue(shape, out var at))
                byShape[shape] = at = [];
            at.Add(i);
        }

        foreach (var occurrences in byShape.Values.Where(o => o.Count >= MinRunningHeads))
        {
            var numbers = occurrences.Select(i => Digits(InlineEdit.Plain(SingleLine(units[i])!.Content))).ToList();
            if (numbers.Distinct(StringComparer.Ordinal).Count() != numbers.Count)
                continue;
            if (occurrences.Any(i => SpeakerLabelParser.Match(InlineEdit.Plain(SingleLine(units[i])!.Content).Trim()) is { Delimiter: LabelDelimiter.Colon or LabelDelimiter.FullWidthColon }))
                continue;
            foreach (var i in occurrences)
            {
                result.Add(SingleLine(units[i])!);
                foreach (var beside in (int[])[i - 1, i + 1])
                {
                    if (beside >= 0 && beside < units.Count && SingleLine(units[beside]) is { } head && IsSpeakerHead(head))
                        result.Add(head);
                }
            }
        }

        return result;
    }

    /// <summary>A name alone on its line with no colon: what a page prints beside its running head to say who speaks on it.</summary>
    private static bool IsSpeakerHead(SourceLine line)
    {
        var plain = InlineEdit.Plain(line.Content).Trim();
        return SpeakerLabelParser.Match(plain, line.Content) is { Delimiter: LabelDelimiter.EndOfLine } label && label.Length >= plain.Length;
    }

    private static SourceLine? SingleLine(SourceUnit unit) =>
        unit.Kind == SourceParagraphKind.Text && unit.Speaker is null && unit.Paragraphs is [[var line]] ? line : null;

    /// <summary>Whether <see cref="WithoutDigits"/> would shorten a trimmed line (it has a digit or a run of white space):
    /// a line it leaves as it is can be no running head, and most lines are such, so they are not copied. Vectorised
    /// searches decide for most lines: an ASCII digit, the ASCII controls that are white space, two spaces in a row, a
    /// no-break space beside another space; then only the characters from <see cref="FirstDigitPastAscii"/> on are looked
    /// at one by one, so Latin, Greek and Cyrillic text is skipped at vector speed.</summary>
    internal static bool ChangesWithoutDigits(string line)
    {
        var text = line.AsSpan();
        if (text.ContainsAnyInRange('0', '9'))
            return true;
        if (text.ContainsAnyInRange('\t', '\r') || text.Contains('\u0085'))
            return HasDigitOrWhiteSpaceRun(text);
        if (text.Contains("  ", StringComparison.Ordinal) || InlineConventions.HasNoBreakSpaceRun(text))
            return true;
        int at;
        while ((at = text.IndexOfAnyExceptInRange('\0', (char)(FirstDigitPastAscii - 1))) >= 0)
        {
            if (char.IsDigit(text[at]))
                return true;
            if (char.IsWhiteSpace(text[at]))
                return HasDigitOrWhiteSpaceRun(line);
            text = text[(at + 1)..];
        }

        return false;
    }

    /// <summary>The first digit past the ASCII ones (ARABIC-INDIC DIGIT ZERO). Below it the only white space past ASCII is
    /// U+0085 and the no-break space, which <see cref="ChangesWithoutDigits"/> looks for before.</summary>
    internal const char FirstDigitPastAscii = '\u0660';

    private static bool HasDigitOrWhiteSpaceRun(ReadOnlySpan<char> line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (char.IsDigit(line[i]) || (i > 0 && char.IsWhiteSpace(line[i]) && char.IsWhiteSpace(line[i - 1])))
                return true;
        }

        return false;
    }

    private static string WithoutDigits(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (char.IsDigit(c))
                continue;
            var next = char.IsWhiteSpace(c) ? ' ' : c;
            if (next == ' ' && (builder.Length == 0 || builder[^1] == ' '))
                continue;
            builder.Append(next);
        }

        return builder.ToString().TrimEnd();
    }

    private static string Digits(string line) => new([.. line.Where(char.IsDigit)]);

    /// <summary>For each line of a paragraph, whether it starts inside a parenthetical opened at the start of an earlier line
    /// (<c>(Beifall bei der SPD – Zuruf von der</c> / <c>CDU: So nicht!)</c>): such a line continues a heckle or a stage
    /// direction, so whatever it starts with is no speaker's label.</summary>
    public static bool[] InsideWrappedParenthesis(IReadOnlyList<SourceLine> lines)
    {
        var result = new bool[lines.Count];
        var depth = 0;
        var wrapped = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            result[i] = depth > 0 && wrapped < MaxWrappedLines;
            // The last line's brackets decide nothing (no line follows), so it is not read: a paragraph of one line never is.
            if (i + 1 == lines.Count)
                break;
            var plain = InlineEdit.Plain(lines[i].Content).Trim();
            var balance = plain.AsSpan().Count('(') - plain.AsSpan().Count(')');
            if (result[i])
            {
                depth += balance;
                wrapped++;
                if (depth <= 0)
                    depth = 0;
                continue;
            }

            depth = plain.TrimStart('-', '—', '–', ' ').StartsWith('(') && balance > 0 ? balance : 0;
            wrapped = 0;
        }

        return result;
    }

    /// <summary>Labels wrapped over two lines (<c>Katrin Göring-Eckardt (BÜNDNIS 90/DIE GRÜ-</c> / <c>NEN):</c>): the two lines
    /// become one, the hyphen of a broken word dropped, when the first leaves a parenthesis open and only together they
    /// make a label. Units without such a pair are returned as they were; changed ones are new units.</summary>
    public static List<SourceUnit> JoinWrappedLabels(List<SourceUnit> units)
    {
        var result = new List<SourceUnit>(units.Count);
        foreach (var unit in units)
        {
            if (unit.Kind != SourceParagraphKind.Text || unit.Speaker is not null || !unit.Paragraphs.Any(p => p.Count > 1))
            {
                result.Add(unit);
                continue;
            }

            var changed = false;
            var paragraphs = new List<List<SourceLine>>(unit.Paragraphs.Count);
            foreach (var paragraph in unit.Paragraphs)
            {
                var lines = new List<SourceLine>(paragraph.Count);
                for (var i = 0; i < paragraph.Count; i++)
                {
                    if (i + 1 < paragraph.Count && Joined(paragraph[i], paragraph[i + 1]) is { } joined)
                    {
                        lines.Add(joined);
                        i++;
                        changed = true;
                        continue;
                    }

                    lines.Add(paragraph[i]);
                }

                paragraphs.Add(lines);
            }

            result.Add(changed ? new SourceUnit(paragraphs) { NewSpeaker = unit.NewSpeaker, KeepsSpacing = unit.KeepsSpacing } : unit);
        }

        return result;
    }

    private static SourceLine? Joined(SourceLine first, SourceLine second)
    {
        var head = InlineEdit.Plain(first.Content).TrimEnd();
        if (head.AsSpan().Count('(') <= head.AsSpan().Count(')') || !head.Contains('(', StringComparison.Ordinal))
            return null;
        var tail = InlineEdit.Plain(second.Content).Trim();
        if (tail.Length == 0 || !tail.Contains(')', StringComparison.Ordinal))
            return null;
        var hyphen = head.Length > 1 && head[^1] == '-' && char.IsLetter(head[^2]) && char.IsLower(tail[0]) == char.IsLower(head[^2]);
        var text = hyphen ? head[..^1] + tail : head + " " + tail;
        if (SpeakerLabelParser.MatchWithColon(text.TrimStart()) is not { Affiliation: not null } label || label.Length <= head.Length)
            return null;
        ImmutableArray<Inline> firstPart = hyphen
            ? InlineEdit.DropEnd(InlineEdit.Trim(first.Content), 1)
            : [.. InlineEdit.Trim(first.Content), new Text(" ")];
        var written = head.TrimStart() + " " + tail[..Math.Max(0, tail.IndexOf(':', StringComparison.Ordinal))];
        return first with { Content = InlineEdit.Merge([.. firstPart, .. second.Content]), WrappedText = hyphen ? written.TrimEnd() : null };
    }
}
