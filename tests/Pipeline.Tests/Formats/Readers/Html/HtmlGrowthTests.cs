using System.Text;
using Pipeline.Core.Debugging;
using Pipeline.Core.Diagnostics;
using Pipeline.Formats.Readers;
using Pipeline.Formats.Readers.Html;

namespace Pipeline.Tests.Formats.Readers.Html;

/// <summary>Issue 17 item 6: big and deep pages read in time linear in their size. Behaviour only; the growth benchmark
/// (<c>Pipeline.Benchmarks growth</c>) measures the time.</summary>
public sealed class HtmlGrowthTests
{
    [Fact]
    public void Self_closed_divs_nest_like_open_ones_and_a_page_of_5000_is_refused_naming_the_line()
    {
        // The parser ignores "/>" on HTML elements, so 5,000 <div/> nest 5,000 deep; the guard must count them.
        var html = "<!DOCTYPE html><html><body>\n" + string.Concat(Enumerable.Repeat("<div/>", 5000)) + "<p>MARA VOSTRIK: At the bottom.</p></body></html>";

        var error = Assert.Throws<TranscriptException>(() => HtmlReaderTests.Read(html));

        Assert.Equal(2, error.Line);
        Assert.Contains($"nests more than {ReaderLimits.MaxOpenHtmlElements} elements deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Self_closed_svg_shapes_do_not_count_as_nesting()
    {
        var shapes = string.Concat(Enumerable.Repeat("<path d=\"M0 0\"/>", ReaderLimits.MaxOpenHtmlElements + 10));
        var html = $"<!DOCTYPE html><html><body><svg>{shapes}</svg><svg/><p><b>MARA VOSTRIK:</b> The brask was there.</p></body></html>";

        var document = HtmlReaderTests.Read(html);

        Assert.Contains("The brask was there.", ModelDump.ToText(document), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_more_elements_than_smartreader_is_given_keeps_every_footnote_and_word()
    {
        const int links = 2000;
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>Talk at the Quarry Hall</title></head><body><main>\n");
        for (var i = 1; i <= links; i++)
            html.Append($"<p><b>{(i % 2 == 0 ? "MARA VOSTRIK" : "TEODOR PLANE")}:</b> The brask {i} as recorded<sup id=\"r{i}\"><a href=\"#fn{i}\">{i % 900 + 1}</a></sup>.</p>\n");
        html.Append("<ol>");
        for (var i = 1; i <= links; i++)
            html.Append($"<li id=\"fn{i}\">Minute {i} of the session. <a href=\"#r{i}\">↩</a></li>\n");
        html.Append("</ol></main></body></html>");

        var document = HtmlReaderTests.Read(html.ToString());
        var dump = ModelDump.ToText(document);

        Assert.Contains($"more than {MainContentFinder.MaxElementsForSmartReader} elements; the whole cleaned body is read", dump, StringComparison.Ordinal);
        Assert.Contains($"The brask {links} as recorded", dump, StringComparison.Ordinal);
        Assert.Contains($"Minute {links} of the session.", dump, StringComparison.Ordinal);
        Assert.Equal(links, document.Blocks.OfType<Pipeline.Core.Model.Turn>().Count());
    }

    [Fact]
    public void A_paragraph_of_100000_spans_keeps_every_word_in_order()
    {
        const int spans = 100_000;
        var html = new StringBuilder("<!DOCTYPE html><html><body><p><b>MARA VOSTRIK:</b> ");
        for (var i = 0; i < spans; i++)
            html.Append("<span>w").Append(i).Append("</span> ");
        html.Append("</p></body></html>");

        var document = HtmlReaderTests.Read(html.ToString());
        var text = Pipeline.Core.Model.InlineText.ToPlainText(document.Blocks.OfType<Pipeline.Core.Model.Turn>().Single().Paragraphs);

        Assert.Equal(string.Join(' ', Enumerable.Range(0, spans).Select(i => "w" + i)), text.Trim());
    }
}
