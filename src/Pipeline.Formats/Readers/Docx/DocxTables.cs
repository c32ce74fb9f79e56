using DocumentFormat.OpenXml.Wordprocessing;
using Pipeline.Formats.Readers.Csv;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Pipeline.Formats.Readers.Docx;

/// <summary>Decides whether a Word table is a transcript laid out in columns (speaker / text, optionally a time): a header
/// naming the columns (the spreadsheet reader's words), or a first column of short, recurring names beside longer text.</summary>
internal static class DocxTables
{
    private const double MinTimeShare = 0.8;

    public static string CellText(TableCell cell) => string.Join(' ', cell.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text)).Trim();

    /// <summary>The speaker, text and time columns (time -1 when none) and whether the first row is a header; null when
    /// the table is not a transcript.</summary>
    public static (int Speaker, int Text, int Time, bool Header)? SpeakerLayout(List<List<TableCell>> rows)
    {
        if (rows.Count < 2 || rows.Any(r => r.Count is < 2 or > 4))
            return null;
        var width = rows[0].Count;
        var texts = rows.Select(r => r.Select(CellText).ToList()).ToList();
        var roles = texts[0].Select(c => CsvColumns.RoleOf(c).Role).ToList();
        if (roles.Contains(CsvColumnRole.Speaker) && roles.Contains(CsvColumnRole.Text))
        {
            var time = roles.FindIndex(r => r is CsvColumnRole.Start or CsvColumnRole.Time);
            return (roles.IndexOf(CsvColumnRole.Speaker), roles.IndexOf(CsvColumnRole.Text), time, true);
        }

        if (rows.Any(r => r.Count != width))
            return null;
        var timeColumn = Enumerable.Range(0, width).FirstOrDefault(c => texts.Count(r => CsvTime.Parse(r[c], numbersAreTimes: false) is not null) >= texts.Count * MinTimeShare, -1);
        var columns = Enumerable.Range(0, width).Where(c => c != timeColumn).ToList();
        if (columns.Count != 2)
            return null;
        var (nameColumn, textColumn) = (columns[0], columns[1]);
        var names = texts.Select(r => r[nameColumn].TrimEnd(':')).ToList();
        return SpeakerColumn.Holds(names, texts.Select(r => r[textColumn]), Words, nameMayEndWithPeriod: false)
            ? (nameColumn, textColumn, timeColumn, false)
            : null;
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
