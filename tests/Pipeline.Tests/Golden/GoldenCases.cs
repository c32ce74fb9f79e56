using Pipeline.Core.Debugging;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Engine;
using Pipeline.Formats;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Golden;

/// <summary>The golden model dumps: every input under <c>tests/Pipeline.Tests/Golden/&lt;reader&gt;/</c> beside a
/// <c>&lt;case&gt;.native</c> file holding exactly what <c>pipeline inspect</c> prints for it. Cases are read from the
/// source tree, so a new input file is a new case without touching any code, and the update switch can rewrite them.</summary>
public static class GoldenCases
{
    /// <summary>The environment variable that rewrites the <c>.native</c> files instead of comparing with them.</summary>
    public const string UpdateVariable = "PIPELINE_UPDATE_GOLDEN";

    /// <summary>The ending of an expected dump.</summary>
    public const string NativeEnding = ".native";

    /// <summary>The folder of the cases in the source tree.</summary>
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Pipeline.Tests", "Golden");

    /// <summary>True when <c>PIPELINE_UPDATE_GOLDEN</c> is set to anything but <c>0</c> or <c>false</c>.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable)?.Trim() is { Length: > 0 } value
                                   && value != "0" && !value.Equals("false", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every case as <c>reader/file</c> (forward slashes), in ordinal order: the files of the reader folders
    /// that are not expected dumps, sidecars or hidden files.</summary>
    public static IEnumerable<string> All() =>
        Directory.EnumerateDirectories(Folder)
            .SelectMany(reader => Directory.EnumerateFiles(reader, "*", SearchOption.AllDirectories))
            .Where(IsInput)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>The <c>.native</c> files of the reader folders.</summary>
    public static IEnumerable<string> Natives() =>
        Directory.EnumerateDirectories(Folder)
            .SelectMany(reader => Directory.EnumerateFiles(reader, "*" + NativeEnding, SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>The expected dump's path for a case: the input's name with its ending (after the first dot) replaced.</summary>
    public static string NativeOf(string @case)
    {
        var directory = Path.GetDirectoryName(@case) ?? "";
        var name = Path.GetFileName(@case);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var stem = dot > 0 ? name[..dot] : name;
        return Path.Combine(directory, stem + NativeEnding).Replace('\\', '/');
    }

    /// <summary>What <c>pipeline inspect</c> prints for the case (its display path is the case name), and the name of
    /// the reader that took it; an input the reader refuses dumps as inspect's <c>error:</c> line.</summary>
    public static (string Dump, string? Reader) Dump(string @case)
    {
        var full = Path.Combine(Folder, @case);
        var input = new InputFile(full, @case, @case);
        var registry = BuiltInFormats.CreateRegistry();
        try
        {
            var (reader, document) = new DocumentLoader(registry).Load(input);
            return (ModelDump.ToText(document), reader.Name);
        }
        catch (TranscriptException ex)
        {
            var bytes = File.ReadAllBytes(full);
            return ($"error: {ex.Message}\n", registry.FindReader(full, bytes.AsSpan(0, Math.Min(bytes.Length, 4096)))?.Name);
        }
    }

    private static bool IsInput(string file)
    {
        var name = Path.GetFileName(file);
        return !name.StartsWith('.')
               && !name.EndsWith(NativeEnding, StringComparison.Ordinal)
               && !name.EndsWith(".meta.json", StringComparison.Ordinal);
    }
}
