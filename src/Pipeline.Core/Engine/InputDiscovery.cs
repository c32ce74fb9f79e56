namespace Pipeline.Core.Engine;

/// <summary>One input file and where its outputs go, relative to the output folder.</summary>
/// <param name="FullPath">Absolute path of the input.</param>
/// <param name="DisplayPath">The path as shown in messages (relative to the current folder where possible).</param>
/// <param name="RelativePath">The path relative to the folder it was found in (its file name when given directly).</param>
public sealed record InputFile(string FullPath, string DisplayPath, string RelativePath);

/// <summary>The inputs found, and what could not be read while looking (each with the reason).</summary>
public sealed record DiscoveredInputs(IReadOnlyList<InputFile> Files, IReadOnlyList<SkippedInput> Skipped);

/// <summary>A file or folder found but not readable as an input: a folder that cannot be listed, a name that is not valid UTF-8.</summary>
public sealed record SkippedInput(InputFile Path, string Reason);

/// <summary>Expands the command line's inputs (files, folders searched recursively, globs) into files.</summary>
/// <remarks>Inside a folder, a symbolic link to a file is an input like any file — so a broken or looping link named
/// like a transcript fails with an error naming it, instead of vanishing — but a link to a folder is never entered,
/// so a link loop cannot make the search endless.</remarks>
public static class InputDiscovery
{
    private static readonly EnumerationOptions OneFolder = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        ReturnSpecialDirectories = false,
    };

    /// <summary>The files named by <paramref name="inputs"/>; <paramref name="isReadable"/> filters files found inside folders
    /// (a file named directly is always returned, so an unreadable one gets an error of its own).</summary>
    /// <exception cref="FileNotFoundException">An input matches nothing.</exception>
    public static IReadOnlyList<InputFile> Expand(IEnumerable<string> inputs, Func<string, bool> isReadable) =>
        Discover(inputs, isReadable, []).Files;

    /// <summary>As <see cref="Expand"/>, never entering <paramref name="excludedFolders"/> (full paths; the output
    /// folder when it lies inside an input folder), and reporting the folders and names it could not read instead of
    /// passing over them in silence.</summary>
    public static DiscoveredInputs Discover(IEnumerable<string> inputs, Func<string, bool> isReadable, IReadOnlyCollection<string> excludedFolders)
    {
        var files = new List<InputFile>();
        var skipped = new List<InputFile>();
        var reasons = new List<string>();
        var excluded = excludedFolders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var before = files.Count + skipped.Count;
            if (File.Exists(input))
            {
                Add(Path.GetFullPath(input), Path.GetFileName(input));
            }
            else if (Directory.Exists(input))
            {
                var root = Path.GetFullPath(input);
                foreach (var file in FilesUnder(root, excluded, Skip))
                {
                    if (IsSidecar(file) || !isReadable(file))
                        continue;
                    Add(file, Path.GetRelativePath(root, file));
                }
            }
            else if (input.IndexOfAny(['*', '?']) >= 0)
            {
                foreach (var (file, relative) in Glob(input, excluded, Skip))
                    Add(file, relative);
            }

            if (files.Count + skipped.Count == before && !File.Exists(input) && !Directory.Exists(input))
                throw new FileNotFoundException($"input not found: {input}", input);
        }

        return new DiscoveredInputs(files, [.. skipped.Zip(reasons, (file, reason) => new SkippedInput(file, reason))]);

        void Add(string fullPath, string relative)
        {
            if (!seen.Add(fullPath))
                return;
            var file = new InputFile(fullPath, Display(fullPath), ToForwardSlashes(relative));
            // On Unix a name that is not valid UTF-8 arrives with U+FFFD in place of its bad bytes, and that name opens nothing.
            if (fullPath.Contains('\uFFFD', StringComparison.Ordinal) && !File.Exists(fullPath))
                Skip(fullPath, "its name is not valid UTF-8, so it cannot be opened; rename it");
            else
                files.Add(file);
        }

        void Skip(string fullPath, string reason)
        {
            skipped.Add(new InputFile(fullPath, Display(fullPath), ToForwardSlashes(Path.GetFileName(fullPath))));
            reasons.Add(reason);
        }
    }

    /// <summary>Files under <paramref name="root"/> (links to files included), sorted; linked folders and
    /// <paramref name="excluded"/> folders are not entered. Walks with an explicit stack, so depth costs no stack.</summary>
    private static IEnumerable<string> FilesUnder(string root, IReadOnlySet<string> excluded, Action<string, string> skip)
    {
        var files = new List<string>();
        var folders = new Stack<string>();
        folders.Push(root);
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", OneFolder)];
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                skip(folder, Path.GetFileName(folder).Contains('\uFFFD', StringComparison.Ordinal)
                    ? "folder name is not valid UTF-8, so it cannot be opened; rename it"
                    : $"cannot read folder: {ex.Message}");
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo directory)
                {
                    // On Unix a name that is not valid UTF-8 arrives with U+FFFD in place of its bad bytes, and opens nothing.
                    if (directory.Name.Contains('\uFFFD', StringComparison.Ordinal) && !Directory.Exists(directory.FullName))
                        skip(directory.FullName, "folder name is not valid UTF-8, so it cannot be opened; rename it");
                    else if ((directory.Attributes & FileAttributes.ReparsePoint) == 0 && !excluded.Contains(directory.FullName))
                        folders.Push(directory.FullName);
                }
                else
                {
                    files.Add(entry.FullName);
                }
            }
        }

        return files.Order(StringComparer.Ordinal);
    }

    /// <summary>Only the platform's own separator is a separator: on Unix a backslash is an ordinary character of a
    /// file name, and treating it as a separator would let a name like <c>a\..\..\x.txt</c> write outside the output folder.</summary>
    private static string ToForwardSlashes(string relative) =>
        Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');

    private static bool IsSidecar(string file) =>
        file.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".meta.yaml", StringComparison.OrdinalIgnoreCase);

    private static string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
    }

    /// <summary>Files matching a pattern with <c>*</c>, <c>?</c> and <c>**</c>; paths are relative to the part before the first wildcard.</summary>
    private static IEnumerable<(string File, string Relative)> Glob(string pattern, IReadOnlySet<string> excluded, Action<string, string> skip)
    {
        var normalized = pattern.Replace('\\', '/');
        var firstWildcard = normalized.IndexOfAny(['*', '?']);
        var slash = normalized.LastIndexOf('/', firstWildcard);
        var baseDir = slash < 0 ? "." : normalized[..slash];
        if (baseDir.Length == 0)
            baseDir = "/";
        var rest = slash < 0 ? normalized : normalized[(slash + 1)..];
        if (!Directory.Exists(baseDir))
            yield break;
        var regex = new Regex("^" + ToRegex(rest) + "$", RegexOptions.CultureInvariant);
        var root = Path.GetFullPath(baseDir);
        foreach (var file in FilesUnder(root, excluded, skip))
        {
            var relative = ToForwardSlashes(Path.GetRelativePath(root, file));
            if (regex.IsMatch(relative) && !IsSidecar(file))
                yield return (file, rest.Contains('/', StringComparison.Ordinal) ? relative : Path.GetFileName(file));
        }
    }

    private static string ToRegex(string glob) =>
        Regex.Escape(glob)
            .Replace(@"\*\*/", "(?:.*/)?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal);
}
