using System.IO.Compression;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Rewrites an OPC package so the same parts always give the same bytes: fixed entry order and times.</summary>
internal static class DeterministicZip
{
    /// <summary>The time stamped on every entry: the earliest a zip (DOS) time can say.</summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string ContentTypes = "[Content_Types].xml";
    private const string PackageRelationships = "_rels/.rels";

    /// <summary>Copies every entry of <paramref name="package"/> to <paramref name="output"/>: <c>[Content_Types].xml</c> first,
    /// then <c>_rels/.rels</c>, then the rest in ordinal name order, all with <see cref="EntryTime"/>.</summary>
    public static void Rewrite(Stream package, Stream output)
    {
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var entries = source.Entries
            .OrderBy(e => Rank(e.FullName))
            .ThenBy(e => e.FullName, StringComparer.Ordinal)
            .ToList();
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = EntryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    private static int Rank(string name) => name switch
    {
        ContentTypes => 0,
        PackageRelationships => 1,
        _ => 2,
    };
}
