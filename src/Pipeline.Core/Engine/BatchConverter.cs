using System.Collections.Concurrent;
using System.Diagnostics;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;

namespace Pipeline.Core.Engine;

/// <summary>What happened to one input.</summary>
public enum DocumentStatus
{
    Converted,
    Failed,
}

/// <summary>The result of converting one input.</summary>
public sealed record DocumentResult(
    InputFile Input,
    string? Reader,
    DocumentStatus Status,
    IReadOnlyList<string> Outputs,
    IReadOnlyList<Diagnostic> Diagnostics,
    string? Error,
    TimeSpan Duration);

/// <summary>Settings for one batch.</summary>
public sealed record BatchOptions(string OutputFolder, IReadOnlyList<IWriter> Writers, WriterOptions WriterOptions, int Jobs, bool Strict = false);

/// <summary>Converts many inputs in parallel; one failing document never stops the others, and every output is
/// written atomically.</summary>
public sealed class BatchConverter(FormatRegistry registry)
{
    private readonly DocumentLoader loader = new(registry);

    public async Task<IReadOnlyList<DocumentResult>> RunAsync(
        IReadOnlyList<InputFile> inputs, BatchOptions options, Action<DocumentResult>? onDone = null, CancellationToken cancellation = default)
    {
        AtomicFile.RemoveLeftovers(options.OutputFolder);
        var targets = PlanOutputs(inputs, options);
        var results = new ConcurrentDictionary<int, DocumentResult>();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, inputs.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs), CancellationToken = cancellation },
            (index, _) =>
            {
                var result = Convert(inputs[index], targets[index], options);
                results[index] = result;
                onDone?.Invoke(result);
                return ValueTask.CompletedTask;
            });
        return [.. Enumerable.Range(0, inputs.Count).Select(i => results[i])];
    }

    /// <summary>The output path of each input per writer, or the reason it cannot have one (two inputs that would write the same file).</summary>
    private static List<(IReadOnlyList<string> Paths, string? Conflict)> PlanOutputs(IReadOnlyList<InputFile> inputs, BatchOptions options)
    {
        var plans = inputs.Select(input => (IReadOnlyList<string>)options.Writers.Select(w => OutputPath(options.OutputFolder, input, w)).ToList()).ToList();
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

    /// <summary><c>OUT/relative/dir/stem.ext</c>; the stem drops the input's format ending.</summary>
    public static string OutputPath(string outputFolder, InputFile input, IWriter writer)
    {
        var relative = input.RelativePath;
        var directory = Path.GetDirectoryName(relative) ?? "";
        var name = Path.GetFileName(relative);
        var stem = name.EndsWith(".tei.xml", StringComparison.OrdinalIgnoreCase) ? name[..^8] : Path.GetFileNameWithoutExtension(name);
        var full = Path.GetFullPath(Path.Combine(outputFolder, directory, stem + writer.Extension));
        var root = Path.GetFullPath(outputFolder);
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new TranscriptException(input.DisplayPath, "its output would be written outside the output folder");
        return full;
    }

    private DocumentResult Convert(InputFile input, (IReadOnlyList<string> Paths, string? Conflict) target, BatchOptions options)
    {
        var clock = Stopwatch.StartNew();
        string? readerName = null;
        var diagnostics = new List<Diagnostic>();
        try
        {
            if (target.Conflict is not null)
                throw new TranscriptException(input.DisplayPath, target.Conflict);
            var (reader, document) = loader.Load(input);
            readerName = reader.Name;
            diagnostics.AddRange(document.Diagnostics);
            if (options.Strict && document.Diagnostics.FirstOrDefault(d => d.Severity >= DiagnosticSeverity.Warning) is { } warning)
                throw new TranscriptException(input.DisplayPath, $"--strict: {warning.Message}", warning.Line);

            var outputs = new List<string>();
            for (var i = 0; i < options.Writers.Count; i++)
            {
                var writer = options.Writers[i];
                var context = new WriterContext(options.WriterOptions);
                AtomicFile.Write(target.Paths[i], stream => WriteBuffered(writer, document, stream, context));
                diagnostics.AddRange(context.Diagnostics);
                outputs.Add(target.Paths[i]);
            }

            return new DocumentResult(input, readerName, DocumentStatus.Converted, outputs, diagnostics, null, clock.Elapsed);
        }
        catch (Exception ex) when (ex is TranscriptException or IOException or UnauthorizedAccessException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            var message = ex is TranscriptException ? ex.Message : $"{input.DisplayPath}: {ex.GetType().Name}: {ex.Message}";
            return new DocumentResult(input, readerName, DocumentStatus.Failed, [], diagnostics, message, clock.Elapsed);
        }
    }

    /// <summary>Writers that need a seekable stream (zip-based formats) get one; the result is copied to the file.</summary>
    private static void WriteBuffered(IWriter writer, TranscriptDocument document, Stream destination, WriterContext context)
    {
        using var buffer = new MemoryStream();
        writer.Write(document, buffer, context);
        buffer.Position = 0;
        buffer.CopyTo(destination);
    }
}
