using System.Collections.Frozen;
using System.Text.Json;

namespace Pipeline.Core.Normalizing;

/// <summary>What the normaliser knows about languages: honorifics, articles, name particles, words for groups, the
/// chair, examinations, speech verbs, stage directions and incidents. Each language is one data file
/// (<c>Normalizing/Languages/xx.json</c>, embedded); the normaliser uses their union, since a transcript's language is
/// often not known before its labels are read and parliaments mix languages.</summary>
internal sealed class LanguageData
{
    private static readonly Lazy<LanguageData> Loaded = new(Load);

    private LanguageData(Dictionary<string, HashSet<string>> sets, List<(string Stem, IncidentKind Kind)> incidents, List<string> languages)
    {
        FrozenSet<string> Set(string name) => (sets.TryGetValue(name, out var set) ? set : []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Honorifics = Set("honorifics");
        Articles = Set("articles");
        Particles = Set("particles");
        FunctionWords = Set("functionWords");
        Collective = Set("collective");
        CollectivePhrases = [.. Set("collectivePhrases").OrderByDescending(p => p.Length)];
        Chair = Set("chair");
        Examination = Set("examination");
        SpeechVerbs = Set("speechVerbs");
        NotSpeakers = Set("notSpeakers");
        StagePhrases = [.. Set("stagePhrases").OrderByDescending(p => p.Length)];
        HeadingWords = Set("headingWords");
        IncidentStems = incidents;
        Languages = languages;
    }

    /// <summary>The union of every language file.</summary>
    public static LanguageData All => Loaded.Value;

    /// <summary>The languages that have a data file.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Titles before a name (<c>Mr</c>, <c>señora</c>, <c>Poseł</c>, <c>議員</c> as a suffix in Chinese).</summary>
    public FrozenSet<string> Honorifics { get; }

    /// <summary>Articles that may open a label (<c>The</c>, <c>O</c>, <c>El</c>, <c>De</c>).</summary>
    public FrozenSet<string> Articles { get; }

    /// <summary>Lower-case words inside names (<c>de</c>, <c>van</c>, <c>of</c>).</summary>
    public FrozenSet<string> Particles { get; }

    /// <summary>Words that make a capitalised phrase an office rather than a name (<c>for</c>, <c>and</c>).</summary>
    public FrozenSet<string> FunctionWords { get; }

    /// <summary>Words that make a label a group of speakers (<c>voices</c>, <c>members</c>, <c>ALL</c>).</summary>
    public FrozenSet<string> Collective { get; }

    /// <summary>Phrases that name a group of speakers (<c>des voix</c>, <c>some hon. members</c>), longest first.</summary>
    public IReadOnlyList<string> CollectivePhrases { get; }

    /// <summary>Words for the chair or presiding officer (<c>Speaker</c>, <c>Presidente</c>, <c>主席</c>).</summary>
    public FrozenSet<string> Chair { get; }

    /// <summary>Words that open an examination marker (<c>BY MS. MURRAY:</c>).</summary>
    public FrozenSet<string> Examination { get; }

    /// <summary>Verbs written after a name in a label (<c>X interrupts:</c>).</summary>
    public FrozenSet<string> SpeechVerbs { get; }

    /// <summary>Words that open a colon phrase in prose or headers but never name a speaker.</summary>
    public FrozenSet<string> NotSpeakers { get; }

    /// <summary>Phrases of procedural stage directions (<c>in the chair</c>, <c>la motion est adoptée</c>), longest first.</summary>
    public IReadOnlyList<string> StagePhrases { get; }

    /// <summary>Words that make an all-capitals line standing alone a section heading (<c>ORAL ARGUMENT OF …</c>,
    /// <c>PROCEEDINGS</c>, <c>REBUTTAL …</c>).</summary>
    public FrozenSet<string> HeadingWords { get; }

    /// <summary>Word stems that name an incident, in the order they are tried.</summary>
    public IReadOnlyList<(string Stem, IncidentKind Kind)> IncidentStems { get; }

    /// <summary>Whether <paramref name="text"/> names a group of speakers.</summary>
    public bool IsCollective(string text)
    {
        var lower = text.ToLowerInvariant();
        if (CollectivePhrases.Any(p => lower.Contains(p, StringComparison.Ordinal)))
            return true;
        return lower.Split([' ', '\t', '\u00A0', '.', ','], StringSplitOptions.RemoveEmptyEntries).Any(Collective.Contains);
    }

    /// <summary>Whether <paramref name="text"/> contains a procedural stage phrase.</summary>
    public bool HasStagePhrase(string text)
    {
        var lower = text.ToLowerInvariant();
        return StagePhrases.Any(p => lower.Contains(p, StringComparison.Ordinal));
    }

    private static LanguageData Load()
    {
        var assembly = typeof(LanguageData).Assembly;
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var incidents = new List<(string, IncidentKind)>();
        var languages = new List<string>();
        var byKind = new SortedDictionary<IncidentKind, List<string>>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Pipeline.Languages.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var json = JsonDocument.Parse(stream);
            foreach (var property in json.RootElement.EnumerateObject())
            {
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.String when property.Name == "language":
                        languages.Add(property.Value.GetString()!);
                        break;
                    case JsonValueKind.Array:
                        if (!sets.TryGetValue(property.Name, out var set))
                            sets[property.Name] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                        foreach (var item in property.Value.EnumerateArray())
                            set.Add(item.GetString()!.ToLowerInvariant());
                        break;
                    case JsonValueKind.Object when property.Name == "incidents":
                        foreach (var kind in property.Value.EnumerateObject())
                        {
                            var incidentKind = Enum.Parse<IncidentKind>(kind.Name, ignoreCase: true);
                            if (!byKind.TryGetValue(incidentKind, out var stems))
                                byKind[incidentKind] = stems = [];
                            stems.AddRange(kind.Value.EnumerateArray().Select(s => s.GetString()!.ToLowerInvariant()));
                        }

                        break;
                }
            }
        }

        // English first keeps the order the stems were always tried in; the other languages follow.
        foreach (var (kind, stems) in byKind)
            incidents.AddRange(stems.Distinct(StringComparer.Ordinal).Select(s => (s, kind)));
        return new LanguageData(sets, incidents, languages);
    }
}
