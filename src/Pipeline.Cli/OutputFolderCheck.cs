namespace Pipeline.Cli;

/// <summary>Checks, before any document is read, that the output folder is a folder that exists (or can be created)
/// and can be written: one usage error naming the folder, instead of one I/O error per document.</summary>
internal static class OutputFolderCheck
{
    /// <exception cref="UsageException">The folder is a file, cannot be created, or cannot be written.</exception>
    public static void Check(string folder, string shown)
    {
        var full = Path.GetFullPath(folder);
        if (File.Exists(full))
            throw new UsageException($"output folder {shown} is a file, not a folder: choose another --out, or remove the file");
        for (var above = Path.GetDirectoryName(full); above is not null; above = Path.GetDirectoryName(above))
        {
            if (Directory.Exists(above))
                break;
            if (File.Exists(above))
                throw new UsageException($"output folder {shown} cannot be created: {above} is a file, not a folder");
        }

        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"output folder {shown} cannot be created: {Reason(ex)}");
        }

        var probe = Path.Combine(full, AtomicFile.TemporaryName("probe"));
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var container = string.Equals(Environment.GetEnvironmentVariable("DOTNET_RUNNING_IN_CONTAINER"), "true", StringComparison.OrdinalIgnoreCase)
                ? "; in a container, run it as the folder's owner: docker run --user \"$(id -u):$(id -g)\" …"
                : "";
            throw new UsageException($"output folder {shown} is not writable: {Reason(ex)}{container}");
        }
    }

    private static string Reason(Exception ex) => ex is UnauthorizedAccessException ? "permission denied" : ex.Message;
}
