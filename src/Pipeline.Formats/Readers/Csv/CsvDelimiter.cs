namespace Pipeline.Formats.Readers.Csv;

/// <summary>Finds the field separator of a delimited file from its first lines: the candidate that splits the most
/// lines into the same number of fields (quoted text does not count).</summary>
internal static class CsvDelimiter
{
    private const int SampleLines = 60;

    /// <summary>The candidates, in the order that breaks a tie.</summary>
    private static readonly char[] Candidates = [',', '\t', ';', '|'];

    /// <summary>The separator, or null when no candidate splits the lines (a one-column file).</summary>
    public static char? Detect(string text, bool tabFirst)
    {
        var lines = SampleOf(text);
        if (lines.Count == 0)
            return null;
        char? best = null;
        var bestScore = 0;
        foreach (var candidate in tabFirst ? ['\t', .. Candidates.Where(c => c != '\t')] : Candidates)
        {
            var counts = lines.Select(l => CountOutsideQuotes(l, candidate)).ToList();
            var mode = counts.Where(c => c > 0).GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault();
            if (mode == 0)
                continue;
            // Lines with exactly the usual count weigh most; lines with more (unquoted separators in the text) still say
            // the candidate separates fields.
            var score = (counts.Count(c => c == mode) * 2) + counts.Count(c => c > mode);
            if (counts[0] >= 1)
                score += 2;
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    private static List<string> SampleOf(string text)
    {
        var lines = new List<string>();
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text[range];
            if (line.Trim().Length == 0)
                continue;
            lines.Add(line);
            if (lines.Count == SampleLines)
                break;
        }

        return lines;
    }

    private static int CountOutsideQuotes(string line, char separator)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
                quoted = !quoted;
            else if (c == separator && !quoted)
                count++;
        }

        return count;
    }
}
