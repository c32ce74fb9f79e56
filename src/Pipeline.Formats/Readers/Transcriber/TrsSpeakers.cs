using Pipeline.Formats.Readers.Xml;

namespace Pipeline.Formats.Readers.Transcriber;

/// <summary>The <c>Speakers</c> table: Transcriber ids (<c>spk1</c>) to names and their attributes (type, dialect,
/// accent), and any id a turn names that the table lacks.</summary>
internal sealed class TrsSpeakers
{
    private readonly Dictionary<string, Entry> byTrsId = new(StringComparer.Ordinal);
    private readonly List<Entry> entries = [];
    private readonly HashSet<string> usedIds = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> diagnostics;

    public TrsSpeakers(XElement root, List<Diagnostic> diagnostics)
    {
        this.diagnostics = diagnostics;
        foreach (var speaker in root.Elements().Where(e => e.Name.LocalName == "Speakers").Elements().Where(e => e.Name.LocalName == "Speaker"))
        {
            var trsId = speaker.Attr("id")?.Trim();
            if (string.IsNullOrEmpty(trsId) || byTrsId.ContainsKey(trsId))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCode.SpeakerIgnored, $"speaker without an id or with a repeated id '{trsId}' ignored", XmlSource.Line(speaker)).With("speaker", trsId));
                continue;
            }

            var name = XmlSource.Collapse(speaker.Attr("name") ?? "").Trim();
            if (name.Length == 0)
                name = trsId;
            Add(trsId, name);
            var facts = new[] { "type", "dialect", "accent", "scope" }
                .Select(a => (a, v: speaker.Attr(a)?.Trim()))
                .Where(x => !string.IsNullOrEmpty(x.v))
                .Select(x => $"{x.a}={x.v}");
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.SpeakerDescribed, $"speaker {trsId} is '{name}' ({string.Join(", ", facts)})", XmlSource.Line(speaker)).With("speaker", trsId).With("name", name));
        }
    }

    /// <summary>The model ids of the speakers a turn's <c>speaker</c> attribute names (space-separated Transcriber ids).</summary>
    public IReadOnlyList<string> Resolve(string? speakerAttribute, XElement turn)
    {
        var ids = new List<string>();
        foreach (var trsId in (speakerAttribute ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!byTrsId.TryGetValue(trsId, out var entry))
            {
                entry = Add(trsId, trsId);
                diagnostics.Add(Diagnostic.Warning(DiagnosticCode.SpeakerNotInTable, $"speaker '{trsId}' is not in the Speakers table; named by its id", XmlSource.Line(turn)).With("speaker", trsId));
            }

            ids.Add(entry.Id);
        }

        return ids;
    }

    /// <summary>The participants who speak in <paramref name="blocks"/>, in the table's order.</summary>
    public ImmutableArray<Participant> Build(ImmutableArray<Block> blocks)
    {
        var spoken = blocks.OfType<Turn>().Select(t => t.SpeakerId).ToHashSet(StringComparer.Ordinal);
        return [.. entries.Where(e => spoken.Contains(e.Id)).Select(e => new Participant(e.Id, e.Name, null, null, [e.Name]))];
    }

    private Entry Add(string trsId, string name)
    {
        var wanted = ReaderConventions.ParticipantId(name);
        var id = wanted;
        for (var n = 2; !usedIds.Add(id); n++)
            id = wanted + "-" + n.ToString(CultureInfo.InvariantCulture);
        var entry = new Entry(id, name);
        entries.Add(entry);
        byTrsId[trsId] = entry;
        return entry;
    }

    private sealed record Entry(string Id, string Name);
}
