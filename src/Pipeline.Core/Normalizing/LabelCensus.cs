using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace Pipeline.Core.Normalizing;

/// <summary>The speaker labels of a whole document, counted before any is trusted. The census learns the document's
/// convention: every line start that could be a label is a candidate with its delimiter (<c>:</c>, <c>：</c>, <c>.</c>,
/// <c>.-</c>, a dash, the end of the line, the end of a bold run, initials) and its name shape; a delimiter other than the
/// colon counts only when the document uses it again and again (a convention), and within a convention a name counts when
/// its shape is a clear label's or it recurs. So prose such as <c>Remember: …</c> or <c>The answer is simple: no.</c> is
/// not read as a speaker, and nothing depends on particular names or words.</summary>
internal sealed class LabelCensus
{
    /// <summary>How often a lower-case phrase must start a paragraph before it counts as a label.</summary>
    private const int MinPhraseRepeats = 3;

    /// <summary>The share of lines (percent) starting with a clear label above which every label shape counts.</summary>
    private const int LabelDensePercent = 80;

    /// <summary>How often a delimiter other than the colon must end a candidate before it is the document's convention.</summary>
    private const int MinConventionUses = 3;

    private readonly HashSet<string> accepted = new(StringComparer.Ordinal);
    private readonly HashSet<LabelDelimiter> delimiters;

    /// <summary>How many candidates the document's most common label form needs before a form it uses rarely must prove itself.</summary>
    private const int MinDominantForm = 10;

    /// <summary>The share of candidates (percent) the most common label form must have to be the document's convention.</summary>
    private const int DominantFormPercent = 90;

    /// <summary>Distinct names written as <c>Name (affiliation):</c> before a one-word name so written counts as a label.</summary>
    private const int MinAffiliatedNames = 3;

    private readonly HashSet<SourceLine> furniture;

    private LabelCensus(List<string> acceptedInOrder, IReadOnlyList<SpeakerLabel> seen, HashSet<LabelDelimiter> delimiters, HashSet<SourceLine> furniture)
    {
        AcceptedInOrder = acceptedInOrder;
        this.furniture = furniture;
        accepted.UnionWith(acceptedInOrder);
        this.delimiters = delimiters;
        foreach (var label in seen.Where(l => accepted.Contains(l.Name)))
        {
            if (!WrittenForms.TryGetValue(label.Name, out var forms))
                WrittenForms[label.Name] = forms = [];
            if (!forms.Contains(label.Written))
                forms.Add(label.Written);
            if (label.Person is { } person && !forms.Contains(person))
                forms.Add(person);
            if (label.Wrapped is { } wrapped && !forms.Contains(wrapped))
                forms.Add(wrapped);
            if (label.Affiliation is not null && label.Person is null)
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
    public SpeakerLabel? LabelAt(string text) => LabelAt(text, default);

    /// <summary>The label at the start of a line (its plain text and inlines) when the census accepted it.</summary>
    public SpeakerLabel? LabelAt(string text, ImmutableArray<Inline> content) =>
        (delimiters.Count == 1 ? SpeakerLabelParser.MatchColonOnly(text) : SpeakerLabelParser.Match(text, content)) is { } label && accepted.Contains(label.Name) && delimiters.Contains(label.Delimiter) && !IsExaminationMarker(label) ? label : null;

    /// <summary>Whether the line is page furniture (a running head, the speaker's head beside it): never a label.</summary>
    public bool IsFurniture(SourceLine line) => furniture.Contains(line);

    /// <summary>An examination marker (<c>BY MS. MURRAY:</c>): it says who asks the questions that follow, and is no turn.</summary>
    public static bool IsExaminationMarker(SpeakerLabel label)
    {
        // Asked of every label: most names' first word is no examination word, which is told without splitting the name.
        var name = label.Name.AsSpan().TrimStart(' ');
        var space = name.IndexOf(' ');
        if (space < 0 || !ExaminationWords.Contains(name[..space]))
            return false;
        var words = label.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && LanguageData.All.Examination.Contains(words[0]) && SpeakerLabelParser.IsHonorific(words[1]);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExaminationWords = LanguageData.All.Examination.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The examiner an examination marker names (<c>MS. MURRAY</c> of <c>BY MS. MURRAY:</c>).</summary>
    public static string ExaminerOf(SpeakerLabel marker) => marker.Name[(marker.Name.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim();

    /// <summary>The examination marker a line is, alone on it (<c>BY MS. MURRAY:</c>), or null.</summary>
    public static SpeakerLabel? ExaminationMarker(string text) =>
        text.Length < 80 && text.EndsWith(':') && SpeakerLabelParser.Match(text) is { } label && label.Length >= text.Length && IsExaminationMarker(label) ? label : null;

    /// <summary>The examiners the units' examination markers name, in order of first appearance: they are participants (the
    /// speakers of the <c>Q</c> turns after their marker) even when they never speak under a label of their own.</summary>
    public static List<string> Examiners(IReadOnlyList<SourceUnit> units)
    {
        var examiners = new List<string>();
        foreach (var unit in units)
        {
            if (unit.Kind != SourceParagraphKind.Text || unit.Speaker is not null)
                continue;
            foreach (var paragraph in unit.Paragraphs)
            {
                foreach (var line in paragraph)
                {
                    if (ExaminationMarker(InlineEdit.Plain(line.Content).Trim()) is { } marker && !examiners.Contains(ExaminerOf(marker)))
                        examiners.Add(ExaminerOf(marker));
                }
            }
        }

        return examiners;
    }

    /// <summary>Whether a label is the questioner's letter of the Q/A convention (<c>Q</c>, <c>Q.</c>, <c>QUESTION</c>), which
    /// an examination marker gives a name.</summary>
    public static bool IsQuestionLabel(string name) => name.Trim().TrimEnd('.') is var core
        && (core.Equals("Q", StringComparison.OrdinalIgnoreCase) || core.Equals("QUESTION", StringComparison.OrdinalIgnoreCase));

    /// <summary>Every candidate label of the units, each line matched once.</summary>
    private sealed class Candidates
    {
        public List<(SpeakerLabel Label, bool HasSpeech)> Seen { get; } = [];

        /// <summary>The speakers the source's structure gives.</summary>
        public List<SpeakerLabel> Given { get; } = [];

        /// <summary>The lines of the units' text, bracketed units and headings not counted.</summary>
        public int Lines { get; set; }

        public required HashSet<SourceLine> Furniture { get; init; }
    }

    private static Candidates Gather(IReadOnlyList<SourceUnit> units)
    {
        var result = new Candidates { Furniture = PageLayout.Furniture(units) };
        foreach (var unit in units)
        {
            if (unit.Speaker is { } hint)
            {
                result.Given.Add(SpeakerLabelParser.Given(hint.Name));
            }
            else if (unit.Kind == SourceParagraphKind.Heading)
            {
                // A heading that is nothing but a label (`#### Poseł Jan Kowalski:`) names the speaker of what follows.
                var heading = unit.PlainText.Trim();
                if (SpeakerLabelParser.MatchWithColon(heading) is { } headingLabel && headingLabel.Length >= heading.Length)
                    result.Seen.Add((headingLabel, false));
            }
            else if (unit.Kind == SourceParagraphKind.Text && unit.IsBracketed)
            {
                if (SpeakerLabelParser.MatchWithColon(InlineEdit.Plain(unit.FirstInnerParagraph())) is { } inner)
                    result.Seen.Add((inner, true));
            }
            else if (unit.Kind == SourceParagraphKind.Text)
            {
                foreach (var paragraph in unit.Paragraphs)
                {
                    var inside = PageLayout.InsideWrappedParenthesis(paragraph);
                    for (var i = 0; i < paragraph.Count; i++)
                    {
                        var line = paragraph[i];
                        result.Lines++;
                        if (inside[i] || result.Furniture.Contains(line))
                            continue;
                        var plain = InlineEdit.Plain(line.Content).TrimStart();
                        if (SpeakerLabelParser.Match(plain, line.Content) is { } label && !IsExaminationMarker(label) && !IsField(plain, label))
                            result.Seen.Add((line.WrappedText is null ? label : label with { Wrapped = line.WrappedText }, label.Length < plain.TrimEnd().Length || label.Time is not null));
                    }
                }
            }
        }

        return result;
    }

    /// <summary>The census of the units' labels.</summary>
    public static LabelCensus Take(IReadOnlyList<SourceUnit> units, string title, IReadOnlyList<string>? knownSpeakers = null, List<Diagnostic>? diagnostics = null)
    {
        knownSpeakers ??= [];
        var gathered = Gather(units);
        var givenLabels = gathered.Given;
        var seen = gathered.Seen;
        var lines = gathered.Lines;

        var delimiters = Conventions(seen, diagnostics);
        var candidates = seen.Where(s => delimiters.Contains(s.Label.Delimiter)).ToList();

        candidates = WithoutStrayForms(candidates, givenLabels.Count);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var speaking = new HashSet<string>(StringComparer.Ordinal);
        // The core words of each distinct name, split once per name rather than once per line it labels.
        var knownWords = new HashSet<string>(StringComparer.Ordinal);
        var splitNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (label, hasSpeech) in candidates)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, label.Name, out _)++;
            if (hasSpeech)
                speaking.Add(label.Name);
            if (label.Shape != LabelShape.SingleWord && splitNames.Add(label.Name))
                knownWords.UnionWith(SpeakerLabelParser.CoreWords(label.Name));
        }

        if (knownSpeakers.Count == 0)
        {
            foreach (var word in title.Split([' ', ',', '.', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
                knownWords.Add(word.ToUpperInvariant());
        }

        foreach (var speaker in knownSpeakers)
            knownWords.UnionWith(SpeakerLabelParser.CoreWords(speaker));
        var knownSingle = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool IsKnownWord(string name)
        {
            ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(knownSingle, name, out var exists);
            if (!exists)
                known = knownWords.Contains(name.ToUpperInvariant());
            return known;
        }

        // Where nearly every line starts with a label, a lower-case phrase at a line start is a label even when rare.
        // Where several names are written `Name (affiliation):`, a one-word name so written (`Lausen (SPD):`) is one of them.
        var affiliated = candidates.Where(c => c.Label.Affiliation is not null && c.Label.Person is null && c.Label.Delimiter == LabelDelimiter.Colon && c.HasSpeech)
            .Select(c => c.Label.Name).Distinct(StringComparer.Ordinal).Count() >= MinAffiliatedNames;
        var labelDense = lines >= 10 && candidates.Count(l => l.Label.Shape is LabelShape.UpperCase or LabelShape.NameWords) * 100 >= lines * LabelDensePercent;
        var order = candidates
            .Select(c => c.Label)
            .Where(l => l.Delimiter is LabelDelimiter.Colon or LabelDelimiter.FullWidthColon || l.Shape is LabelShape.UpperCase or LabelShape.NameWords || counts[l.Name] >= 2)
            .Where(l => l.Delimiter is LabelDelimiter.Colon or LabelDelimiter.FullWidthColon or LabelDelimiter.EndOfLine || speaking.Contains(l.Name))
            .Where(l => l.Shape switch
            {
                LabelShape.SingleWord => counts[l.Name] >= 2 || IsKnownWord(l.Name) || (affiliated && l.Affiliation is not null && l.Person is null),
                LabelShape.Phrase => labelDense || (counts[l.Name] >= MinPhraseRepeats && speaking.Contains(l.Name)),
                LabelShape.Uncased => speaking.Contains(l.Name) && (counts[l.Name] >= 2 || EndsWithTitle(l.Name)),
                _ => true,
            })
            .Select(l => l.Name)
            .Concat(givenLabels.Select(l => l.Name))
            .Concat(knownSpeakers)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new LabelCensus(order, [.. candidates.Select(c => c.Label), .. givenLabels], delimiters, gathered.Furniture);
    }

    /// <summary>Where one label form clearly is the document's convention (labels alone on their line ending with a colon, or
    /// running into the speech after a dash…), a candidate in another form whose name never appears in the convention's form
    /// must recur and look like a name: so a one-off sentence opening (<c>Apropos Griechenland: …</c>, <c>Veja: …</c>) in a
    /// document labelled otherwise is prose, while the convention itself is untouched.</summary>
    private static List<(SpeakerLabel Label, bool HasSpeech)> WithoutStrayForms(List<(SpeakerLabel Label, bool HasSpeech)> candidates, int given)
    {
        var clear = 0;
        foreach (var (label, _) in candidates)
        {
            if (IsClear(label))
                clear++;
        }

        if (clear + given < MinDominantForm)
            return candidates;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (label, _) in candidates)
            CollectionsMarshal.GetValueRefOrAddDefault(counts, label.Name, out _)++;

        // Speakers the format's structure gives (a label paragraph in its own style, a speaker column) are a form too: a label
        // written in the text of such a document must recur (`Des voix:` does), so a one-off address (`President: si volem…`) is prose.
        if (given * 100 >= (clear + given) * DominantFormPercent)
            return candidates.FindAll(c => counts[c.Label.Name] >= 2);
        if (clear < MinDominantForm)
            return candidates;
        var (dominant, dominantCount) = DominantForm(candidates);
        if (dominantCount * 100 < clear * DominantFormPercent)
            return candidates;
        var conventional = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (label, hasSpeech) in candidates)
        {
            if (IsClear(label) && (label.Delimiter, hasSpeech) == dominant)
                conventional.Add(label.Name);
        }

        return candidates.FindAll(c => (c.Label.Delimiter, c.HasSpeech) == dominant || conventional.Contains(c.Label.Name)
            || (counts[c.Label.Name] >= 2 && IsClear(c.Label)));
    }

    /// <summary>Whether a label's name has a clear label's shape: upper case, or capitalised words.</summary>
    private static bool IsClear(SpeakerLabel label) => label.Shape is LabelShape.UpperCase or LabelShape.NameWords;

    /// <summary>The form (delimiter, and whether speech follows on the line) that most clear candidates take, with how many
    /// take it; on a tie, the form used first.</summary>
    private static ((LabelDelimiter Delimiter, bool HasSpeech) Form, int Count) DominantForm(List<(SpeakerLabel Label, bool HasSpeech)> candidates)
    {
        var forms = new List<((LabelDelimiter, bool) Form, int Count)>();
        foreach (var (label, hasSpeech) in candidates)
        {
            if (!IsClear(label))
                continue;
            var at = 0;
            while (at < forms.Count && forms[at].Form != (label.Delimiter, hasSpeech))
                at++;
            if (at == forms.Count)
                forms.Add(((label.Delimiter, hasSpeech), 0));
            forms[at] = (forms[at].Form, forms[at].Count + 1);
        }

        var best = forms[0];
        foreach (var form in forms)
        {
            if (form.Count > best.Count)
                best = form;
        }

        return best;
    }

    /// <summary>The delimiters the document uses for its labels. The colon always counts (its names still need the right
    /// shape or recurrence); another delimiter counts when at least <see cref="MinConventionUses"/> candidates end with it
    /// and two names recur with it. A label alone on its line must also be at least half as common as the document's
    /// other conventions, so page heads and headings in a document labelled otherwise are not read as speakers.</summary>
    private static HashSet<LabelDelimiter> Conventions(List<(SpeakerLabel Label, bool HasSpeech)> seen, List<Diagnostic>? diagnostics)
    {
        var result = new HashSet<LabelDelimiter> { LabelDelimiter.Colon };
        // Per delimiter: how many candidates end with it, how many of those have a name's shape, and how many names recur with it.
        var uses = new Dictionary<LabelDelimiter, (int Count, int Named, int Recurring)>();
        var perName = new Dictionary<(LabelDelimiter, string), int>();
        foreach (var (label, _) in seen)
        {
            ref var use = ref CollectionsMarshal.GetValueRefOrAddDefault(uses, label.Delimiter, out _);
            use.Count++;
            if (label.Shape is not LabelShape.Phrase and not LabelShape.SingleWord)
                use.Named++;
            if (++CollectionsMarshal.GetValueRefOrAddDefault(perName, (label.Delimiter, label.Name), out _) == 2)
                use.Recurring++;
        }

        foreach (var (delimiter, use) in uses)
        {
            if (delimiter != LabelDelimiter.Colon && use.Count >= MinConventionUses && (use.Recurring >= 2 || (delimiter == LabelDelimiter.FullWidthColon && use.Recurring >= 1)))
                result.Add(delimiter);
        }

        if (result.Contains(LabelDelimiter.EndOfLine))
        {
            var others = 0;
            foreach (var (delimiter, use) in uses)
            {
                if (delimiter != LabelDelimiter.EndOfLine && (result.Contains(delimiter) || delimiter == LabelDelimiter.Colon))
                    others = Math.Max(others, use.Named);
            }

            if (uses[LabelDelimiter.EndOfLine].Count * 2 < others)
                result.Remove(LabelDelimiter.EndOfLine);
        }

        if (diagnostics is not null)
        {
            // The conventions learned, most used first (the first used on a tie), each with the first label written so.
            var shapes = new Dictionary<SpeakerLabel, string>(ReferenceEqualityComparer.Instance);
            var formAt = new Dictionary<(LabelDelimiter, string), int>();
            var forms = new List<(LabelDelimiter Delimiter, string Shape, int Count, string Example)>();
            foreach (var (label, _) in seen)
            {
                if (!result.Contains(label.Delimiter))
                    continue;
                if (!shapes.TryGetValue(label, out var shape))
                    shapes[label] = shape = ShapeName(label);
                ref var at = ref CollectionsMarshal.GetValueRefOrAddDefault(formAt, (label.Delimiter, shape), out var known);
                if (!known)
                {
                    at = forms.Count;
                    forms.Add((label.Delimiter, shape, 0, label.Written));
                }

                forms[at] = forms[at] with { Count = forms[at].Count + 1 };
            }

            foreach (var (delimiter, shape, count, example) in forms.OrderByDescending(f => f.Count))
                diagnostics.Add(Diagnostic.Info(DiagnosticCode.LabelConvention, $"label convention: {shape} + {DelimiterName(delimiter)}, {count} line(s), e.g. '{example}'").With("shape", shape).With("delimiter", DelimiterName(delimiter)).With("count", count).With("example", example));
        }

        return result;
    }

    /// <summary>A label whose "speech" is a short number or date (<c>SIM: 300</c>, <c>Date: 16/09/2025</c>) is a field of a
    /// form or a vote count, not a turn.</summary>
    private static bool IsField(string line, SpeakerLabel label)
    {
        var rest = line[Math.Min(label.Length, line.Length)..].Trim();
        return rest.Length is > 0 and < 25 && char.IsDigit(rest[0]) && label.Shape is not LabelShape.NameWords && SpeakerLabelParser.ParseTime(rest) is null;
    }

    private static bool EndsWithTitle(string name) => LanguageData.All.Honorifics.Any(h => name.Length > h.Length && name.EndsWith(h, StringComparison.Ordinal));

    /// <summary>How a label's name is written, for the diagnostics that say which conventions were learned.</summary>
    public static string ShapeName(SpeakerLabel label)
    {
        var words = label.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lexicon = LanguageData.All;
        var prefix = label.Person is not null ? "chair (person in parentheses)"
            : label.Affiliation is not null ? "name + (affiliation)"
            : "";
        var shape = label.Shape switch
        {
            _ when label.Delimiter == LabelDelimiter.Initials => "surname + initials",
            _ when words is [var code] && code.Length <= 2 && label.Shape == LabelShape.UpperCase => "Q/A letter",
            _ when words.Length == 2 && words[1].All(char.IsDigit) => "Speaker N",
            _ when words.Length > 2 && lexicon.Articles.Contains(words[0]) && SpeakerLabelParser.IsHonorific(words[1]) => "article + honorific + name",
            _ when words.Length > 1 && SpeakerLabelParser.IsHonorific(words[0]) => "honorific + name",
            LabelShape.UpperCase => "upper case",
            LabelShape.NameWords => "title case",
            LabelShape.SingleWord => "single word",
            LabelShape.Phrase => "phrase",
            _ => "uncased script",
        };
        return prefix.Length > 0 ? $"{shape}, {prefix}" : shape;
    }

    private static string DelimiterName(LabelDelimiter delimiter) => delimiter switch
    {
        LabelDelimiter.Colon => "':'",
        LabelDelimiter.FullWidthColon => "'：'",
        LabelDelimiter.Dot => "'.'",
        LabelDelimiter.DotDash => "'.-'",
        LabelDelimiter.Dash => "' - '",
        LabelDelimiter.EndOfLine => "end of line",
        LabelDelimiter.BoldEnd => "end of bold",
        _ => "initials",
    };
}
