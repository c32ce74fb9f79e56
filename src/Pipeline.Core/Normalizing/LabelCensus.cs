namespace Pipeline.Core.Normalizing;

/// <summary>The speaker labels of a whole document, counted before any is trusted: upper-case and multi-word
/// name labels count at once, a single capitalised word (<c>Putin:</c>) only when it recurs or names someone
/// already known, so that prose such as <c>Remember: …</c> is not read as a speaker.</summary>
internal sealed class LabelCensus
{
    /// <summary>How often a lower-case phrase must start a paragraph before it counts as a label.</summary>
    private const int MinPhraseRepeats = 3;

    /// <summary>The share of lines (percent) starting with a clear label above which every label shape counts.</summary>
    private const int LabelDensePercent = 80;

    private readonly HashSet<string> accepted = new(StringComparer.Ordinal);

    private LabelCensus(List<string> acceptedInOrder, IReadOnlyList<SpeakerLabel> seen)
    {
        AcceptedInOrder = acceptedInOrder;
        accepted.UnionWith(acceptedInOrder);
        foreach (var label in seen.Where(l => accepted.Contains(l.Name)))
        {
            if (!WrittenForms.TryGetValue(label.Name, out var forms))
                WrittenForms[label.Name] = forms = [];
            if (!forms.Contains(label.Written))
                forms.Add(label.Written);
            if (label.Affiliation is not null)
                Affiliations.TryAdd(label.Name, label.Affiliation);
        }
    }

    /// <summary>Every way each accepted label was written (with its affiliation), in order of first use.</summary>
    public Dictionary<string, List<string>> WrittenForms { get; } = new(StringComparer.Ordinal);

    /// <summary>The first affiliation written with each accepted label (<c>Jane Doe (BBC):</c>).</summary>
    public Dictionary<string, string> Affiliations { get; } = new(StringComparer.Ordinal);

    /// <summary>Accepted label names, each once, in order of first appearance.</summary>
    public IReadOnlyList<string> AcceptedInOrder { get; }

    /// <summary>The label at the start of <paramref name="text"/> when the census accepted it.</summary>
    public SpeakerLabel? LabelAt(string text) =>
        SpeakerLabelParser.Match(text) is { } label && accepted.Contains(label.Name) ? label : null;

    public static LabelCensus Take(IEnumerable<SourceUnit> units, string title, IReadOnlyList<string>? knownSpeakers = null)
    {
        knownSpeakers ??= [];
        var hinted = new List<string>();
        var givenLabels = new List<SpeakerLabel>();
        var seen = new List<SpeakerLabel>();
        var lines = 0;
        foreach (var unit in units)
        {
            if (unit.Speaker is { } hint)
            {
                var given = SpeakerLabelParser.Given(hint.Name);
                hinted.Add(given.Name);
                givenLabels.Add(given);
                continue;
            }

            if (unit.Kind != SourceParagraphKind.Text)
                continue;
            if (unit.IsBracketed)
            {
                if (SpeakerLabelParser.Match(InlineEdit.Plain(unit.InnerParagraphs().FirstOrDefault())) is { } inner)
                    seen.Add(inner);
                continue;
            }

            foreach (var line in unit.Paragraphs.SelectMany(p => p))
            {
                lines++;
                if (SpeakerLabelParser.Match(InlineEdit.Plain(line.Content).TrimStart()) is { } label)
                    seen.Add(label);
            }
        }

        var counts = seen.GroupBy(l => l.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var knownWords = seen.Where(l => l.Shape != LabelShape.SingleWord)
            .SelectMany(l => SpeakerLabelParser.CoreWords(l.Name))
            .Concat(knownSpeakers.Count > 0 ? [] : title.Split([' ', ',', '.', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToUpperInvariant()))
            .Concat(knownSpeakers.SelectMany(SpeakerLabelParser.CoreWords))
            .ToHashSet(StringComparer.Ordinal);
        // Where nearly every line starts with a label, a lower-case phrase at a line start is a label even when rare.
        var labelDense = lines >= 10 && seen.Count(l => l.Shape is LabelShape.UpperCase or LabelShape.NameWords) * 100 >= lines * LabelDensePercent;
        var order = seen
            .Where(l => l.Shape switch
            {
                LabelShape.SingleWord => counts[l.Name] >= 2 || knownWords.Contains(l.Name.ToUpperInvariant()),
                LabelShape.Phrase => labelDense || counts[l.Name] >= MinPhraseRepeats,
                _ => true,
            })
            .Select(l => l.Name)
            .Concat(hinted)
            .Concat(knownSpeakers)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new LabelCensus(order, [.. seen, .. givenLabels]);
    }
}
