using System.Xml;
using Pipeline.Core.Engine;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.BadInput;

/// <summary>An input folder holding one good transcript beside the bad input under test, converted through the real
/// command line; the assertions every bad-input test shares live here.</summary>
internal sealed class BatchUnderTest
{
    public const string GoodText = "A harbour conversation\n\nANNA LEE: The boats came in at dawn, heavy with herring.\n\nBEN OKAFOR: And the gulls followed them all the way home.\n";

    private static readonly string[] Endings = [".tei.xml", ".md", ".docx", ".pdf"];

    private BatchUnderTest(string root)
    {
        Root = root;
        Input = Path.Combine(root, "in");
        Output = Path.Combine(root, "out");
        Directory.CreateDirectory(Input);
        File.WriteAllText(Path.Combine(Input, "good.txt"), GoodText);
    }

    public string Root { get; }

    public string Input { get; }

    public string Output { get; }

    public static BatchUnderTest Create() => new(RepoPaths.NewTempFolder());

    public string Add(string name, byte[] content)
    {
        var path = Path.Combine(Input, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Add(string name, string content) => Add(name, System.Text.Encoding.UTF8.GetBytes(content));

    public Task<CliRun> ConvertAsync() => ConvertAsync(Output);

    public static async Task<CliRun> ConvertAsync(string input, string output)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await Pipeline.Cli.Cli.RunAsync(["convert", input, "--out", output, "--to", "all", "--jobs", "2"], stdout, stderr, TestContext.Current.CancellationToken);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    private async Task<CliRun> ConvertAsync(string output) => await ConvertAsync(Input, output);

    /// <summary>The good neighbour has all four outputs, the TEI parses and the Markdown has every word.</summary>
    public void AssertGoodNeighbourConverted()
    {
        foreach (var ending in Endings)
            Assert.True(File.Exists(Path.Combine(Output, "good" + ending)), $"good{ending} was not written");
        using (var reader = XmlReader.Create(Path.Combine(Output, "good.tei.xml")))
        {
            while (reader.Read())
            {
            }
        }

        Assert.Empty(Words.Missing(GoodText, File.ReadAllText(Path.Combine(Output, "good.md"))));
    }

    /// <summary>No temporary file is left, and a document that failed has no output at all.</summary>
    public void AssertNothingHalfWritten(params string[] failedStems)
    {
        if (!Directory.Exists(Output))
            return;
        var files = Directory.GetFiles(Output, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain(files, f => f!.StartsWith(AtomicFile.TemporaryPrefix, StringComparison.Ordinal));
        foreach (var stem in failedStems)
            Assert.DoesNotContain(files, f => f!.StartsWith(stem + ".", StringComparison.Ordinal));
    }
}

/// <summary>What one run of the command line printed and returned.</summary>
internal sealed record CliRun(int Code, string Out, string Err)
{
    /// <summary>The <c>error:</c> line about <paramref name="file"/>; fails when there is none.</summary>
    public string ErrorFor(string file)
    {
        var line = Err.Split('\n').FirstOrDefault(l => l.StartsWith("error: ", StringComparison.Ordinal) && l.Contains(file, StringComparison.Ordinal));
        Assert.True(line is not null, $"no error naming {file} in:\n{Err}");
        return line;
    }

    /// <summary>The <c>warning PLnnn:</c> lines about <paramref name="file"/>.</summary>
    public List<string> WarningsFor(string file) =>
        [.. Err.Split('\n').Where(l => l.StartsWith("warning PL", StringComparison.Ordinal) && l.Contains(file, StringComparison.Ordinal))];
}
