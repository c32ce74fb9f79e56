using nietras.SeparatedValues;

namespace Pipeline.Formats.Readers.Csv;

/// <summary>One record of a delimited file: its fields (quotes removed) and the line it starts on (1-based).</summary>
internal sealed record CsvRecord(IReadOnlyList<string> Cells, int Line)
{
    public bool IsBlank => Cells.All(c => c.Trim().Length == 0);
}

/// <summary>Splits decoded text into records with Sep.</summary>
/// <remarks>Sep (MIT, no dependencies) rather than CsvHelper: it reads from a string we have already decoded through the
/// shared <c>TextDecoder</c>, gives each row's line number for diagnostics, reads rows of any width
/// (<c>DisableColCountCheck</c>) so a damaged row can be repaired instead of failing the file, and unescapes quoted
/// fields (RFC 4180). CsvHelper 34.0.0, the version allowed here, is a rewrite whose API differs from the 33.x
/// documentation, and its record mapping is of no use for cells we classify ourselves.</remarks>
internal static class CsvTable
{
    public static List<CsvRecord> Parse(string path, string text, char separator)
    {
        var records = new List<CsvRecord>();
        try
        {
            using var reader = Sep.New(separator).Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true }).FromText(text);
            foreach (var row in reader)
            {
                var cells = new string[row.ColCount];
                for (var i = 0; i < cells.Length; i++)
                    cells[i] = row[i].ToString();
                records.Add(new CsvRecord(cells, row.LineNumberFrom));
            }
        }
        catch (InvalidDataException ex)
        {
            throw new TranscriptException(path, "not a readable table: " + ex.Message, records.Count > 0 ? records[^1].Line + 1 : 1, ex);
        }

        return records;
    }

    /// <summary>A file with no separator at all: one record per non-blank line.</summary>
    public static List<CsvRecord> Lines(string text)
    {
        var records = new List<CsvRecord>();
        var number = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            number++;
            var line = text[range];
            if (line.Trim().Length > 0)
                records.Add(new CsvRecord([line], number));
        }

        return records;
    }
}
