namespace Pipeline.Formats.Readers.Csv;

/// <summary>Turns the records of a transcript table into paragraphs for the normaliser: a row with a speaker starts a
/// turn (the speaker given as a hint, not a label to be guessed), and the following rows of the same speaker continue it;
/// a row with no speaker is a turn of its own, inferred to be the speaker before; a row's time opens its paragraph.</summary>
internal sealed partial class CsvTranscript(CsvLayout layout, char? separator, List<Diagnostic> diagnostics)
{
    private const int MaxGluedSpeakerLength = 40;
    private const int MaxGluedSpeakerWords = 5;
    private const int MaxLinesNamed = 8;

    /// <summary>Separators a damaged row may have instead of the file's own: the look-alike comma U+201A, a colon, a tab.</summary>
    private static readonly string[] GlueCandidates = ["\u201A", ",", ";", ":", "\t", "|"];

    private readonly ImmutableArray<SourceParagraph>.Builder paragraphs = ImmutableArray.CreateBuilder<SourceParagraph>();
    private readonly List<int> lookAlikeLines = [];
    private readonly List<int> unnamedLines = [];
    private int lookAlikeCount;
    private string? currentSpeaker;

    /// <summary>A look-alike comma (U+201A, single low-9 quotation mark) right after a word or before a space stands for a comma; as a
    /// quotation mark (German ‚so‘) it stands before a word after a space.</summary>
    [GeneratedRegex(@"(?<=\S)\u201A|\u201A(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LookAlikeComma();

    public ImmutableArray<SourceParagraph> Build(List<CsvRecord> records)
    {
        var speakers = layout.Speaker < 0 ? [] : records.Skip(layout.HasHeader ? 1 : 0)
            .Where(r => r.Cells.Count > layout.Speaker && r.Cells.Count >= layout.Width)
            .Select(r => r.Cells[layout.Speaker].Trim()).Where(s => s.Length > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records.Skip(layout.HasHeader ? 1 : 0))
        {
            if (!record.IsBlank)
                Add(record, speakers);
        }

        if (lookAlikeCount > 0)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCode.LookAlikeCommas, $"{lookAlikeCount} look-alike comma(s) (U+201A) inside words read as commas: the export replaced the commas in speech (line(s) {Lines(lookAlikeLines)})", lookAlikeLines[0]).With("count", lookAlikeCount));
        if (unnamedLines.Count > 0)
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.UnnamedRows, $"{unnamedLines.Count} row(s) name no speaker: each read as a turn of its own, inferred to be the speaker before (line(s) {Lines(unnamedLines)})", unnamedLines[0]).With("count", unnamedLines.Count));
        return paragraphs.ToImmutable();
    }

    private void Add(CsvRecord record, HashSet<string> speakers)
    {
        var cells = record.Cells;
        string speaker;
        string text;
        if (layout.Speaker >= 0 && cells.Count == 1 && layout.Width > 1)
        {
            (speaker, text) = Unglue(cells[0], speakers, record.Line);
        }
        else
        {
            speaker = layout.Speaker >= 0 && layout.Speaker < cells.Count ? cells[layout.Speaker].Trim() : "";
            text = TextOf(record);
        }

        var timeCell = layout.Start >= 0 && layout.Start < cells.Count && cells.Count > 1 ? cells[layout.Start].Trim() : "";
        var time = CsvTime.Parse(timeCell, numbersAreTimes: layout.HasHeader, layout.StartInMilliseconds);
        if (timeCell.Length > 0 && time is null)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCode.NotATime, $"'{timeCell}' is not a time; kept with the text", record.Line).With("value", timeCell));
            text = timeCell + " " + text;
        }
        text = RestoreCommas(text, record.Line);
        var pieces = Pieces(text, record.Line);
        if (pieces.Count == 0)
        {
            if (speaker.Length > 0)
                diagnostics.Add(Diagnostic.Info(DiagnosticCode.RowWithoutText, $"row for '{speaker}' has no text", record.Line).With("speaker", speaker));
            return;
        }

        if (time is { } start)
            pieces[0] = pieces[0] with { Content = [new Timestamp(start, timeCell), new Core.Model.Text(" "), .. pieces[0].Content], Time = start };

        SpeakerHint? hint = null;
        if (speaker.Length > 0 && !string.Equals(speaker, currentSpeaker, StringComparison.OrdinalIgnoreCase))
        {
            hint = new SpeakerHint(speaker) { Attribution = SpeakerAttribution.Labelled };
            currentSpeaker = speaker;
        }
        else if (speaker.Length == 0 && layout.Speaker >= 0)
        {
            // A row is the export's unit of utterance: one whose speaker the export left out is its own turn, attributed
            // to the speaker before by inference (marked so), rather than silently merged into that speaker's turn.
            unnamedLines.Add(record.Line);
            if (currentSpeaker is not null && cells.Count > 1)
                hint = new SpeakerHint(currentSpeaker) { Attribution = SpeakerAttribution.Inferred };
        }

        paragraphs.Add(new SourceParagraph([.. pieces]) { Speaker = hint });
    }

    /// <summary>The text cell, with any extra fields a row has (unquoted separators inside the speech) joined back, and the
    /// words of other columns after it.</summary>
    private string TextOf(CsvRecord record)
    {
        var cells = record.Cells;
        var text = layout.Text < cells.Count ? cells[layout.Text] : "";
        var surplus = cells.Count - layout.Width;
        if (surplus > 0 && separator is { } sep)
        {
            text = string.Join(sep, cells.Skip(layout.Text).Take(surplus + 1));
            diagnostics.Add(Diagnostic.Warning(DiagnosticCode.RowWidthMismatch, $"row has {cells.Count} fields where the table has {layout.Width}: the {surplus} extra separator(s) read as part of the text", record.Line).With("fields", cells.Count).With("width", layout.Width));
        }
        else if (cells.Count < layout.Width && cells.Count > 1)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCode.RowWidthMismatch, $"row has {cells.Count} fields where the table has {layout.Width}: the missing ones read as empty", record.Line).With("fields", cells.Count).With("width", layout.Width));
        }

        foreach (var column in layout.Extra)
        {
            var index = column > layout.Text && surplus > 0 ? column + surplus : column;
            if (index < cells.Count && cells[index].Trim().Length > 0)
                text += "\n" + cells[index].Trim();
        }

        return text;
    }

    /// <summary>A row with no separator at all: its start is the speaker when it is a name the table already has (or one
    /// close to it, as OCR leaves them) followed by a separator-like character; else it is all text.</summary>
    private (string Speaker, string Text) Unglue(string cell, HashSet<string> speakers, int line)
    {
        foreach (var glue in GlueCandidates)
        {
            var at = cell.IndexOf(glue, StringComparison.Ordinal);
            if (at <= 0 || at > MaxGluedSpeakerLength)
                continue;
            var name = cell[..at].Trim();
            if (name.Length == 0 || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxGluedSpeakerWords || !char.IsLetter(name[0]))
                continue;
            if (CloseTo(name, speakers) is not { } known)
                continue;
            var text = cell[(at + glue.Length)..].TrimStart();
            diagnostics.Add(Diagnostic.Warning(DiagnosticCode.SpeakerWithoutSeparator,
                $"row has no separator: '{name}' before '{Show(glue)}' read as the speaker{(string.Equals(name, known, StringComparison.OrdinalIgnoreCase) ? "" : $" (it looks like '{known}', kept as written)")}", line).With("speaker", name).With("known", known));
            return (name, text);
        }

        diagnostics.Add(Diagnostic.Warning(DiagnosticCode.RowWithoutSeparator, $"row has no separator and starts with no known speaker: read as text of the turn before", line));
        return ("", cell);
    }

    private static string? CloseTo(string name, HashSet<string> speakers)
    {
        if (speakers.Contains(name))
            return name;
        var limit = Math.Max(1, name.Length / 4);
        return name.Length < 4 ? null : speakers.Where(s => Math.Abs(s.Length - name.Length) <= limit)
            .Select(s => (Name: s, Distance: Distance(s.ToLowerInvariant(), name.ToLowerInvariant()))).Where(s => s.Distance <= limit)
            .OrderBy(s => s.Distance).ThenBy(s => s.Name, StringComparer.Ordinal).Select(s => s.Name).FirstOrDefault();
    }

    /// <summary>Levenshtein distance.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private string RestoreCommas(string text, int line)
    {
        var count = LookAlikeComma().Count(text);
        if (count == 0)
            return text;
        lookAlikeCount += count;
        lookAlikeLines.Add(line);
        return LookAlikeComma().Replace(text, ",");
    }

    /// <summary>The cell's lines (a quoted cell may hold several), numbered from the row's line.</summary>
    private static List<SourceLine> Pieces(string text, int line)
    {
        var lines = new List<SourceLine>();
        var offset = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var piece = text[range].Trim();
            if (piece.Length > 0)
                lines.Add(new SourceLine([new Core.Model.Text(piece)], line + offset));
            offset++;
        }

        return lines;
    }

    private static string Lines(List<int> lines) =>
        string.Join(", ", lines.Take(MaxLinesNamed).Select(l => l.ToString(CultureInfo.InvariantCulture))) + (lines.Count > MaxLinesNamed ? ", …" : "");

    private static string Show(string glue) => glue switch
    {
        "\u201A" => "‚ (U+201A)",
        "\t" => "tab",
        _ => glue,
    };
}
