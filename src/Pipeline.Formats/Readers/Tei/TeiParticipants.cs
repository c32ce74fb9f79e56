using Pipeline.Formats.Writers.Tei;

namespace Pipeline.Formats.Readers.Tei;

/// <summary>The speakers of a TEI file: the persons of <c>listPerson</c> (name from <c>persName</c>, label forms from
/// <c>persName[@type='label']</c>, <c>@role</c>, <c>affiliation</c>), and anyone <c>u/@who</c> points to that no list
/// has, named from the id itself. Printed speaker labels (<c>note[@type='speaker']</c>) become aliases.</summary>
internal sealed class TeiParticipants
{
    private readonly List<Entry> entries = [];
    private readonly Dictionary<string, Entry> byXmlId = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedIds = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> diagnostics;

    /// <summary>How often each word occurs in the transcript's text, to tell which part of an id is the surname.</summary>
    private readonly Lazy<Dictionary<string, int>> wordCounts;

    public TeiParticipants(XElement root, List<Diagnostic> diagnostics)
    {
        this.diagnostics = diagnostics;
        wordCounts = new Lazy<Dictionary<string, int>>(() => CountWords(root));
        foreach (var header in root.DescendantsAndSelf().Where(e => e.Is("teiHeader")))
        {
            foreach (var person in header.Below("person"))
                AddListed(person);
        }
    }

    /// <summary>The model id of the speaker a <c>@who</c> names (its first pointer), adding a participant when needed.</summary>
    public string Resolve(string who, XElement utterance)
    {
        var pointer = who.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? who;
        var xmlId = pointer.TrimStart('#');
        if (byXmlId.TryGetValue(xmlId, out var known))
            return known.Id;
        var name = PersonNameFromId(xmlId);
        var entry = Add(xmlId, name, null, null);
        if (name != xmlId)
            entry.Aliases.Add(xmlId);
        diagnostics.Add(Diagnostic.Info(DiagnosticCode.SpeakerNotListed, $"speaker '{xmlId}' is not in a listPerson; named '{name}' from the id", TeiText.Line(utterance)).With("speaker", xmlId).With("name", name));
        return entry.Id;
    }

    /// <summary>The one participant every utterance marked <c>@ana='#chair'</c> without a <c>@who</c> belongs to (ParlaMint
    /// leaves the presiding officer's utterances unattributed).</summary>
    public string Chair(XElement utterance)
    {
        const string Key = "ana:chair"; // not an NCName, so no xml:id can take it
        if (byXmlId.TryGetValue(Key, out var chair))
            return chair.Id;
        diagnostics.Add(Diagnostic.Info(DiagnosticCode.ChairParticipant, "utterances marked #chair without @who: read as one chair participant", TeiText.Line(utterance)));
        return Add(Key, "Chair", "chair", null).Id;
    }

    /// <summary>The model id of the speaker a printed label names when the utterance has no <c>@who</c>.</summary>
    public string FromLabel(string label, XElement utterance)
    {
        var existing = entries.FirstOrDefault(e => e.Aliases.Contains(label) || e.DisplayName == label);
        if (existing is not null)
            return existing.Id;
        diagnostics.Add(Diagnostic.Info(DiagnosticCode.SpeakerFromLabel, $"utterance without @who: speaker named by its label '{label}'", TeiText.Line(utterance)).With("label", label));
        return Add("label:" + label, label, null, null).Id;
    }

    /// <summary>Adds a printed label (<c>note[@type='speaker']</c>) as an alias of the speaker.</summary>
    public void AddLabel(string participantId, string label)
    {
        var entry = entries.First(e => e.Id == participantId);
        if (label.Length > 0 && !entry.Aliases.Contains(label))
            entry.Aliases.Add(label);
    }

    public ImmutableArray<Participant> Build() =>
        [.. entries.Select(e => new Participant(e.Id, e.DisplayName, e.Role, e.Organisation, [.. e.Aliases]))];

    private void AddListed(XElement person)
    {
        var xmlId = TeiText.XmlId(person);
        if (xmlId is null || byXmlId.ContainsKey(xmlId))
            return; // without an id no turn can point to the person
        var names = person.Children("persName").ToList();
        var main = names.FirstOrDefault(n => n.Attr("type") != "label");
        var displayName = main is null ? "" : TeiText.Plain(main);
        if (displayName.Length == 0)
            displayName = NameFromId(xmlId);
        var affiliation = person.Child("affiliation");
        var organisation = affiliation is null ? null : TeiText.Plain(affiliation.Child("orgName") ?? affiliation);
        var role = person.Attr("role")?.Trim();
        var entry = Add(xmlId, displayName, string.IsNullOrEmpty(role) ? null : role, string.IsNullOrEmpty(organisation) ? null : organisation);
        foreach (var label in names.Where(n => n.Attr("type") == "label").Select(TeiText.Plain))
        {
            if (label.Length > 0 && !entry.Aliases.Contains(label))
                entry.Aliases.Add(label);
        }
    }

    private Entry Add(string xmlId, string displayName, string? role, string? organisation)
    {
        // Our own ids are ASCII NCNames and stay as they are; others become the normaliser's kind of id.
        var wanted = TeiIds.IsSafeNcName(xmlId) ? xmlId : ReaderConventions.ParticipantId(displayName);
        var id = wanted;
        for (var n = 2; !usedIds.Add(id); n++)
            id = wanted + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entry = new Entry(id, displayName, role, organisation);
        entries.Add(entry);
        byXmlId[xmlId] = entry;
        return entry;
    }

    /// <summary>A person's name from an id such as ParlaMint's: the parts of <see cref="NameFromId"/> without a trailing
    /// number (<c>IvanGašparovič.1941</c> → <c>Ivan Gašparovič</c>). Ids are written surname first in some corpora and
    /// given name first in others, so the transcript decides: when the first part is named on its own in the text more
    /// often than the last (people are addressed by surname), the id is surname first and its last part, the given
    /// name, goes first (<c>BarkosUxue</c> → <c>Uxue Barkos</c>, <c>DeJòdarJulià</c> → <c>Julià De Jòdar</c>).</summary>
    private string PersonNameFromId(string id)
    {
        var parts = NameFromId(id).Split(' ').ToList();
        while (parts.Count > 1 && parts[^1].All(char.IsAsciiDigit))
            parts.RemoveAt(parts.Count - 1);
        if (parts.Count >= 2 && Mentions(parts[0]) > Mentions(parts[^1]))
            parts = [parts[^1], .. parts.Take(parts.Count - 1)];
        return string.Join(" ", parts);
    }

    private int Mentions(string word) => wordCounts.Value.GetValueOrDefault(word);

    /// <summary>Word counts over the text of the transcript's utterances and notes (not its header), case kept.</summary>
    private static Dictionary<string, int> CountWords(XElement root)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in root.DescendantNodes().OfType<XText>())
        {
            if (text.Ancestors().Any(a => a.Is("teiHeader")))
                continue;
            var value = text.Value;
            var start = -1;
            for (var i = 0; i <= value.Length; i++)
            {
                var letter = i < value.Length && char.IsLetter(value[i]);
                if (letter && start < 0)
                    start = i;
                if (letter || start < 0)
                    continue;
                var word = value[start..i];
                counts[word] = counts.GetValueOrDefault(word) + 1;
                start = -1;
            }
        }

        return counts;
    }

    /// <summary>A readable name from an id: <c>DeJòdarJulià</c> → <c>De Jòdar Julià</c>, <c>jane_smith</c> → <c>Jane Smith</c>.</summary>
    internal static string NameFromId(string id)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (c is '-' or '_' or '.' or ':')
            {
                builder.Append(' ');
                continue;
            }

            if (i > 0 && char.IsUpper(c) && char.IsLower(id[i - 1]))
                builder.Append(' ');
            builder.Append(c);
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" ", words.Select(w => char.IsLower(w[0]) ? char.ToUpperInvariant(w[0]) + w[1..] : w));
    }

    private sealed class Entry(string id, string displayName, string? role, string? organisation)
    {
        public string Id { get; } = id;
        public string DisplayName { get; } = displayName;
        public string? Role { get; } = role;
        public string? Organisation { get; } = organisation;
        public List<string> Aliases { get; } = [];
    }
}
