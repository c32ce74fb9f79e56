namespace Pipeline.Formats.Readers.Csv;

/// <summary>Which column holds what: from a header when the first row names the columns, else from the columns' shape.</summary>
/// <param name="HasHeader">Whether the first record is a header.</param>
/// <param name="Width">The usual number of fields in a record.</param>
/// <param name="Speaker">The speaker column, or -1.</param>
/// <param name="Text">The column of what was said.</param>
/// <param name="Start">The start-time column, or -1.</param>
/// <param name="End">The end-time column, or -1.</param>
/// <param name="Extra">Other columns with words in them, read after the text.</param>
/// <param name="StartInMilliseconds">The header says the start column counts milliseconds.</param>
internal sealed record CsvLayout(bool HasHeader, int Width, int Speaker, int Text, int Start, int End, IReadOnlyList<int> Extra, bool StartInMilliseconds)
{
    private const int MaxHeaderCellLength = 40;
    private const int MaxSpeakerLength = 60;
    private const double MaxSpeakerWords = 5;
    private const double MinTimeShare = 0.8;

    public static CsvLayout Find(List<CsvRecord> records, List<Diagnostic> diagnostics)
    {
        var width = records.GroupBy(r => r.Cells.Count).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        var first = records[0];
        var roles = first.Cells.Select(c => CsvColumns.RoleOf(c.Trim())).ToList();
        var hasHeader = roles.Any(r => r.Role != CsvColumnRole.Other) && first.Cells.All(c => c.Trim().Length <= MaxHeaderCellLength);
        if (width == 1)
            return new CsvLayout(hasHeader, 1, -1, 0, -1, -1, [], false);
        var body = records.Skip(hasHeader ? 1 : 0).Where(r => r.Cells.Count == width).ToList();

        int Named(CsvColumnRole role) =>
            roles.Select((r, i) => (r.Role, r.Rank, Index: i)).Where(r => hasHeader && r.Role == role && r.Index < width).OrderBy(r => r.Rank).Select(r => r.Index).DefaultIfEmpty(-1).First();

        var start = Named(CsvColumnRole.Start);
        if (start < 0)
            start = Named(CsvColumnRole.Time);
        var end = Named(CsvColumnRole.End);
        var speaker = Named(CsvColumnRole.Speaker);
        var text = Named(CsvColumnRole.Text);

        var times = Enumerable.Range(0, width).Where(i => IsTimeColumn(body, i)).ToHashSet();
        if (start < 0 && times.Count > 0)
            start = times.Min();
        var taken = new HashSet<int>([start, end, speaker]);
        if (text < 0)
        {
            text = Enumerable.Range(0, width).Where(i => !taken.Contains(i) && !times.Contains(i))
                .OrderByDescending(i => AverageLength(body, i)).ThenBy(i => i).DefaultIfEmpty(-1).First();
            if (text < 0)
                text = Enumerable.Range(0, width).First(i => i != speaker);
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.TextColumnGuessed, hasHeader
                ? $"no column is named like the text; column {text + 1} ('{HeaderOf(first, text)}') read as what was said (its cells are the longest)"
                : $"no header row: column {text + 1} read as what was said (its cells are the longest)").With("column", text + 1));
        }

        taken.Add(text);
        if (speaker < 0)
        {
            speaker = Enumerable.Range(0, width).Where(i => !taken.Contains(i) && !times.Contains(i) && LooksLikeSpeakers(body, i))
                .OrderBy(i => Distinct(body, i)).ThenBy(i => i).DefaultIfEmpty(-1).First();
            if (speaker >= 0)
                diagnostics.Add(Diagnostic.Info(DiagnosticCode.SpeakerColumnGuessed, $"column {speaker + 1} read as the speaker: short names that recur").With("column", speaker + 1));
        }

        taken.Add(speaker);
        var extra = Enumerable.Range(0, width).Where(i => !taken.Contains(i) && !times.Contains(i) && body.Any(r => r.Cells[i].Any(char.IsLetter))).ToList();
        foreach (var column in extra)
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.ExtraColumn, $"column {column + 1}{(hasHeader ? $" ('{HeaderOf(first, column)}')" : "")} is neither speaker, text nor time: its words are read after the text").With("column", column + 1));
        var milliseconds = hasHeader && start >= 0 && CsvColumns.Key(HeaderOf(first, start)).EndsWith("ms", StringComparison.Ordinal);
        return new CsvLayout(hasHeader, width, speaker, text, start, end, extra, milliseconds);
    }

    private static string HeaderOf(CsvRecord first, int column) => column < first.Cells.Count ? first.Cells[column].Trim() : "";

    private static bool IsTimeColumn(List<CsvRecord> body, int column)
    {
        var cells = body.Select(r => r.Cells[column].Trim()).Where(c => c.Length > 0).ToList();
        return cells.Count > 0 && cells.Count(c => CsvTime.Parse(c, numbersAreTimes: false) is not null) >= cells.Count * MinTimeShare;
    }

    private static bool LooksLikeSpeakers(List<CsvRecord> body, int column)
    {
        var cells = body.Select(r => r.Cells[column].Trim()).Where(c => c.Length > 0).ToList();
        if (cells.Count == 0 || cells.Any(c => c.Length > MaxSpeakerLength) || !cells.All(c => c.Any(char.IsLetter)))
            return false;
        var words = cells.Average(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        var distinct = cells.Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return words <= MaxSpeakerWords && (distinct < cells.Count || cells.Count == 1);
    }

    private static double AverageLength(List<CsvRecord> body, int column) =>
        body.Count == 0 ? 0 : body.Average(r => r.Cells[column].Length);

    private static int Distinct(List<CsvRecord> body, int column) =>
        body.Select(r => r.Cells[column].Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count();
}
