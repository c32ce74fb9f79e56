namespace Pipeline.Core.Engine;

/// <summary>Writes a file so that it is either absent, its old self, or complete: the bytes go to a hidden
/// temporary file in the same folder, are flushed to disk, then renamed over the final name.</summary>
public static class AtomicFile
{
    /// <summary>The prefix of temporary files; leftovers from a killed run are removed by <see cref="RemoveLeftovers"/>.</summary>
    public const string TemporaryPrefix = ".pipeline-tmp-";

    /// <summary>Writes <paramref name="path"/> atomically.</summary>
    /// <param name="owner">Goes into the temporary file's name, so that concurrent runs (shards) sharing an output
    /// folder only ever clean up their own leftovers.</param>
    /// <param name="cancellation">Checked just before the rename: a cancelled (abandoned) write leaves nothing behind.</param>
    public static void Write(string path, Action<Stream> write, string owner = "", CancellationToken cancellation = default)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $"{TemporaryPrefix}{owner}{Guid.NewGuid():N}-{Path.GetFileName(path)}");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            cancellation.ThrowIfCancellationRequested();
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Removes temporary files a killed run left under <paramref name="folder"/>; with an
    /// <paramref name="owner"/>, only that owner's.</summary>
    public static int RemoveLeftovers(string folder, string owner = "")
    {
        if (!Directory.Exists(folder))
            return 0;
        var removed = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(folder, TemporaryPrefix + owner + "*", options))
        {
            if (TryDelete(file))
                removed++;
        }

        return removed;
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
