using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Writers.Markdown;

/// <summary>pandoc and epubcheck, run on the writer's output.</summary>
internal static class PandocRun
{
    public const string EpubcheckJar = "/usr/share/java/epubcheck.jar";

    /// <summary><c>pandoc -f markdown -t plain --wrap=none</c> (plus extra arguments) on a file; fails on a non-zero exit.</summary>
    public static string ToPlain(string markdownPath, params string[] extra)
    {
        var pandoc = ExternalTool.Require("pandoc");
        var (exitCode, output) = ExternalTool.Run(pandoc, ["-f", "markdown", "-t", "plain", "--wrap=none", .. extra, markdownPath]);
        Assert.True(exitCode == 0, $"pandoc failed ({exitCode}): {output}");
        return output;
    }

    /// <summary>Converts to EPUB with a plain <c>pandoc x.md -o x.epub</c>; pandoc must print nothing.</summary>
    public static string ToEpub(string markdownPath)
    {
        var pandoc = ExternalTool.Require("pandoc");
        var epub = Path.ChangeExtension(markdownPath, ".epub");
        var (exitCode, output) = ExternalTool.Run(pandoc, [markdownPath, "-o", epub]);
        Assert.True(exitCode == 0, $"pandoc failed ({exitCode}): {output}");
        Assert.True(output.Trim().Length == 0, "pandoc warned: " + output);
        return epub;
    }

    /// <summary>Runs epubcheck on one file and returns (fatals, errors, warnings) from its summary line, with the full output.</summary>
    public static (int Fatals, int Errors, int Warnings, string Output) Epubcheck(string epubPath) => EpubcheckAll([epubPath])[epubPath];

    /// <summary>Runs epubcheck on many files in one JVM (<c>TestSupport/EpubcheckBatch.java</c>, started by Java's
    /// source launcher) and returns each file's (fatals, errors, warnings) with its own part of the output. The JVM runs
    /// with the client compiler only: EPUBCheck's work is start-up, which C2 makes slower, not faster.</summary>
    public static IReadOnlyDictionary<string, (int Fatals, int Errors, int Warnings, string Output)> EpubcheckAll(IReadOnlyList<string> epubPaths)
    {
        var java = ExternalTool.Require("java");
        ExternalTool.Require(EpubcheckJar);
        var batch = Path.Combine(AppContext.BaseDirectory, "TestSupport", "EpubcheckBatch.java");
        var (exitCode, output) = ExternalTool.Run(java, ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", EpubcheckJar, batch, .. epubPaths], timeoutSeconds: 600);
        Assert.True(exitCode == 0, $"the epubcheck batch failed ({exitCode}): {output}");

        var reports = output.Split("=== epubcheck-begin ", StringSplitOptions.RemoveEmptyEntries).Skip(output.StartsWith("=== epubcheck-begin ", StringComparison.Ordinal) ? 0 : 1);
        var results = new Dictionary<string, (int, int, int, string)>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            var newline = report.IndexOf('\n', StringComparison.Ordinal);
            var path = report[..newline].Trim();
            var text = report[(newline + 1)..];
            Assert.Contains("=== epubcheck-end ", text, StringComparison.Ordinal);
            var summary = System.Text.RegularExpressions.Regex.Match(text, @"Messages: (\d+) fatals? / (\d+) errors? / (\d+) warnings?");
            Assert.True(summary.Success, $"no epubcheck summary for {path} in: {text}");
            int Group(int i) => int.Parse(summary.Groups[i].Value, System.Globalization.CultureInfo.InvariantCulture);
            results[path] = (Group(1), Group(2), Group(3), text);
        }

        Assert.True(epubPaths.All(results.ContainsKey), "epubcheck reported on fewer files than it was given: " + output);
        return results;
    }
}
