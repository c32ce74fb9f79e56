namespace Pipeline.Core.Engine;

/// <summary>Where each input's outputs go, decided for the whole batch before it starts.</summary>
public static class OutputPlan
{
    /// <summary>The output path of each input per writer, or the reason it cannot have one (two inputs that would write the same file).</summary>
    /// <param name="stemOf">The name an input's outputs take (<see cref="FormatRegistry.StemOf"/>).</param>
    public static IReadOnlyList<(IReadOnlyList<string> Paths, string? Conflict)> For(IReadOnlyList<InputFile> inputs, BatchOptions options, Func<string, string> stemOf)
    {
        var plans = inputs.Select(input => (IReadOnlyList<string>)options.Writers.Select(w => OutputPath(options.OutputFolder, input, stemOf(input.RelativePath), w)).ToList()).ToList();
        var owners = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < plans.Count; i++)
        {
            foreach (var path in plans[i])
            {
                if (!owners.TryGetValue(path, out var list))
                    owners[path] = list = [];
                list.Add(i);
            }
        }

        return [.. plans.Select((paths, i) =>
        {
            var clash = paths.Select(p => owners[p]).FirstOrDefault(o => o.Count > 1);
            string? conflict = clash is null ? null
                : $"would write the same output as {string.Join(", ", clash.Where(o => o != i).Select(o => inputs[o].DisplayPath))} ({Path.GetFileName(paths.First(p => owners[p].Count > 1))}); not converted";
            return (paths, conflict);
        })];
    }

    /// <summary><c>OUT/relative/dir/stem.ext</c>; the stem is the input's name without its format ending.</summary>
    public static string OutputPath(string outputFolder, InputFile input, string stem, IWriter writer)
    {
        var directory = Path.GetDirectoryName(input.RelativePath) ?? "";
        var full = Path.GetFullPath(Path.Combine(outputFolder, directory, stem + writer.Extension));
        var root = Path.GetFullPath(outputFolder);
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new TranscriptException(input.DisplayPath, "its output would be written outside the output folder");
        return full;
    }
}
