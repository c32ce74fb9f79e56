using System.Text;
using System.Text.Json;

namespace Pipeline.Core.Engine;

/// <summary>The record of what earlier runs converted, under <c>OUT/.pipeline/</c>. Each converted document is
/// appended to a journal as it finishes, so a killed run loses nothing it completed; at the end of a run the journal
/// is folded into <c>manifest.json</c>, written atomically.</summary>
/// <remarks>A run that converts one shard keeps its own pair of files, so shards sharing an output folder never
/// write the same file.</remarks>
public sealed class BuildManifest : IDisposable
{
    public const string FolderName = ".pipeline";
    private const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, ManifestEntry> entries;
    private readonly string manifestPath;
    private readonly string journalPath;
    private readonly Lock gate = new();
    private FileStream? journal;
    private bool changed;

    private BuildManifest(string manifestPath, string journalPath, Dictionary<string, ManifestEntry> entries)
    {
        this.manifestPath = manifestPath;
        this.journalPath = journalPath;
        this.entries = entries;
    }

    /// <summary>The manifest of <paramref name="outputFolder"/> (for <paramref name="shard"/>), with the journal of an
    /// interrupted run replayed over it.</summary>
    public static BuildManifest Open(string outputFolder, Shard? shard)
    {
        var folder = Path.Combine(outputFolder, FolderName);
        var suffix = shard is null ? "" : "." + shard.Tag;
        var manifestPath = Path.Combine(folder, $"manifest{suffix}.json");
        var journalPath = Path.Combine(folder, $"journal{suffix}.jsonl");
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        foreach (var entry in ReadManifest(manifestPath))
            entries[entry.Input] = entry;

        var replayed = File.Exists(journalPath) && Replay(journalPath, entries);
        return new BuildManifest(manifestPath, journalPath, entries) { changed = replayed };
    }

    /// <summary>The entry for an input, if an earlier run converted it.</summary>
    public ManifestEntry? Find(string input)
    {
        lock (gate)
            return entries.GetValueOrDefault(input);
    }

    /// <summary>Every input the manifest knows.</summary>
    public IReadOnlyList<ManifestEntry> Entries
    {
        get
        {
            lock (gate)
                return [.. entries.Values];
        }
    }

    /// <summary>Records a converted document, durably, before the call returns.</summary>
    public void Record(ManifestEntry entry) => Append(new JournalLine(entry, null), () => entries[entry.Input] = entry);

    /// <summary>Forgets an input (its outputs were pruned).</summary>
    public void Forget(string input) => Append(new JournalLine(null, input), () => entries.Remove(input));

    /// <summary>Writes <c>manifest.json</c> atomically and empties the journal; does nothing when nothing changed.</summary>
    public void Compact()
    {
        lock (gate)
        {
            if (!changed)
                return;
            var file = new ManifestFile(FormatVersion, OptionsFingerprint.ToolVersion, [.. entries.Values.OrderBy(e => e.Input, StringComparer.Ordinal)]);
            AtomicFile.Write(manifestPath, stream => JsonSerializer.Serialize(stream, file, Json));
            journal?.Dispose();
            journal = null;
            File.Delete(journalPath);
        }
    }

    public void Dispose()
    {
        lock (gate)
            journal?.Dispose();
    }

    private void Append(JournalLine line, Action apply)
    {
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(line, Json) + "\n");
        lock (gate)
        {
            if (journal is null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(journalPath)!);
                journal = new FileStream(journalPath, FileMode.Append, FileAccess.Write, FileShare.Read);
            }

            journal.Write(bytes);
            journal.Flush(flushToDisk: true);
            apply();
            changed = true;
        }
    }

    /// <summary>The entries of <paramref name="path"/>; none when it is missing or unreadable, which only costs a full rebuild.</summary>
    private static IReadOnlyList<ManifestEntry> ReadManifest(string path)
    {
        if (!File.Exists(path))
            return [];
        try
        {
            var file = JsonSerializer.Deserialize<ManifestFile>(File.ReadAllBytes(path), Json);
            return file?.Version == FormatVersion ? file.Entries ?? [] : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static bool Replay(string journalPath, Dictionary<string, ManifestEntry> entries)
    {
        foreach (var text in File.ReadLines(journalPath))
        {
            JournalLine? line;
            try
            {
                line = JsonSerializer.Deserialize<JournalLine>(text, Json);
            }
            catch (JsonException)
            {
                continue; // the last line of a killed run can be cut short; what it recorded is simply redone
            }

            if (line?.Entry is { } entry)
                entries[entry.Input] = entry;
            else if (line?.Removed is { } removed)
                entries.Remove(removed);
        }

        return true;
    }
}
