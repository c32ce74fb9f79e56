using System.Globalization;
using System.Text;
using System.Xml;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.BadInput;

/// <summary>Issue #6, bad input: files whose content is bad. Each gives a clear error naming the file or a converted
/// document with a diagnostic, and the good transcript beside it still converts completely.</summary>
public sealed class BadContentTests
{
    [Fact]
    public async Task Empty_file_fails_with_an_error_naming_it()
    {
        var batch = BatchUnderTest.Create();
        batch.Add("empty.txt", []);

        var run = await batch.ConvertAsync();

        Assert.Equal(Pipeline.Cli.ExitCodes.SomeFailed, run.Code);
        Assert.Contains("empty file", run.ErrorFor("empty.txt"), StringComparison.Ordinal);
        batch.AssertGoodNeighbourConverted();
        batch.AssertNothingHalfWritten("empty");
    }

    [Fact]
    public async Task Binary_file_fails_as_not_text()
    {
        var batch = BatchUnderTest.Create();
        var bytes = new byte[4096];
        new Random(6).NextBytes(bytes);
        "\x89PNG\r\n\x1A\n\0\0\0\rIHDR"u8.CopyTo(bytes);
        batch.Add("picture.txt", bytes);

        var run = await batch.ConvertAsync();

        Assert.Equal(Pipeline.Cli.ExitCodes.SomeFailed, run.Code);
        Assert.Contains("binary file, not text", run.ErrorFor("picture.txt"), StringComparison.Ordinal);
        batch.AssertGoodNeighbourConverted();
        batch.AssertNothingHalfWritten("picture");
    }

    [Fact]
    public async Task Nul_and_control_characters_are_removed_with_a_warning_naming_the_line()
    {
        var batch = BatchUnderTest.Create();
        var text = new StringBuilder("Control characters\n\n");
        for (var i = 0; i < 40; i++)
            text.Append(CultureInfo.InvariantCulture, $"ANNA LEE: Line {i} of an ordinary answer about the weather.\n\n");
        text.Append("BEN OKAFOR: Before\0the \u0001bell \u001B[31mrang\u007F and \u000Bthe \u000Cdoor shut.\n");
        batch.Add("controls.txt", text.ToString());

        var run = await batch.ConvertAsync();

        Assert.Equal(Pipeline.Cli.ExitCodes.Success, run.Code);
        var warning = Assert.Single(run.WarningsFor("controls.txt"));
        Assert.StartsWith("warning PL002: ", warning, StringComparison.Ordinal);
        Assert.Contains("controls.txt:83: removed 6 control character(s)", warning, StringComparison.Ordinal);
        Assert.Contains("U+0000", warning, StringComparison.Ordinal);
        var tei = File.ReadAllText(Path.Combine(batch.Output, "controls.tei.xml"));
        using (var reader = XmlReader.Create(new StringReader(tei)))
        {
            while (reader.Read())
            {
            }
        }

        var markdown = File.ReadAllText(Path.Combine(batch.Output, "controls.md"));
        Assert.DoesNotContain(markdown, c => c < ' ' && c is not '\n');
        Assert.Contains("bell", markdown, StringComparison.Ordinal);
        Assert.Contains("door shut", markdown, StringComparison.Ordinal);
        batch.AssertGoodNeighbourConverted();
    }

    [Fact]
    public async Task Invalid_utf8_keeps_the_correct_letters_and_warns_with_the_line()
    {
        var batch = BatchUnderTest.Create();
        var bytes = Encoding.UTF8.GetBytes("Café talk\n\nANNA LEE: The café by the quay.\n\nBEN OKAFOR: A stray ").Concat(new byte[] { 0xFF, 0xC3 })
            .Concat(Encoding.UTF8.GetBytes(" byte, then naïve words.\n")).ToArray();
        batch.Add("damaged.txt", bytes);

        var run = await batch.ConvertAsync();

        Assert.Equal(Pipeline.Cli.ExitCodes.Success, run.Code);
        var warning = Assert.Single(run.WarningsFor("damaged.txt"));
        Assert.StartsWith("warning PL001: ", warning, StringComparison.Ordinal);
        Assert.Contains("damaged.txt:5: invalid UTF-8 on line(s) 5", warning, StringComparison.Ordinal);
        var markdown = File.ReadAllText(Path.Combine(batch.Output, "damaged.md"));
        Assert.Contains("café by the quay", markdown, StringComparison.Ordinal);
        Assert.Contains("naïve", markdown, StringComparison.Ordinal);
        batch.AssertGoodNeighbourConverted();
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task One_megabyte_single_line_converts_with_every_word()
    {
        var batch = BatchUnderTest.Create();
        var random = new Random(1);
        string[] vocabulary = ["harbour", "herring", "lantern", "quay", "storm", "net", "tide", "gull", "rope", "keel"];
        var line = new StringBuilder("ANNA LEE:");
        while (line.Length < 1_000_000)
            line.Append(' ').Append(vocabulary[random.Next(vocabulary.Length)]);
        batch.Add("long.txt", line.ToString());

        var run = await batch.ConvertAsync();

        Assert.Equal(Pipeline.Cli.ExitCodes.Success, run.Code);
        Assert.Empty(Words.Missing(line.ToString(), File.ReadAllText(Path.Combine(batch.Output, "long.md"))));
        Assert.True(new FileInfo(Path.Combine(batch.Output, "long.pdf")).Length > 0);
        batch.AssertGoodNeighbourConverted();
    }

    [Fact]
    public async Task Html_with_scripts_and_remote_resources_fetches_and_runs_nothing()
    {
        using var server = new LoopbackServer();
        var batch = BatchUnderTest.Create();
        var origin = server.Origin;
        batch.Add("scripted.html", $$"""
            <!DOCTYPE html><html><head><title>Scripted page</title>
            <link rel="stylesheet" href="{{origin}}/style.css"><script src="{{origin}}/app.js"></script>
            <script>document.write('<p>INJECTED: by a script</p>'); fetch('{{origin}}/beacon');</script></head>
            <body><article><p>ANNA LEE: We met at the station <img src="{{origin}}/pic.png" onerror="document.body.innerHTML='HIJACKED'">.</p>
            <iframe src="{{origin}}/frame.html"></iframe><video src="{{origin}}/clip.mp4"></video>
            <p>BEN OKAFOR: It was raining, and the train was late by an hour.</p></article></body></html>
            """);

        var run = await batch.ConvertAsync();

        Assert.Equal(Pipeline.Cli.ExitCodes.Success, run.Code);
        var markdown = File.ReadAllText(Path.Combine(batch.Output, "scripted.md"));
        Assert.Contains("train was late", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("INJECTED", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("HIJACKED", markdown, StringComparison.Ordinal);
        Assert.Equal(0, await server.ConnectionsAsync());
        batch.AssertGoodNeighbourConverted();
    }
}
