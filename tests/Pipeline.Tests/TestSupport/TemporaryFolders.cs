using Pipeline.Tests.TestSupport;

[assembly: AssemblyFixture(typeof(TemporaryFolders))]

namespace Pipeline.Tests.TestSupport;

/// <summary>The test run's temporary folders: all under one folder of this run
/// (<c>TMP/pipeline-tests/run-PID-GUID</c>), deleted when the run ends, so a run leaves nothing behind. Runs that
/// were killed leave theirs; those older than a day are deleted when the next run starts (never a younger one: another
/// run may be using it at the same time).</summary>
public sealed class TemporaryFolders : IDisposable
{
    private static readonly string Parent = Path.Combine(Path.GetTempPath(), "pipeline-tests");
    private static readonly Lazy<string> RunFolder = new(() =>
        Directory.CreateDirectory(Path.Combine(Parent, $"run-{Environment.ProcessId}-{Guid.NewGuid():N}")).FullName);

    public TemporaryFolders() => DeleteAbandoned(TimeSpan.FromDays(1));

    /// <summary>A fresh empty folder inside this run's folder.</summary>
    public static string New() => Directory.CreateDirectory(Path.Combine(RunFolder.Value, Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        if (RunFolder.IsValueCreated)
            TryDelete(RunFolder.Value);
    }

    private static void DeleteAbandoned(TimeSpan age)
    {
        if (!Directory.Exists(Parent))
            return;
        foreach (var folder in Directory.EnumerateDirectories(Parent))
        {
            if (DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder) > age)
                TryDelete(folder);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            MakeWritable(folder);
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // .NET cannot name a file whose name is not valid UTF-8 (a test writes one); rm takes the bytes as they are.
            // What even rm leaves is for the next run's sweep, never a failed run.
            if (!OperatingSystem.IsWindows() && ExternalTool.Find("rm") is { } rm)
                ExternalTool.Run(rm, ["-rf", "--", folder], timeoutSeconds: 60);
        }
    }

    /// <summary>Tests make folders read-only to prove the CLI reports them; give the owner write access back first.</summary>
    private static void MakeWritable(string folder)
    {
        if (OperatingSystem.IsWindows())
            return;
        foreach (var directory in Directory.EnumerateDirectories(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint }).Prepend(folder))
        {
            try
            {
                File.SetUnixFileMode(directory, File.GetUnixFileMode(directory) | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
