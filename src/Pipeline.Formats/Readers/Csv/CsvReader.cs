namespace Pipeline.Formats.Readers.Csv;

/// <summary>Reads transcripts exported as spreadsheets, one row per turn or utterance (<c>.csv</c>, <c>.tsv</c>): finds the
/// separator and whether a header names the columns (speaker, text, start/end/time, in several languages), reads
/// header-less tables by the shape of their columns, and gives the normaliser one turn per run of rows by one speaker.</summary>
public sealed class CsvReader() : Reader("csv",
    "Spreadsheet transcript, one row per turn (CSV/TSV: speaker, text and time columns by name or shape)",
    [".csv", ".tsv"])
{
    private const int SniffBytes = 1024;

    /// <summary>A first line that is a header naming both a speaker and a text column.</summary>
    public override bool CanSniff(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head.Length > SniffBytes ? head[..SniffBytes] : head).TrimStart('\uFEFF');
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        if (end < 0)
            return false;
        var first = text[..end].TrimEnd('\r');
        foreach (var separator in new[] { ',', '\t', ';', '|' })
        {
            var roles = first.Split(separator).Select(c => CsvColumns.RoleOf(c.Trim().Trim('"')).Role).ToList();
            if (roles.Count >= 2 && roles.Contains(CsvColumnRole.Speaker) && roles.Contains(CsvColumnRole.Text))
                return true;
        }

        return false;
    }

    public override TranscriptDocument Read(ReaderInput input)
    {
        var decoded = TextDecoder.Decode(input.Path, input.Content.Span);
        if (decoded.Text.Trim().Length == 0)
            throw new TranscriptException(input.Path, "empty file: no text to convert");
        var diagnostics = new List<Diagnostic>(decoded.Diagnostics);
        var text = decoded.Text.TrimStart('\uFEFF');
        var separator = CsvDelimiter.Detect(text, tabFirst: input.Path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase));
        List<CsvRecord> records;
        if (separator is { } sep)
        {
            records = CsvTable.Parse(input.Path, text, sep);
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.SeparatorDetected, $"fields separated by {Describe(sep)}").With("separator", Describe(sep)));
        }
        else
        {
            records = CsvTable.Lines(text);
            diagnostics.Add(Diagnostic.Warning(DiagnosticCode.NoSeparator, "no field separator found (comma, tab, semicolon or bar): each line read as text"));
        }

        records.RemoveAll(r => r.IsBlank);
        if (records.Count == 0)
            throw new TranscriptException(input.Path, "empty file: no text to convert");
        var layout = CsvLayout.Find(records, diagnostics);
        if (layout.HasHeader && records.Count == 1)
            throw new TranscriptException(input.Path, "the table has a header row and no rows under it", records[0].Line);
        var paragraphs = new CsvTranscript(layout, separator, diagnostics).Build(records);
        if (paragraphs.IsEmpty)
            throw new TranscriptException(input.Path, "the table has no text in its rows", records[0].Line);

        return TranscriptNormalizer.Normalize(NormalizerInput.For(input, Name, decoded.EncodingName, paragraphs, DocumentMetadata.Empty, diagnostics, firstParagraphMayBeTitle: false));
    }

    private static string Describe(char separator) => separator switch
    {
        ',' => "commas",
        '\t' => "tabs",
        ';' => "semicolons",
        '|' => "bars",
        _ => $"'{separator}'",
    };
}
