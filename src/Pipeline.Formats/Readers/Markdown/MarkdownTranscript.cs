namespace Pipeline.Formats.Readers.Markdown;

/// <summary>Turns Markdown items into the paragraphs the normaliser reads: headings as headings with their level,
/// label lines that carry only a time (<c>Name: 00:01:02</c>) as a timed label, and question headings of an
/// interview as its turns, with the speaker given by the structure.</summary>
internal static partial class MarkdownTranscript
{
    private const int MinRecurringLabelLines = 2;

    [GeneratedRegex(@"^(?<name>\p{L}[^:\[\]()\n]{0,59}):[ \t\u00A0]+(?<time>\[?(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}(?:[.,][0-9]{1,3})?\]?)[ \t\u00A0]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelThenTime();

    [GeneratedRegex(@"^(?<hashes>#{1,6})(?<text>[^#\s].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingWithoutSpace();

    public static ImmutableArray<SourceParagraph> ToParagraphs(List<MarkdownItem> items, FrontMatter front, List<Diagnostic> diagnostics)
    {
        RepairHeadings(items, diagnostics);
        var questions = QuestionHeadings.Find(items, front, diagnostics);
        var timedLabels = TimedLabelLines(items);
        if (timedLabels.Count > 0)
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.TimedLabels, $"{timedLabels.Count} label lines 'Name: time' read as the speaker and start time of the paragraphs that follow", items[timedLabels.Min()].Line).With("count", timedLabels.Count));

        var paragraphs = ImmutableArray.CreateBuilder<SourceParagraph>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (questions?.Speakers.TryGetValue(i, out var speaker) == true)
                paragraphs.Add(new SourceParagraph(item.Lines) { Speaker = speaker });
            else if (item.Kind == MarkdownItemKind.Heading)
                paragraphs.Add(new SourceParagraph(item.Lines) { Kind = SourceParagraphKind.Heading, HeadingLevel = item.Level });
            else if (timedLabels.Contains(i))
                paragraphs.Add(TimeFirst(item));
            else
                paragraphs.Add(new SourceParagraph(item.Lines) { KeepsSpacing = item.Kind == MarkdownItemKind.Verbatim });
        }

        return paragraphs.ToImmutable();
    }

    /// <summary><c>##Question</c> (no space after the hashes) is a heading its author mistyped: Markdown reads it as
    /// text, but a one-line paragraph of that shape between other headings is meant as one.</summary>
    private static void RepairHeadings(List<MarkdownItem> items, List<Diagnostic> diagnostics)
    {
        if (!items.Any(i => i.Kind == MarkdownItemKind.Heading))
            return;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Kind != MarkdownItemKind.Text || item.Lines.Length != 1 || item.Lines[0].Content is not [Core.Model.Text text])
                continue;
            var match = HeadingWithoutSpace().Match(text.Value);
            if (!match.Success)
                continue;
            var level = match.Groups["hashes"].Length;
            if (!items.Any(h => h.Kind == MarkdownItemKind.Heading && h.Level == level))
                continue;
            items[i] = new MarkdownItem(MarkdownItemKind.Heading, [item.Lines[0] with { Content = [new Core.Model.Text(match.Groups["text"].Value.Trim())] }], level);
            diagnostics.Add(Diagnostic.Warning(DiagnosticCode.HeadingWithoutSpace, $"'{match.Groups["hashes"].Value}' without a space read as a level-{level} heading, like the document's other headings", item.Line).With("level", level));
        }
    }

    /// <summary>Indexes of one-line paragraphs <c>Name: 00:01:02</c>, when the document uses that form more than once
    /// (once could be prose such as <c>Start: 10:30</c>).</summary>
    private static HashSet<int> TimedLabelLines(List<MarkdownItem> items)
    {
        var found = new List<(int Index, string Name)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { Kind: MarkdownItemKind.Text, Lines: [{ Content: [Core.Model.Text text] }] } && LabelThenTime().Match(text.Value.Trim()) is { Success: true } match)
                found.Add((i, match.Groups["name"].Value.Trim()));
        }

        return found.Count >= MinRecurringLabelLines ? [.. found.Select(f => f.Index)] : [];
    }

    /// <summary><c>Name: 00:01:02</c> handed on as <c>00:01:02 Name:</c>, the normaliser's timed-label form: a label
    /// with a start time and no text, so the next paragraphs are that speaker's.</summary>
    private static SourceParagraph TimeFirst(MarkdownItem item)
    {
        var line = item.Lines[0];
        var match = LabelThenTime().Match(((Core.Model.Text)line.Content[0]).Value.Trim());
        return new SourceParagraph([line with { Content = [new Core.Model.Text($"{match.Groups["time"].Value} {match.Groups["name"].Value.Trim()}:")] }]);
    }
}
