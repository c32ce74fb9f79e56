using System.Text.Json;
using Microsoft.Win32.SafeHandles;

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

    private readonly Dictionary<string, ManifestEntry> entries;
    private readonly string manifestPath;
    private readonly string journalPath;
    private readonly Lock gate = new();
    private readonly Lock flushGate = new(); // taken before gate, never inside it
    private SafeFileHandle? journal;
    private long journalEnd;
    private long linesWritten;
    private long linesFlushed;
    private bool changed;

    private readonly string owner;

    private BuildManifest(string manifestPath, string journalPath, Dictionary<string, ManifestEntry> entries, string owner)
    {
        this.owner = owner;
        this.manifestPath = manifestPath;
        this.journalPath = journalPath;
        this.entries = entries;
    }

    /// <summary>The manifest of <paramref name="outputFolder"/> (for <paramref name="shard"/>), with the journal of an
    /// interrupted run replayed over it.</summary>
    /// <remarks>What was written by hand or by another tool is checked entry by entry: an entry with a null, a wrong
    /// type or an output path outside the output folder is dropped (its input is simply converted again), and a
    /// manifest or journal that cannot be read at all costs a full rebuild, never a crash.</remarks>
    /// <param name="owner">The run that owns the manifest's temporary file (<see cref="RunRegistry.RunId"/>).</param>
    public static BuildManifest Open(string outputFolder, Shard? shard, string owner = "")
    {
        var folder = Path.Combine(outputFolder, FolderName);
        var suffix = shard is null ? "" : "." + shard.Tag;
        var manifestPath = Path.Combine(folder, $"manifest{suffix}.json");
        var journalPath = Path.Combine(folder, $"journal{suffix}.jsonl");
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        foreach (var entry in ReadManifest(manifestPath))
        {
            if (entry is not null && IsValid(entry, outputFolder))
                entries[entry.Input] = entry;
        }

        var replayed = File.Exists(journalPath) && Replay(journalPath, entries, outputFolder);
        return new BuildManifest(manifestPath, journalPath, entries, owner) { changed = replayed };
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
        lock (flushGate)
        lock (gate)
        {
            if (!changed)
                return;
            var file = new ManifestFile(FormatVersion, OptionsFingerprint.ToolVersion, [.. entries.Values.OrderBy(e => e.Input, StringComparer.Ordinal)]);
            AtomicFile.Write(manifestPath, stream => JsonSerializer.Serialize(stream, file, ManifestJsonContext.Default.ManifestFile), owner);
            journal?.Dispose();
            journal = null;
            File.Delete(journalPath);
        }
    }

    public void Dispose()
    {
        lock (flushGate)
        lock (gate)
            journal?.Dispose();
    }

    /// <remarks>The line is written under the manifest's lock but flushed to disk outside it, as a group: a worker
    /// that finds its line already covered by another worker's flush (started after the line was written) does not
    /// flush again, and <see cref="Find"/> never waits for the disk.</remarks>
    private void Append(JournalLine line, Action apply)
    {
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(line, ManifestJsonContext.Default.JournalLine) + "\n");
        long mine;
        lock (gate)
        {
            if (journal is null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(journalPath)!);
                journal = File.OpenHandle(journalPath, FileMode.Append, FileAccess.Write, FileShare.Read);
                journalEnd = RandomAccess.GetLength(journal);
            }

            RandomAccess.Write(journal, bytes, journalEnd);
            journalEnd += bytes.Length;
            mine = ++linesWritten;
            apply();
            changed = true;
        }

        lock (flushGate)
        {
            if (linesFlushed >= mine)
                return;
            SafeFileHandle? file;
            long upTo;
            lock (gate)
            {
                file = journal; // null when Compact has already written the line into manifest.json
                upTo = linesWritten;
            }

            if (file is not null)
                RandomAccess.FlushToDisk(file);
            linesFlushed = upTo;
        }
    }

    /// <summary>The entries of <paramref name="path"/>; none when it is missing or unreadable, which only costs a full rebuild.</summary>
    private static IReadOnlyList<ManifestEntry?> ReadManifest(string path)
    {
        if (!File.Exists(path))
            return [];
        try
        {
            var file = JsonSerializer.Deserialize(File.ReadAllBytes(path), ManifestJsonContext.Default.ManifestFile);
            return file?.Version == FormatVersion ? file.Entries ?? [] : [];
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            return [];
        }
    }

    private static bool Replay(string journalPath, Dictionary<string, ManifestEntry> entries, string outputFolder)
    {
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadAllLines(journalPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        foreach (var text in lines)
        {
            JournalLine? line;
            try
            {
                line = JsonSerializer.Deserialize(text, ManifestJsonContext.Default.JournalLine);
            }
            catch (Exception ex) when (IsUnreadable(ex))
            {
                continue; // the last line of a killed run can be cut short; what it recorded is simply redone
            }

            if (line?.Entry is { } entry && IsValid(entry, outputFolder))
                entries[entry.Input] = entry;
            else if (line?.Removed is { Length: > 0 } removed)
                entries.Remove(removed);
        }

        return true;
    }

    /// <summary>An entry whose every field has its type and whose outputs lie inside the output folder. Records are
    /// filled by the deserializer without checking nullability, so a hand-edited <c>null</c> arrives here.</summary>
    private static bool IsValid(ManifestEntry? entry, string outputFolder) =>
        entry is { Input: { Length: > 0 }, Reader: not null, InputHash: not null, Options: not null, Outputs: not null }
        && entry.Outputs.All(o => o is { Path: not null, Hash: not null, Length: >= 0 } && OrphanCleanup.InsideOutput(outputFolder, o.Path) is not null);

    private static bool IsUnreadable(Exception ex) =>
        ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or IOException or UnauthorizedAccessException;
}
