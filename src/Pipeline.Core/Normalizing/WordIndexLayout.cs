namespace Pipeline.Core.Normalizing;

/// <summary>The word index a printed transcript ends with (<c>abiding 39:12</c>, <c>able 6:2 51:2,18</c>, set in
/// columns): found by its layout alone, short entries of a word and page:line references, filling the units after the
/// last one that is anything else. Keys on no word and no name.</summary>
internal static partial class WordIndexLayout
{
    /// <summary>Share of a unit's lines that must hold a page:line reference.</summary>
    private const double MinReferenceLineShare = 0.5;

    /// <summary>Share of a unit's words that must be references: speech with a time in it (<c>at 10:12 a.m.</c>) has few.</summary>
    private const double MinReferenceWordShare = 0.3;

    /// <summary>Entries an index has at least; fewer is a short list that may be anything.</summary>
    private const int MinEntries = 20;

    /// <summary>Columns of an index page start this far apart at least; closer starts are one column's entries and
    /// their indented continuation lines.</summary>
    private const int MinColumnGap = 6;

    /// <summary>A page:line reference (<c>39:3,10</c>): no leading zero and a line number a printed page has (at most
    /// 35), so times (<c>03:45</c>, <c>12:58</c>) are mostly none.</summary>
    [GeneratedRegex(@"^[1-9]\d{0,3}:(?:[1-9]|[12]\d|3[0-5])(?:,(?:[1-9]|[12]\d|3[0-5]))*[,;.]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    /// <summary>A term printed against its first reference (<c>agreed54:5</c>).</summary>
    [GeneratedRegex(@"(?<=[^\d\s:,])(?=[1-9]\d{0,3}:\d)", RegexOptions.CultureInvariant)]
    private static partial Regex GluedReference();

    [GeneratedRegex(@"\S+(?: \S+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Segment();

    /// <summary>Takes the index off the end of <paramref name="units"/> and returns it, or returns null and leaves the
    /// units as they were.</summary>
    public static WordIndex? Take(List<SourceUnit> units, List<Diagnostic> diagnostics)
    {
        var first = units.Count;
        while (first > 0 && IsIndexPage(units[first - 1]))
            first--;
        if (first == units.Count)
            return null;

        var pages = units.Skip(first).ToList();
        var entries = Entries(pages.SelectMany(u => u.Paragraphs).SelectMany(ReadingOrder)).Where(e => !e.References.IsEmpty).ToImmutableArray();
        if (entries.Length < MinEntries)
            return null;

        var lines = pages.SelectMany(p => p.Paragraphs).SelectMany(p => p).Select(l => InlineEdit.Plain(l.Content).TrimEnd()).ToImmutableArray();
        units.RemoveRange(first, units.Count - first);
        diagnostics.Add(Diagnostic.Info(DiagnosticCode.WordIndexBackMatter, $"word index of {entries.Length} entries on {lines.Length} lines read as back matter (written only with --keep-index)", pages[0].Line).With("entries", entries.Length).With("lines", lines.Length));
        return new WordIndex(entries, lines);
    }

    private static bool IsIndexPage(SourceUnit unit)
    {
        // A reference starts with a digit 1-9: a unit with none holds no reference, and no index page holds none.
        if (unit.Kind != SourceParagraphKind.Text || unit.Speaker is not null || !unit.Paragraphs.Any(p => p.Any(l => InlineEdit.Plain(l.Content).AsSpan().ContainsAnyInRange('1', '9'))))
            return false;
        var lines = unit.Paragraphs.SelectMany(p => p).Select(l => InlineEdit.Plain(l.Content)).Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count == 0)
            return false;
        var words = 0;
        var references = 0;
        var withReference = 0;
        foreach (var line in lines)
        {
            var tokens = Tokens(line);
            var count = tokens.Count(t => Reference().IsMatch(t));
            words += tokens.Count;
            references += count;
            if (count > 0)
                withReference++;
        }

        return withReference >= lines.Count * MinReferenceLineShare && references >= words * MinReferenceWordShare;
    }

    private static List<string> Tokens(string text) =>
        [.. GluedReference().Replace(text, " ").Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>A page's segments (text set off by two spaces or more) in reading order: sorted into columns by where
    /// they start, read column after column, top to bottom.</summary>
    private static IEnumerable<string> ReadingOrder(List<SourceLine> page)
    {
        var segments = new List<(int Line, int Column, string Text)>();
        var lineNumber = 0;
        foreach (var line in page)
        {
            var plain = InlineEdit.Plain(line.Content).Replace('\t', ' ');
            foreach (Match match in Segment().Matches(plain))
                segments.Add((lineNumber, match.Index, match.Value));
            lineNumber++;
        }

        var starts = segments.Select(s => s.Column).Distinct().Order().ToList();
        var columnOf = new Dictionary<int, int>();
        var column = 0;
        for (var i = 0; i < starts.Count; i++)
        {
            if (i > 0 && starts[i] - starts[i - 1] >= MinColumnGap)
                column++;
            columnOf[starts[i]] = column;
        }

        return segments.OrderBy(s => columnOf[s.Column]).ThenBy(s => s.Line).ThenBy(s => s.Column).Select(s => s.Text);
    }

    /// <summary>The entries the segments hold: a word begins an entry and the references after it are its, so a column
    /// (or a page) that starts with references continues the entry the one before ended with. A letter standing alone
    /// heads the entries that begin with it and is no entry.</summary>
    private static IEnumerable<IndexEntry> Entries(IEnumerable<string> segments)
    {
        string? term = null;
        var references = new List<string>();
        foreach (var segment in segments)
        {
            var tokens = Tokens(segment);
            if (tokens is [var letter] && letter.Length == 1 && char.IsLetter(letter[0]))
                continue;
            foreach (var token in tokens)
            {
                if (Reference().IsMatch(token))
                {
                    references.Add(token.TrimEnd(',', ';', '.'));
                    continue;
                }

                if (references.Count > 0)
                {
                    yield return new IndexEntry(term ?? "", [.. references]);
                    references.Clear();
                    term = null;
                }

                term = term is null ? token : term + " " + token;
            }
        }

        if (term is not null || references.Count > 0)
            yield return new IndexEntry(term ?? "", [.. references]);
    }
}
