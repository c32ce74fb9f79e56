using System.Text.Json;
using Pipeline.Formats.Readers;

namespace Pipeline.Tests.BadInput;

/// <summary>Issue #11.5: input nested far deeper than any transcript fails alone, with an error naming the file and line,
/// through the real command in a child process (a stack overflow cannot be caught and would kill the test host, so a
/// regression fails this test with the child's exit code instead of ending the whole run).</summary>
public sealed class DeepNestingTests
{
    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    [Trait("Category", "Slow")]
    [Fact]
    public void Tei_nested_30000_deep_fails_alone_while_its_neighbour_converts_and_the_report_is_written()
    {
        var batch = BatchUnderTest.Create();
        const int Depth = 30_000;
        batch.Add("deep.tei.xml", """<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>""" + "\n" + Repeat("<div>", Depth / 2)
                                  + "<u who=\"#anna\"><seg>" + Repeat("<hi>", Depth / 2) + "The bottom of the well." + Repeat("</hi>", Depth / 2)
                                  + "</seg></u>" + Repeat("</div>", Depth / 2) + "</body></text></TEI>");
        var report = Path.Combine(batch.Root, "report.json");

        var (code, output) = ChildPipeline.Run("convert", batch.Input, "--out", batch.Output, "--to", "all", "--report", report);

        Assert.True(code == 1, $"exit code {code}:\n{output}");
        Assert.Contains($"deep.tei.xml:2: elements nest more than {ReaderLimits.MaxNesting} levels deep", output, StringComparison.Ordinal);
        batch.AssertGoodNeighbourConverted();
        batch.AssertNothingHalfWritten("deep");
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        var failed = Assert.Single(documents, d => d.GetProperty("status").GetString() == "failed");
        Assert.Contains("deep.tei.xml", failed.GetProperty("input").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, json.RootElement.GetProperty("totals").GetProperty("converted").GetInt32());
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Html_and_markdown_nested_100000_deep_fail_alone_in_a_child_process()
    {
        var batch = BatchUnderTest.Create();
        const int Depth = 100_000;
        batch.Add("deep.html", "<!DOCTYPE html><html><body>\n" + Repeat("<div><span>", Depth / 2) + "ANNA LEE: The words at the bottom of the well."
                               + Repeat("</span></div>", Depth / 2) + "</body></html>");
        batch.Add("deeper.md", "ANNA LEE: Hello.\n\nBEN OKAFOR: " + Repeat("**", Depth / 2) + "deep" + Repeat("**", Depth / 2) + "\n");

        var (code, output) = ChildPipeline.Run("convert", batch.Input, "--out", batch.Output, "--to", "all");

        Assert.True(code == 1, $"exit code {code}:\n{output}");
        Assert.Contains($"deep.html:2: the page nests more than {ReaderLimits.MaxOpenHtmlElements} elements deep", output, StringComparison.Ordinal);
        Assert.Matches(@"deeper\.md:\d+: the Markdown nests", output);
        batch.AssertGoodNeighbourConverted();
        batch.AssertNothingHalfWritten("deep", "deeper");
    }
}
