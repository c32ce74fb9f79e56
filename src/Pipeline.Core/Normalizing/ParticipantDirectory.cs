using System.Runtime.InteropServices;

namespace Pipeline.Core.Normalizing;

/// <summary>Resolves speaker labels to participants: groups the label forms that name one person
/// (<c>Putin</c> is <c>VLADIMIR PUTIN</c>), picks a display name and a stable id.</summary>
internal sealed class ParticipantDirectory
{
    private readonly Dictionary<string, Entry> byKey = new(StringComparer.Ordinal);

    /// <summary>Each label's key, worked out once: the block builder asks for the id of every turn's label.</summary>
    private readonly Dictionary<string, string> keys = new(StringComparer.Ordinal);

    /// <summary>Each label's core words, worked out once: building the directory asks for a label's several times, and
    /// for an entry's once per later label compared with it.</summary>
    private readonly Dictionary<string, IReadOnlyList<string>> coreWords = new(StringComparer.Ordinal);
    private readonly List<Entry> entries = [];
    private readonly string context;

    /// <param name="context">Text where names appear in their normal spelling (title, metadata), used for display names.</param>
    public ParticipantDirectory(IEnumerable<string> labels, string context, List<Diagnostic> diagnostics)
    {
        this.context = context;
        var distinct = labels.Distinct(StringComparer.Ordinal).ToList();

        // Fullest forms first, so shorter forms can attach to them.
        foreach (var label in distinct.OrderByDescending(l => CoreWordsOf(l).Count).ThenBy(l => distinct.IndexOf(l)))
        {
            var key = Key(label);
            if (byKey.TryGetValue(key, out var same))
            {
                same.Aliases.Add(label);
                continue;
            }

            var owner = FindFullerForm(label, diagnostics);
            if (owner is null)
            {
                owner = new Entry(label, distinct.IndexOf(label));
                entries.Add(owner);
            }
            else
            {
                diagnostics.Add(Diagnostic.Info(DiagnosticCode.LabelAlias, $"label '{label}' taken as another form of '{owner.Canonical}'").With("label", label).With("participant", owner.Canonical));
            }

            owner.Aliases.Add(label);
            byKey[key] = owner;
        }

        AssignIds();
    }

    /// <summary>The participant id for a label seen when the directory was built.</summary>
    public string IdOf(string label) => byKey[Key(label)].Id;

    public bool Knows(string label) => byKey.ContainsKey(Key(label));

    /// <summary>Records <paramref name="label"/> as one more form that named the participant <paramref name="id"/> (the
    /// <c>Q</c> an examination marker gave them), without moving the label's own participant.</summary>
    public void AddAlias(string id, string label)
    {
        var entry = entries.First(e => e.Id == id);
        if (!entry.Aliases.Contains(label))
            entry.Aliases.Add(label);
    }

    /// <summary>The participants in order of first appearance, with the roles and organisations given.</summary>
    public ImmutableArray<Participant> Build(IReadOnlyDictionary<string, string> roles, IReadOnlyDictionary<string, string> organisations, IReadOnlyList<string> labelOrder, LabelCensus labels)
    {
        var order = labelOrder.Select(l => byKey[Key(l)]).Distinct().ToList();
        var position = labelOrder.Select((label, index) => (label, index)).GroupBy(x => x.label).ToDictionary(g => g.Key, g => g.First().index, StringComparer.Ordinal);
        return [.. order.Select(e =>
        {
            var names = e.Aliases.OrderBy(a => position.GetValueOrDefault(a, int.MaxValue)).ToList();
            var aliases = names.SelectMany(n => labels.WrittenForms.TryGetValue(n, out var forms) ? forms.Prepend(n) : [n]).Distinct(StringComparer.Ordinal);
            var organisation = organisations.GetValueOrDefault(e.Id) ?? names.Select(n => labels.Affiliations.GetValueOrDefault(n)).FirstOrDefault(a => a is not null);
            var list = aliases.ToList();
            return new Participant(e.Id, e.DisplayName, roles.GetValueOrDefault(e.Id), organisation, [.. list])
            {
                IsGroup = list.Prepend(e.DisplayName).Any(LanguageData.All.IsCollective),
            };
        })];
    }

    public IEnumerable<(string Id, string DisplayName)> All => entries.Select(e => (e.Id, e.DisplayName));

    private Entry? FindFullerForm(string label, List<Diagnostic> diagnostics)
    {
        var words = CoreWordsOf(label);
        if (words.Count == 0 || (words.Count == 1 && words[0].Length < 2))
            return null;
        var candidates = entries
            .Where(e => CoreWordsOf(e.Canonical) is var full && full.Count > words.Count && full.Skip(full.Count - words.Count).SequenceEqual(words))
            .ToList();
        if (candidates.Count == 1)
            return candidates[0];
        if (candidates.Count > 1)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCode.LabelAmbiguous, $"label '{label}' could be {string.Join(" or ", candidates.Select(c => $"'{c.Canonical}'"))}; kept apart").With("label", label).With("candidates", string.Join(", ", candidates.Select(c => c.Canonical))));
        return null;
    }

    private void AssignIds()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries.OrderBy(e => e.FirstSeen))
        {
            entry.DisplayName = DisplayNameOf(entry.Canonical);
            var words = CoreWordsOf(entry.Canonical);
            var id = Slug(words.Count > 0 ? words[^1] : entry.Canonical);
            if (!used.Add(id))
            {
                id = Slug(string.Join("-", words));
                var n = 2;
                var stem = id;
                while (!used.Add(id))
                    id = $"{stem}-{n++}";
            }

            entry.Id = id;
        }
    }

    /// <summary>The name as the title or metadata spells it; else upper-case labels in title case, short or vowel-less words (NBC, MSM) kept upper case.</summary>
    private string DisplayNameOf(string label)
    {
        var inContext = context.IndexOf(label, StringComparison.OrdinalIgnoreCase);
        if (inContext >= 0 && IsWordBoundary(inContext, label.Length))
            return context.Substring(inContext, label.Length);
        if (label.Any(char.IsLower))
            return label;
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" ", words.Select(w => TitleCaseWord(w, words.Length == 1)));
    }

    private bool IsWordBoundary(int start, int length) =>
        (start == 0 || !char.IsLetterOrDigit(context[start - 1])) &&
        (start + length >= context.Length || !char.IsLetterOrDigit(context[start + length]));

    /// <summary>Title case, except for what reads as an acronym: no vowel (NBC, MSM), or a lone label of three letters or fewer (CNN, Q).</summary>
    private static string TitleCaseWord(string word, bool isWholeLabel)
    {
        var letters = word.Where(char.IsLetter).ToList();
        var looksLikeAcronym = !letters.Any(c => "AEIOUYАЕЁИОУЫЭЮЯΑΕΗΙΟΥΩ".Contains(c)) || (isWholeLabel && letters.Count <= 3);
        if (looksLikeAcronym && !SpeakerLabelParser.IsHonorific(word))
            return word;
        var lower = word.ToLower(CultureInfo.InvariantCulture).ToCharArray();
        for (var i = 0; i < lower.Length; i++)
        {
            if (char.IsLetter(lower[i]) && (i == 0 || lower[i - 1] is '-' or '\'' or '’'))
                lower[i] = char.ToUpperInvariant(lower[i]);
        }

        var result = new string(lower);
        if (result.StartsWith("Mc", StringComparison.Ordinal) && result.Length > 3)
            result = "Mc" + char.ToUpperInvariant(result[2]) + result[3..];
        return result;
    }

    /// <summary>An XML NCName from a word: lower case, accents removed, letters and digits, hyphens between.</summary>
    public static string Slug(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c))
                builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length == 0)
            return "speaker";
        return char.IsLetter(slug[0]) ? slug : "s" + slug;
    }

    private string Key(string label)
    {
        ref var key = ref CollectionsMarshal.GetValueRefOrAddDefault(keys, label, out var known);
        if (!known)
            key = string.Join(" ", CoreWordsOf(label));
        return key!;
    }

    private IReadOnlyList<string> CoreWordsOf(string label)
    {
        ref var words = ref CollectionsMarshal.GetValueRefOrAddDefault(coreWords, label, out var known);
        if (!known)
            words = SpeakerLabelParser.CoreWords(label);
        return words!;
    }

    private sealed class Entry(string canonical, int firstSeen)
    {
        public string Canonical { get; } = canonical;

        public int FirstSeen { get; } = firstSeen;

        public List<string> Aliases { get; } = [];

        public string Id { get; set; } = "";

        public string DisplayName { get; set; } = canonical;
    }
}
