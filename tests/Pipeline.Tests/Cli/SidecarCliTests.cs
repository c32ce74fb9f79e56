using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Cli;

/// <summary>A <c>NAME.meta.json</c> beside an input reaches both <c>convert</c> and <c>inspect</c>.</summary>
public sealed class SidecarCliTests
{
    private const string Transcript = "Untitled chat\n\nSPEAKER 1: Where were you born?\n\nSPEAKER 2: In Tromsø.\n";

    private const string Sidecar = """
        {
          "title": "Interview with Ola Nordmann",
          "date": "2019-05-04",
          "language": "nb",
          "speakers": [
            { "name": "Kari Hansen", "role": "interviewer", "aliases": ["Speaker 1"] },
            { "name": "Ola Nordmann", "role": "interviewee", "organisation": "Tromsø Museum", "aliases": ["Speaker 2"] }
          ]
        }
        """;

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await Pipeline.Cli.Cli.RunAsync(args, stdout, stderr, TestContext.Current.CancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Convert_and_inspect_apply_the_sidecar()
    {
        var folder = RepoPaths.NewTempFolder();
        var input = Path.Combine(folder, "chat.txt");
        await File.WriteAllTextAsync(input, Transcript, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "chat.meta.json"), Sidecar, TestContext.Current.CancellationToken);

        var (code, dump, _) = await Run("inspect", input);
        Assert.Equal(0, code);
        Assert.Contains("Interview with Ola Nordmann", dump, StringComparison.Ordinal);
        Assert.Contains("Kari Hansen", dump, StringComparison.Ordinal);
        Assert.Contains("Tromsø Museum", dump, StringComparison.Ordinal);

        var output = Path.Combine(folder, "out");
        (code, _, _) = await Run("convert", folder, "--out", output, "--to", "tei");
        Assert.Equal(0, code);
        var tei = await File.ReadAllTextAsync(Path.Combine(output, "chat.tei.xml"), TestContext.Current.CancellationToken);
        Assert.Contains("Interview with Ola Nordmann", tei, StringComparison.Ordinal);
        Assert.Contains("2019-05-04", tei, StringComparison.Ordinal);
        Assert.Contains("Ola Nordmann", tei, StringComparison.Ordinal);
        Assert.Contains("xml:lang=\"nb\"", tei, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "chat.meta.tei.xml")), "the sidecar itself is not a transcript");
    }

    [Fact]
    public async Task An_invalid_sidecar_fails_its_document_with_the_sidecar_named()
    {
        var folder = RepoPaths.NewTempFolder();
        await File.WriteAllTextAsync(Path.Combine(folder, "chat.txt"), Transcript, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "chat.meta.json"), "{ \"title\": \"x\",\n  \"speakerz\": [] }", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "other.txt"), Transcript, TestContext.Current.CancellationToken);

        var (code, _, err) = await Run("convert", folder, "--out", Path.Combine(folder, "out"), "--to", "tei");
        Assert.Equal(1, code);
        Assert.Contains("chat.meta.json", err, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "out", "other.tei.xml")));
    }
}
