using System.IO.Compression;

namespace Pipeline.Formats.Readers.Docx;

/// <summary>Checks a .docx zip before any part is parsed, so a zip bomb fails with a clear error instead of filling
/// memory: the number of entries, their declared uncompressed size, and how far each one expands.</summary>
internal static class DocxPackageLimits
{
    /// <summary>Far above any real document (a long transcript has a few dozen parts).</summary>
    public const int MaxEntries = 2000;

    /// <summary>The declared uncompressed size of all entries together.</summary>
    public const long MaxTotalBytes = 256L * 1024 * 1024;

    /// <summary>XML deflates about 10:1; a bomb by thousands to one.</summary>
    public const long MaxRatio = 200;

    /// <summary>The most characters one XML part may hold when it is parsed (enforced by the Open XML SDK as it reads).</summary>
    public const long MaxCharactersInPart = 64L * 1024 * 1024;

    private const long RatioFloorBytes = 1024 * 1024;

    public static void Check(string path, ReadOnlyMemory<byte> content)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            throw new TranscriptException(path, "not a Word document: a binary file but not a zip archive (" + ex.Message + ")", null, ex);
        }

        try
        {
            CheckEntries(path, zip);
        }
        catch (InvalidDataException ex)
        {
            throw new TranscriptException(path, "not a Word document: a damaged zip archive (" + ex.Message + ")", null, ex);
        }
        finally
        {
            zip.Dispose();
        }
    }

    private static void CheckEntries(string path, ZipArchive zip)
    {
        {
            if (zip.Entries.Count > MaxEntries)
                throw new TranscriptException(path, $"refused: the zip holds {zip.Entries.Count} entries, more than the {MaxEntries} a Word document may have");
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxTotalBytes)
                    throw new TranscriptException(path, $"refused: the zip expands to more than {MaxTotalBytes / (1024 * 1024)} MB (zip bomb?)");
                if (entry.Length > RatioFloorBytes && entry.Length > entry.CompressedLength * MaxRatio)
                    throw new TranscriptException(path, $"refused: zip entry '{entry.FullName}' expands {entry.Length / Math.Max(1, entry.CompressedLength)} times (zip bomb?)");
            }

            if (zip.GetEntry("word/document.xml") is null && !zip.Entries.Any(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && e.FullName.Contains("document", StringComparison.OrdinalIgnoreCase)))
                throw new TranscriptException(path, "not a Word document: the zip has no main document part");
        }
    }
}
