namespace Pipeline.Core.Plugins;

/// <summary>The known readers and writers. Built once, in one place (<c>BuiltInFormats</c>).</summary>
public sealed class FormatRegistry
{
    private readonly List<IReader> readers = [];
    private readonly List<IWriter> writers = [];

    public IReadOnlyList<IReader> Readers => readers;

    public IReadOnlyList<IWriter> Writers => writers;

    public FormatRegistry Add(IReader reader)
    {
        if (readers.Any(r => r.Name == reader.Name))
            throw new InvalidOperationException($"A reader named '{reader.Name}' is already registered.");
        readers.Add(reader);
        return this;
    }

    public FormatRegistry Add(IWriter writer)
    {
        if (writers.Any(w => w.Name == writer.Name))
            throw new InvalidOperationException($"A writer named '{writer.Name}' is already registered.");
        writers.Add(writer);
        return this;
    }

    /// <summary>The writer called <paramref name="name"/>, or an error that lists the known ones.</summary>
    public IWriter GetWriter(string name) =>
        writers.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new UnknownFormatException($"unknown output format '{name}'; known: {string.Join(", ", writers.Select(w => w.Name))}");

    /// <summary>The reader called <paramref name="name"/>, or an error that lists the known ones.</summary>
    public IReader GetReader(string name) =>
        readers.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new UnknownFormatException($"unknown input format '{name}'; known: {string.Join(", ", readers.Select(r => r.Name))}");

    /// <summary>The file's name without the ending of its format: the longest ending a reader declares
    /// (<c>talk.tei.xml</c> → <c>talk</c>), else the last extension (<c>talk.log</c> → <c>talk</c>). Outputs and the
    /// sidecar are named from it, so a format with a compound ending needs nothing outside its reader.</summary>
    public string StemOf(string path)
    {
        var name = Path.GetFileName(path);
        var ending = readers.SelectMany(r => r.Extensions)
            .Where(e => e.Length < name.Length && name.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            .MaxBy(e => e.Length);
        return ending is null ? Path.GetFileNameWithoutExtension(name) : name[..^ending.Length];
    }

    /// <summary>The reader for a file: by its ending (longest match first), else by sniffing its first bytes. When several
    /// readers take the ending (<c>.xml</c>), the first that sniffs the content wins, else the first that does not refuse
    /// it; when the ending's readers all refuse the content, a reader that sniffs it wins (a <c>.xml</c> that is Transcriber),
    /// else the ending's last reader: readers of one ending are registered most specific first, so the last, most general
    /// one's refusal says best what the file is ("not a transcript: a sitemap").</summary>
    public IReader? FindReader(string path, ReadOnlySpan<byte> head)
    {
        var fileName = Path.GetFileName(path).ToLowerInvariant();
        var candidates = new List<IReader>();
        var bestLength = 0;
        foreach (var reader in readers)
        {
            foreach (var extension in reader.Extensions)
            {
                if (extension.Length < bestLength || !fileName.EndsWith(extension, StringComparison.Ordinal))
                    continue;
                if (extension.Length > bestLength)
                    candidates.Clear();
                bestLength = extension.Length;
                if (!candidates.Contains(reader))
                    candidates.Add(reader);
            }
        }

        if (candidates.Count > 0)
            return head.IsEmpty ? candidates[0] : ByContent(candidates, head);
        foreach (var reader in readers)
        {
            if (reader.CanSniff(head))
                return reader;
        }

        return null;
    }

    private IReader ByContent(List<IReader> candidates, ReadOnlySpan<byte> head)
    {
        if (candidates.Count > 1)
        {
            foreach (var reader in candidates)
            {
                if (reader.CanSniff(head))
                    return reader;
            }
        }

        foreach (var reader in candidates)
        {
            if (reader.UnsupportedReason(head) is null)
                return reader;
        }

        foreach (var reader in readers)
        {
            if (!candidates.Contains(reader) && reader.CanSniff(head))
                return reader;
        }

        return candidates[^1];
    }
}

/// <summary>A format name that no reader or writer has.</summary>
public sealed class UnknownFormatException(string message) : Exception(message);
