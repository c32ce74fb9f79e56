using System.IO.Enumeration;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Engine;

/// <summary>One input file and where its outputs go, relative to the output folder.</summary>
/// <param name="FullPath">Absolute path of the input.</param>
/// <param name="DisplayPath">The path as shown in messages (relative to the current folder where possible).</param>
/// <param name="RelativePath">The path relative to the folder it was found in (its file name when given directly).</param>
public sealed record InputFile(string FullPath, string DisplayPath, string RelativePath);

/// <summary>Expands the command line's inputs (files, folders searched recursively, globs) into files.</summary>
/// <remarks>Inside a folder, a symbolic link to a file is an input like any file — so a broken or looping link named
/// like a transcript fails with an error naming it, instead of vanishing — but a link to a folder is never entered,
/// so a link loop cannot make the search endless.</remarks>
public static class InputDiscovery
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        ReturnSpecialDirectories = false,
    };

    /// <summary>The files named by <paramref name="inputs"/>; <paramref name="isReadable"/> filters files found inside folders
    /// (a file named directly is always returned, so an unreadable one gets an error of its own).</summary>
    /// <exception cref="FileNotFoundException">An input matches nothing.</exception>
    public static IReadOnlyList<InputFile> Expand(IEnumerable<string> inputs, Func<string, bool> isReadable)
    {
        var files = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var before = files.Count;
            if (File.Exists(input))
            {
                Add(Path.GetFullPath(input), Path.GetFileName(input));
            }
            else if (Directory.Exists(input))
            {
                var root = Path.GetFullPath(input);
                foreach (var file in FilesUnder(root))
                {
                    if (IsSidecar(file) || !isReadable(file))
                        continue;
                    Add(file, Path.GetRelativePath(root, file));
                }
            }
            else if (input.IndexOfAny(['*', '?']) >= 0)
            {
                foreach (var (file, relative) in Glob(input))
                    Add(file, relative);
            }

            if (files.Count == before && !File.Exists(input) && !Directory.Exists(input))
                throw new FileNotFoundException($"input not found: {input}", input);
        }

        return files;

        void Add(string fullPath, string relative)
        {
            if (seen.Add(fullPath))
                files.Add(new InputFile(fullPath, Display(fullPath), ToForwardSlashes(relative)));
        }
    }

    /// <summary>Files under <paramref name="root"/> (links to files included), sorted; linked folders are not entered.</summary>
    private static IEnumerable<string> FilesUnder(string root)
    {
        var files = new FileSystemEnumerable<string>(root, (ref FileSystemEntry entry) => entry.ToFullPath(), Recursive)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
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
    private static IEnumerable<(string File, string Relative)> Glob(string pattern)
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
        foreach (var file in FilesUnder(root))
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
