namespace Pipeline.Tests.TestSupport;

/// <summary>Where the repository, its samples and the read-only <c>../shared/</c> folder are.</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the folder that holds <c>Pipeline.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    /// <summary>The shared reference folder beside the repository (the seed, the corpora with their hand counts, the TEI
    /// schema); skips the test with the reason, or fails it when checks are required (<see cref="Checks"/>), when it is absent.</summary>
    public static string RequireShared(string relative = "")
    {
        var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
        var path = Path.Combine(shared, relative);
        if (Directory.Exists(path) || File.Exists(path))
            return path;
        var shown = relative.Length == 0 ? "../shared" : "../shared/" + relative.Replace('\\', '/');
        Checks.Missing($"{shown} is not present (the shared reference folder beside the repository: {shared})");
        return path;
    }

    /// <summary>The seed transcript (the reference input).</summary>
    public static string RequireSeed() => Directory.GetFiles(RequireShared("seed"), "*.txt").Single();

    /// <summary>The input/ samples the project ships.</summary>
    public static IEnumerable<string> InputSamples() =>
        Directory.EnumerateFiles(Input, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith(".meta.json", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>A fresh empty folder inside this test run's temporary folder, which is deleted when the run ends
    /// (<see cref="TemporaryFolders"/>).</summary>
    public static string NewTempFolder() => TemporaryFolders.New();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
