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

    /// <summary>Runs epubcheck and returns (fatals, errors, warnings) from its summary line, with the full output.</summary>
    public static (int Fatals, int Errors, int Warnings, string Output) Epubcheck(string epubPath)
    {
        var java = ExternalTool.Require("java");
        ExternalTool.Require(EpubcheckJar);
        var (_, output) = ExternalTool.Run(java, ["-jar", EpubcheckJar, epubPath]);
        var summary = System.Text.RegularExpressions.Regex.Match(output, @"Messages: (\d+) fatals? / (\d+) errors? / (\d+) warnings?");
        Assert.True(summary.Success, "no epubcheck summary in: " + output);
        int Group(int i) => int.Parse(summary.Groups[i].Value, System.Globalization.CultureInfo.InvariantCulture);
        return (Group(1), Group(2), Group(3), output);
    }
}
