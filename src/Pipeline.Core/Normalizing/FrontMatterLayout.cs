namespace Pipeline.Core.Normalizing;

/// <summary>A court record's front matter: the caption, the appearances and the contents printed before the proceedings
/// start. Found by layout: the document opens with a caption (<see cref="CaptionTitle.HasCaption"/>), and the front
/// matter runs up to the first unit that belongs to the proceedings: a stage direction, a unit the format marks as a
/// heading or speech, or one that holds the label of someone who speaks more than once. A pseudo-label the caption
/// prints once (<c>ALSO PRESENT:</c>, <c>Before:</c>) is no speaker. All-capitals lines right before that unit
/// (<c>P R O C E E D I N G S</c>) head the proceedings and stay with them. Keys on no name and no word.</summary>
internal static class FrontMatterLayout
{
    /// <summary>Letters an all-capitals heading line has at least.</summary>
    private const int MinHeadingLetters = 4;

    /// <summary>Takes the front matter off the start of <paramref name="units"/> and returns it, or returns null and
    /// leaves the units as they were.</summary>
    public static FrontMatterText? Take(List<SourceUnit> units, LabelCensus labels, List<Diagnostic> diagnostics)
    {
        if (units.Count < 2 || !CaptionTitle.HasCaption(units, line => labels.LabelAt(line) is not null))
            return null;

        var speakers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in units.SelectMany(u => u.Paragraphs).SelectMany(p => p))
        {
            if (labels.LabelAt(InlineEdit.Plain(line.Content).Trim()) is { } label)
                speakers[label.Name] = speakers.GetValueOrDefault(label.Name) + 1;
        }

        var end = units.FindIndex(u => StartsProceedings(u, labels, speakers));
        if (end <= 0)
            return null;
        while (end > 0 && IsCapitalLine(units[end - 1]))
            end--;
        if (end == 0)
            return null;

        var paragraphs = units.Take(end)
            .SelectMany(u => u.Paragraphs)
            .Select(Lines)
            .Where(p => !p.Content.IsEmpty)
            .ToImmutableArray();
        var lines = units.Take(end).Sum(u => u.Paragraphs.Sum(p => p.Count));
        diagnostics.Add(Diagnostic.Info(DiagnosticCode.FrontMatter, $"caption, appearances and contents before the proceedings ({paragraphs.Length} paragraphs, {lines} lines) read as front matter", units[0].Line).With("paragraphs", paragraphs.Length).With("lines", lines));
        units.RemoveRange(0, end);
        return new FrontMatterText(paragraphs);
    }

    private static bool StartsProceedings(SourceUnit unit, LabelCensus labels, Dictionary<string, int> speakers)
    {
        if (unit.Kind != SourceParagraphKind.Text || unit.Speaker is not null || unit.IsBracketed)
            return true;
        var text = unit.PlainText.Trim();
        if (text.StartsWith('(') && text.EndsWith(')'))
            return true;
        return unit.Paragraphs.SelectMany(p => p).Any(l =>
            labels.LabelAt(InlineEdit.Plain(l.Content).Trim()) is { } label && speakers.GetValueOrDefault(label.Name) > 1);
    }

    /// <summary>One line in capitals with no digit (a digit makes it a reporter's page head such as <c>O5S1GUO</c>).</summary>
    private static bool IsCapitalLine(SourceUnit unit)
    {
        if (unit.Paragraphs is not [[var line]])
            return false;
        var plain = InlineEdit.Plain(line.Content);
        return !plain.Any(char.IsDigit) && plain.Count(char.IsLetter) >= MinHeadingLetters && !plain.Any(char.IsLower);
    }

    /// <summary>A paragraph's printed lines, each with its white space collapsed, joined by line breaks.</summary>
    private static Paragraph Lines(List<SourceLine> lines)
    {
        var content = ImmutableArray.CreateBuilder<Inline>();
        foreach (var line in lines)
        {
            var text = InlineConventions.CollapseSpaces(InlineEdit.Plain(line.Content)).Trim();
            if (text.Length == 0)
                continue;
            if (content.Count > 0)
                content.Add(new LineBreak());
            content.Add(new Text(text));
        }

        return new Paragraph(content.ToImmutable());
    }
}
