namespace Pipeline.Formats.Readers.Text;

/// <summary>Undoes the page layout of court and hearing transcripts printed to text (pdftotext output): every
/// line numbered 1–25 or so, page numbers and running heads between pages, blank lines between all lines, and
/// paragraphs shown only by indentation. Returns paragraphs as if the text had been typed plainly.</summary>
internal static partial class LineNumberedLayout
{
    private const int MinNumberedShare = 50;
    private const int ParagraphIndent = 4;
    private const int RunningHeadRepeats = 3;

    [GeneratedRegex(@"^\s{0,4}(?<n>[0-9]{1,2})(?:(?<gap>\s+)(?<text>\S.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedLine();

    /// <summary>Whether at least 20 lines hold text and at least <see cref="MinNumberedShare"/> percent of them start with a
    /// line number up to 30: the test of <see cref="TryUnwrap"/>, made on the text in place (no line is copied).</summary>
    private static bool MostLinesNumbered(string text)
    {
        int nonBlank = 0, numbered = 0;
        foreach (var range in text.AsSpan().SplitAny('\n', '\f'))
        {
            var line = text.AsSpan(range);
            if (line.IsWhiteSpace())
                continue;
            nonBlank++;
            if (NumberedLine().IsMatch(line) && LineNumber(line) <= 30)
                numbered++;
        }

        return nonBlank >= 20 && numbered * 100 / nonBlank >= MinNumberedShare;
    }

    /// <summary>The number a line that <see cref="NumberedLine"/> matches starts with (after its white space).</summary>
    private static int LineNumber(ReadOnlySpan<char> line)
    {
        var start = 0;
        while (char.IsWhiteSpace(line[start]))
            start++;
        var end = start;
        while (end < line.Length && char.IsAsciiDigit(line[end]))
            end++;
        return int.Parse(line[start..end], CultureInfo.InvariantCulture);
    }

    /// <summary>The paragraphs, or null when the text is not laid out with line numbers.</summary>
    public static ImmutableArray<SourceParagraph>? TryUnwrap(string text, List<Diagnostic> diagnostics)
    {
        // Most text is not laid out so: tell that from the lines in place, before copying each into a string of its own.
        if (!MostLinesNumbered(text))
            return null;
        var lines = text.Replace('\f', '\n').Split('\n');
        var numbered = lines.Select(l => NumberedLine().Match(l)).Where(m => m.Success && int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) <= 30).ToList();

        var textColumns = numbered.Where(m => m.Groups["text"].Success).Select(m => m.Groups["text"].Index).ToList();
        var baseColumn = textColumns.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var headCounts = lines
            .Where(l => l.Trim().Length > 0 && !NumberedLine().IsMatch(l))
            .GroupBy(l => l.Trim(), StringComparer.Ordinal)
            .Where(g => g.Count() >= RunningHeadRepeats && !g.Key.All(char.IsDigit))
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var runningHeads = headCounts.Keys.ToHashSet(StringComparer.Ordinal);
        var lastNumbered = Array.FindLastIndex(lines, l => NumberedLine().Match(l) is { Success: true } m && m.Groups["text"].Success);

        var paragraphs = ImmutableArray.CreateBuilder<SourceParagraph>();
        var current = new List<SourceLine>();
        int lineNumbers = 0, pageNumbers = 0, heads = 0;
        for (var i = 0; i <= lastNumbered; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
                continue;
            if (runningHeads.Contains(trimmed))
            {
                heads++;
                continue;
            }

            var match = NumberedLine().Match(line);
            if (!match.Success)
            {
                if (trimmed.All(char.IsDigit))
                {
                    pageNumbers++;
                    continue;
                }

                Flush();
                current.Add(new SourceLine([new Core.Model.Text(trimmed)], i + 1));
                Flush();
                continue;
            }

            lineNumbers++;
            if (!match.Groups["text"].Success)
                continue;
            var column = match.Groups["text"].Index;
            if (column >= baseColumn + ParagraphIndent)
                Flush();
            current.Add(new SourceLine([new Core.Model.Text(match.Groups["text"].Value.TrimEnd())], i + 1, column + 1));
        }

        Flush();
        diagnostics.Add(Diagnostic.Info(DiagnosticCode.LineNumberedLayout, $"line-numbered transcript layout: {lineNumbers} line numbers, {pageNumbers} page numbers and {heads} running-head lines removed").With("lineNumbers", lineNumbers).With("pageNumbers", pageNumbers).With("runningHeads", heads));
        foreach (var (head, count) in headCounts.OrderBy(h => h.Key, StringComparer.Ordinal))
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.RunningHeadRemoved, $"running head removed ({count} times): '{head}'").With("head", head).With("count", count));

        // What follows the last numbered line (an index, an exhibit list) keeps its lines and their columns, one
        // paragraph per page: the normaliser reads it by its layout (WordIndexLayout).
        var appendixLines = 0;
        for (var i = lastNumbered + 1; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.Length == 0)
                continue;
            if (runningHeads.Contains(trimmed) || trimmed.All(char.IsDigit))
            {
                Flush();
                continue;
            }

            appendixLines++;
            current.Add(new SourceLine([new Core.Model.Text(lines[i].TrimEnd())], i + 1));
        }

        Flush();
        if (appendixLines > 0)
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.LinesAfterNumberedKept, $"{appendixLines} lines after the last numbered line kept with their layout", lastNumbered + 2).With("lines", appendixLines));

        return paragraphs.ToImmutable();

        void Flush()
        {
            if (current.Count > 0)
                paragraphs.Add(new SourceParagraph([.. current]));
            current = [];
        }
    }
}
