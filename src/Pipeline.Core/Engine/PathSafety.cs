namespace Pipeline.Core.Engine;

/// <summary>The one rule that keeps a run from destroying what it reads, checked before any byte is written: no
/// output may equal or lie inside an input the run reads, no input may be read from inside the output folder, and the
/// report may not be an input (nor lie where a later run would read it, nor in the manifest's folder).</summary>
/// <remarks>An output folder inside an input folder is allowed: discovery does not enter it
/// (<see cref="ExcludedFolders"/>), so a later run never reads its own outputs.</remarks>
public static class PathSafety
{
    /// <summary>The folders discovery must not enter: the output folder, when it lies inside a folder or glob base that is read.</summary>
    public static IReadOnlyList<string> ExcludedFolders(IEnumerable<string> inputs, string outputFolder)
    {
        var output = Full(outputFolder);
        return Roots(inputs).Any(root => root.IsFolder && IsInside(output, root.Path)) ? [output] : [];
    }

    /// <summary>Checks the command line's inputs against the output folder and report before anything is discovered.</summary>
    /// <exception cref="UnsafePathsException">The rule is broken; the message names both paths.</exception>
    public static void CheckArguments(IEnumerable<string> inputs, string outputFolder, string? report)
    {
        var output = Full(outputFolder);
        var reportPath = report is null ? null : Full(report);
        if (reportPath is not null && (reportPath == output || IsInside(output, reportPath)))
            throw new UnsafePathsException($"the report {report} would replace the output folder {outputFolder}");
        if (reportPath is not null && IsInside(reportPath, Path.Combine(output, BuildManifest.FolderName)))
            throw new UnsafePathsException($"the report {report} lies in {Path.Combine(outputFolder, BuildManifest.FolderName)}, where the manifest is kept");
        foreach (var (input, root, isFolder) in Roots(inputs))
        {
            if (root == output || IsInside(root, output))
                throw new UnsafePathsException($"the input {input} lies inside the output folder {outputFolder} (or is it): outputs would overwrite what is read; choose an output folder outside the inputs");
            if (reportPath is null)
                continue;
            if (reportPath == root)
                throw new UnsafePathsException($"the report {report} is the input {input}: it would be overwritten");
            if (isFolder && Directory.Exists(input) && IsInside(reportPath, root) && !IsInside(reportPath, output))
                throw new UnsafePathsException($"the report {report} lies inside the input folder {input}, so a later run would read it; write it to the output folder or elsewhere");
        }
    }

    /// <summary>Checks the discovered inputs: none inside the output folder, none the report, no planned output equal to one.</summary>
    /// <exception cref="UnsafePathsException">The rule is broken; the message names both paths.</exception>
    public static void CheckInputs(IReadOnlyList<InputFile> inputs, string outputFolder, string? report)
    {
        var output = Full(outputFolder);
        var reportPath = report is null ? null : Full(report);
        foreach (var input in inputs)
        {
            var path = Full(input.FullPath);
            if (IsInside(path, output))
                throw new UnsafePathsException($"the input {input.DisplayPath} lies inside the output folder {outputFolder}: outputs would overwrite what is read");
            if (path == reportPath)
                throw new UnsafePathsException($"the report {report} is the input {input.DisplayPath}: it would be overwritten");
        }
    }

    /// <summary>Whether <paramref name="path"/> lies strictly inside <paramref name="folder"/> (both full paths).</summary>
    public static bool IsInside(string path, string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        return path.StartsWith(root, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>The full path with a link at its end followed (an output folder linked to an input folder is that folder).</summary>
    private static string Full(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        try
        {
            FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                return Path.TrimEndingDirectorySeparator(target.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        return full;
    }

    /// <summary>What each argument reads: a file, a folder, or a glob's base folder.</summary>
    private static IEnumerable<(string Input, string Path, bool IsFolder)> Roots(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input.Length == 0)
                continue;
            if (File.Exists(input))
            {
                yield return (input, Full(input), false);
            }
            else if (Directory.Exists(input))
            {
                yield return (input, Full(input), true);
            }
            else if (input.IndexOfAny(['*', '?']) >= 0)
            {
                var normalized = input.Replace('\\', '/');
                var slash = normalized.LastIndexOf('/', normalized.IndexOfAny(['*', '?']));
                var baseDir = slash < 0 ? "." : slash == 0 ? "/" : normalized[..slash];
                yield return (input, Full(baseDir), true);
            }
        }
    }
}

/// <summary>Paths that would make a run overwrite or read back what it writes: a usage error.</summary>
public sealed class UnsafePathsException(string message) : Exception(message);
