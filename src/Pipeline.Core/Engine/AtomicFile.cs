namespace Pipeline.Core.Engine;

/// <summary>Writes a file so that it is either absent, its old self, or complete: the bytes go to a hidden
/// temporary file in the same folder, are flushed to disk, then renamed over the final name.</summary>
public static class AtomicFile
{
    /// <summary>The prefix of temporary files; leftovers from a killed run are removed by <see cref="RemoveLeftovers"/>.</summary>
    public const string TemporaryPrefix = ".pipeline-tmp-";

    public static void Write(string path, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $"{TemporaryPrefix}{Guid.NewGuid():N}-{Path.GetFileName(path)}");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Removes temporary files a killed run left under <paramref name="folder"/>.</summary>
    public static int RemoveLeftovers(string folder)
    {
        if (!Directory.Exists(folder))
            return 0;
        var removed = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(folder, TemporaryPrefix + "*", options))
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
