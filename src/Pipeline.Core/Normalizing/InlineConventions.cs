namespace Pipeline.Core.Normalizing;

/// <summary>Recognises incidents (<c>[laughter]</c>, <c>(applause)</c>, <c>[inaudible]</c>) and timestamps
/// (<c>[00:01:23]</c>, <c>(01:23)</c>) inside text nodes.</summary>
internal static partial class InlineConventions
{
    [GeneratedRegex(@"\[(?<d>[^\[\]\n]{1,48})\]|\((?<d>[^()\n]{1,48})\)", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^\s*(?<t>(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}(?:[.,][0-9]{1,3})?)(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingBareTime();

    /// <summary>A run of white space inside a line (left where line numbers or page layout were removed), or a tab.</summary>
    [GeneratedRegex(@"[ \t\u00A0]{2,}|\t", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceRun();

    /// <summary>The text with every run of spaces and tabs made one space: inside a paragraph white space is never
    /// significant, unless the source marks it so (<see cref="SourceParagraph.KeepsSpacing"/>).</summary>
    public static string CollapseSpaces(string text) => text.Length < 2 || !HasSpaceRun(text) ? text : SpaceRun().Replace(text, " ");

    /// <summary>Whether <see cref="SpaceRun"/> matches anywhere: a tab, or two of space, tab and no-break space in a row.
    /// Most text has none, and then it is returned as it is without running the regex. Past a tab (a run by itself), a run
    /// is either two spaces, which a vectorised search finds, or has a no-break space in it, found by looking beside each
    /// one (a label's colon is often followed by one).</summary>
    internal static bool HasSpaceRun(string text)
    {
        if (text.Contains('\t', StringComparison.Ordinal))
            return true;
        return HasNoBreakSpaceRun(text) || text.Contains("  ", StringComparison.Ordinal);
    }

    /// <summary>Whether a no-break space of the text has a space or another no-break space beside it.</summary>
    internal static bool HasNoBreakSpaceRun(ReadOnlySpan<char> text)
    {
        int at;
        while ((at = text.IndexOf('\u00A0')) >= 0)
        {
            // At 0 the character before is the no-break space found last, whose check already looked at this one.
            if ((at > 0 && text[at - 1] == ' ') || (at + 1 < text.Length && text[at + 1] is ' ' or '\u00A0'))
                return true;
            text = text[(at + 1)..];
        }

        return false;
    }

    /// <summary>The incident kind a short bracketed phrase names, or null when it names none.</summary>
    public static IncidentKind? IncidentKindOf(string description)
    {
        // Counted without splitting: a bracketed paragraph asked here is mostly far longer than six words.
        var words = 0;
        foreach (var word in description.AsSpan().Split(' '))
        {
            if (!description.AsSpan()[word].IsEmpty && ++words > 6)
                return null;
        }

        if (words == 0)
            return null;
        var lower = description.ToLowerInvariant();
        foreach (var (stem, kind) in LanguageData.All.IncidentStems)
        {
            var at = lower.IndexOf(stem, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetter(lower[at - 1])))
                return kind;
        }

        return null;
    }

    /// <summary>Content with incidents and timestamps made into their own inlines (inside emphasis and links too), and
    /// runs of white space collapsed to one space unless <paramref name="keepSpacing"/>.</summary>
    public static ImmutableArray<Inline> Apply(ImmutableArray<Inline> content, bool keepSpacing = false)
    {
        // Most paragraphs are one text node with no space run, bracket or leading time: nothing to change, no copy made.
        if (content is [Text { Value: { Length: > 0 } value }] && (keepSpacing || !HasSpaceRun(value)) && !MayHoldIncidentOrTime(value))
            return content;
        var result = ImmutableArray.CreateBuilder<Inline>();
        for (var i = 0; i < content.Length; i++)
        {
            var inline = content[i];
            switch (inline)
            {
                case Text text:
                    Split(keepSpacing ? text.Value : CollapseSpaces(text.Value), atParagraphStart: i == 0, result);
                    break;
                case Emphasis e:
                    result.Add(new Emphasis(Apply(e.Content, keepSpacing)));
                    break;
                case Strong s:
                    result.Add(new Strong(Apply(s.Content, keepSpacing)));
                    break;
                case Quote q:
                    result.Add(new Quote(Apply(q.Content, keepSpacing)));
                    break;
                default:
                    result.Add(inline);
                    break;
            }
        }

        return InlineEdit.Merge(result);
    }

    /// <summary>Whether <see cref="Split"/> may find an incident or a timestamp in the text at a paragraph's start: a bracket,
    /// a parenthesis or a leading bare time is there.</summary>
    private static bool MayHoldIncidentOrTime(string text) => text.AsSpan().IndexOfAny('[', '(') >= 0 || LeadingBareTime().IsMatch(text);

    /// <summary>Adds the text to <paramref name="result"/> with its incidents and timestamps made inlines.</summary>
    private static void Split(string text, bool atParagraphStart, ImmutableArray<Inline>.Builder result)
    {
        var position = 0;
        if (atParagraphStart && LeadingBareTime().Match(text) is { Success: true } bare &&
            SpeakerLabelParser.ParseTime(bare.Groups["t"].Value) is { } bareTime)
        {
            var start = bare.Groups["t"].Index;
            if (start > 0)
                result.Add(new Text(text[..start]));
            result.Add(new Timestamp(bareTime, bare.Groups["t"].Value));
            position = start + bare.Groups["t"].Length;
        }

        // Every incident or timestamp is in brackets or parentheses: text with neither (most) is not searched.
        if (text.AsSpan(position).IndexOfAny('[', '(') >= 0)
        {
            // Both forms are a bracket, the description and the closing bracket, so no groups need capturing.
            foreach (var match in Bracketed().EnumerateMatches(text, position))
            {
                var description = text.Substring(match.Index + 1, match.Length - 2).Trim();
                Inline? recognised = SpeakerLabelParser.ParseTime(description) is { } time
                    ? new Timestamp(time, text.Substring(match.Index, match.Length))
                    : IncidentKindOf(description) is { } kind ? new Incident(kind, description) : null;
                if (recognised is null)
                    continue;
                if (match.Index > position)
                    result.Add(new Text(text[position..match.Index]));
                result.Add(recognised);
                position = match.Index + match.Length;
            }
        }

        if (position < text.Length)
            result.Add(new Text(text[position..]));
    }
}
