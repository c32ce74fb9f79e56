using System.Text;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Readers.Html;

namespace Pipeline.Tests.Formats.Readers.Html;

public sealed class HtmlReaderTests
{
    static HtmlReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    internal static TranscriptDocument Read(string html) => Read(Encoding.UTF8.GetBytes(html));

    internal static TranscriptDocument Read(byte[] bytes) => new HtmlReader().Read(new ReaderInput("test.html", bytes));

    internal static List<(string Speaker, string Text)> Turns(TranscriptDocument d) =>
        [.. d.Blocks.OfType<Turn>().Select(t => (d.FindParticipant(t.SpeakerId)!.DisplayName, InlineText.ToPlainText(t.Paragraphs)))];

    private static string Page(string body, string head = "<title>Evening interview</title>") =>
        $"<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">{head}</head><body>{body}</body></html>";

    [Fact]
    public void Sniffs_doctype_and_html_but_not_text()
    {
        var reader = new HtmlReader();
        Assert.True(reader.CanSniff("\n  <!DOCTYPE html><p>x"u8));
        Assert.True(reader.CanSniff("<HTML><body>x"u8));
        Assert.False(reader.CanSniff("ALICE: hello\nBOB: hi\n"u8));
    }

    [Fact]
    public void Strong_labels_become_turns_and_metadata_comes_from_the_head()
    {
        var head = "<title>Evening interview</title><meta name=\"description\" content=\"A talk about rivers\">"
                   + "<meta property=\"article:published_time\" content=\"2023-04-05T10:00:00Z\"><meta property=\"og:site_name\" content=\"River News\">";
        var document = Read(Page("<p><strong>ANNA BERG:</strong> Where does the river start?</p><p><b>Tom Hale</b>: In the hills, above the mill.</p><p>It runs for ninety miles.</p>", head));
        Assert.Equal("Evening interview", document.Metadata.Title);
        Assert.Equal("en-GB", document.Metadata.Language);
        Assert.Equal("2023-04-05", document.Metadata.Date);
        Assert.Equal("River News", document.Metadata.Publisher);
        Assert.Equal("A talk about rivers", document.Metadata.Description);
        var turns = Turns(document);
        Assert.Equal(2, turns.Count);
        Assert.Equal("Anna Berg", turns[0].Speaker, ignoreCase: true);
        Assert.Equal("Tom Hale", turns[1].Speaker);
        Assert.Contains("ninety miles", turns[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Br_separated_speaker_lines_in_one_paragraph_are_separate_turns()
    {
        var document = Read(Page("<p><strong>Mr. LANE</strong>: Were you there?<br/><br/><strong>Mr. ROSS</strong>: I was not.<br><strong>Mr. LANE</strong>: Who was?</p>"));
        Assert.Equal(["Mr. LANE", "Mr. ROSS", "Mr. LANE"], Turns(document).Select(t => t.Speaker));
    }

    [Fact]
    public void Definition_list_pairs_are_turns()
    {
        var document = Read(Page("<dl><dt>Maria Lopez</dt><dd>The harvest was late that year.</dd><dt>Karl Weber</dt><dd>Because of the rain?</dd></dl>"));
        Assert.Equal([("Maria Lopez", "The harvest was late that year."), ("Karl Weber", "Because of the rain?")], Turns(document));
    }

    [Fact]
    public void Table_with_a_name_column_is_read_as_turns_but_a_plain_table_is_not()
    {
        var rows = "<tr><td>Ines Diaz</td><td>We opened the shop in spring and sold bread first.</td></tr>"
                   + "<tr><td>Paul Marsh</td><td>And the cakes came later, I think, in the autumn.</td></tr>"
                   + "<tr><td>Ines Diaz</td><td>Yes, once the second oven was working properly.</td></tr>";
        Assert.Equal(["Ines Diaz", "Paul Marsh", "Ines Diaz"], Turns(Read(Page("<table>" + rows + "</table>"))).Select(t => t.Speaker));

        var prices = Read(Page("<p>Prices were as follows.</p><table><tr><td>Bread</td><td>2</td></tr><tr><td>Cake</td><td>5</td></tr></table>"));
        Assert.Empty(Turns(prices));
    }

    [Fact]
    public void A_label_on_a_line_of_its_own_starts_the_next_paragraph()
    {
        var document = Read(Page("<p>JUDGE MOSS:</p><p>Please sit down.</p><p>CLERK WEST:</p><p>The court is in session.</p>"));
        Assert.Equal([("Judge Moss", "Please sit down."), ("Clerk West", "The court is in session.")], Turns(document));
    }

    [Fact]
    public void Inline_formatting_and_links_are_kept_and_unsafe_links_dropped()
    {
        var document = Read(Page("<p>NINA ROSE: I read <em>Middlemarch</em> twice, <q>slowly</q>, see <a href=\"https://example.org/book\">the list</a> and <a href=\"javascript:alert(1)\">this</a>.</p>"));
        var turn = Assert.Single(document.Blocks.OfType<Turn>());
        var inlines = turn.Paragraphs[0].Content;
        Assert.Contains(inlines, i => i is Emphasis e && InlineText.ToPlainText(e.Content) == "Middlemarch");
        Assert.Contains(inlines, i => i is Quote q && InlineText.ToPlainText(q.Content) == "slowly");
        Assert.Contains(inlines, i => i is Link { Target: "https://example.org/book" });
        Assert.DoesNotContain(inlines, i => i is Link l && l.Target.StartsWith("javascript", StringComparison.Ordinal));
        Assert.Contains("this.", InlineText.ToPlainText(inlines), StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_become_section_headings()
    {
        var document = Read(Page("<h2>Early years</h2><p>LENA FORD: I grew up by the sea.</p><h2>Work</h2><p>LENA FORD: Then I went to sea.</p>"));
        Assert.Equal(["Early years", "Work"], document.Blocks.OfType<Heading>().Select(h => InlineText.ToPlainText(h.Content)));
    }

    [Fact]
    public void Footnote_links_are_joined_to_their_footnotes()
    {
        var document = Read(Page(
            "<p>OMAR HILL: The bridge was rebuilt<sup><a href=\"#fn1\" id=\"r1\">1</a></sup> after the flood and the dam<a href=\"#fn2\">[2]</a> too.</p>"
            + "<ol class=\"notes\"><li id=\"fn1\">In 1952, with stone from the quarry. <a href=\"#r1\">↩</a></li><li id=\"fn2\">Finished in 1960.</li></ol>"));
        Assert.Equal(2, document.Footnotes.Length);
        Assert.Contains("stone from the quarry", InlineText.ToPlainText(document.Footnotes[0].Paragraphs), StringComparison.Ordinal);
        var turn = Assert.Single(document.Blocks.OfType<Turn>());
        Assert.Equal(2, turn.Paragraphs[0].Content.OfType<FootnoteReference>().Count());
    }

    [Fact]
    public void Boilerplate_and_hidden_elements_are_dropped()
    {
        var body = "<nav>Home | About</nav><div class=\"cookie-consent\">We use cookies</div><header>Site Name</header>"
                   + "<main><p>ADA KING: The engine was never finished.</p><p style=\"display: none\">secret draft</p><div hidden>hidden words</div></main>"
                   + "<aside>Related stories</aside><footer>Copyright</footer><script>var tracking = 1;</script>";
        var text = Pipeline.Tests.TestSupport.Words.TextOf(Read(Page(body)));
        Assert.Contains("never finished", text, StringComparison.Ordinal);
        foreach (var gone in new[] { "Home", "cookies", "Site Name", "secret", "hidden words", "Related", "Copyright", "tracking" })
            Assert.DoesNotContain(gone, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_windows_1252_charset_is_honoured()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>Caf\u00e9 talk</title></head><body><p>J\u00c9R\u00d4ME DUPR\u00c9: \u201cBonjour\u201d \u2014 d\u00e9j\u00e0 l\u00e0\u2026</p></body></html>";
        var document = Read(Encoding.GetEncoding(1252).GetBytes(html));
        Assert.Equal("windows-1252", document.Source.Encoding);
        Assert.Equal("Caf\u00e9 talk", document.Metadata.Title);
        Assert.Contains("\u201cBonjour\u201d \u2014 d\u00e9j\u00e0 l\u00e0\u2026", Turns(document)[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_are_decoded()
    {
        var document = Read(Page("<p>SAM PAGE: it&#39;s &amp; it&rsquo;s&nbsp;fine</p>"));
        Assert.Equal("it's & it\u2019s\u00a0fine", Turns(document)[0].Text);
    }

    [Fact]
    public void Paragraph_lines_come_from_the_source()
    {
        var html = "<html><head><title>t</title></head><body>\n\n<p>First paragraph here.</p>\n\n\n<p>MAX COLE: Second<br>\nthird line.</p>\n</body></html>";
        var body = new AngleSharp.Html.Parser.HtmlParser(new AngleSharp.Html.Parser.HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html).Body!;
        var paragraphs = ParagraphWalker.Walk(body).Paragraphs;
        Assert.Equal([3, 6], paragraphs.Select(p => p.Line));
        Assert.Equal([6, 7], paragraphs[1].Lines.Select(l => l.Line));
    }

    [Fact]
    public void Pre_text_keeps_its_lines_and_blank_lines_split_paragraphs()
    {
        var document = Read(Page("<pre>  RUTH OAK: One line\nwrapped here.\n\n  LEE PARK: Another.</pre>"));
        Assert.Equal([("Ruth Oak", "One line wrapped here."), ("Lee Park", "Another.")], Turns(document));
    }

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    [InlineData("span")]
    public void Nesting_deeper_than_the_parsers_dom_cap_is_read_without_recursion(string tag)
    {
        const int depth = 3_000; // AngleSharp caps its DOM at 512 levels; the guard refuses more than 4,096 open elements
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++)
            html.Append('<').Append(tag).Append('>');
        html.Append("DEEP SPEAKER: still here");
        for (var i = 0; i < depth; i++)
            html.Append("</").Append(tag).Append('>');
        html.Append("</body></html>");

        Exception? error = null;
        TranscriptDocument? document = null;
        var thread = new Thread(() =>
        {
            try
            {
                document = Read(html.ToString());
            }
            catch (Exception ex)
            {
                error = ex;
            }
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(error);
        Assert.Contains("still here", Pipeline.Tests.TestSupport.Words.TextOf(document!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    [InlineData("span")]
    public void Nesting_100000_deep_is_refused_naming_the_file_and_line(string tag)
    {
        const int depth = 100_000;
        var html = new StringBuilder("<html><body>\n");
        for (var i = 0; i < depth; i++)
            html.Append('<').Append(tag).Append('>');
        html.Append("DEEP SPEAKER: still here");
        for (var i = 0; i < depth; i++)
            html.Append("</").Append(tag).Append('>');

        // How the time grows with depth is the growth benchmark's (Pipeline.Benchmarks growth --dimensions html-nesting):
        // a wall-clock bound here failed on a loaded machine without saying anything about growth.

        var error = Assert.Throws<TranscriptException>(() => Read(html.ToString()));

        Assert.Equal(("test.html", 2), (error.SourcePath, error.Line));
        Assert.Contains($"more than {Pipeline.Formats.Readers.ReaderLimits.MaxOpenHtmlElements} elements deep", error.Reason, StringComparison.Ordinal);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Paragraphs_and_formatting_never_closed_do_not_count_as_deep_nesting()
    {
        var html = new StringBuilder("<html><body><ul>");
        for (var i = 0; i < 3_000; i++)
            html.Append("<p><font color=red>ANNA LEE: Line ").Append(i).Append(".<li>item <b>bold");
        html.Append("</ul><p>BEN OKAFOR: The end.</body></html>");

        var document = Read(html.ToString());

        Assert.Contains("The end.", Pipeline.Tests.TestSupport.Words.TextOf(document), StringComparison.Ordinal);
    }

    [Fact]
    public void A_speaker_attribute_labels_the_statement_whatever_the_name_looks_like()
    {
        var document = Read(Page(
            "<div class=\"statement\" data-speaker=\"La présidente\"><p>À l'ordre.</p></div>"
            + "<div class=\"statement\" data-speaker=\"Le très hon. Ana Roy (première ministre, Lib.)\"><p>Merci.</p><p>Je dépose le rapport.</p></div>"
            + "<div class=\"statement\" data-speaker=\"La présidente\"><p><em>Adopté.</em></p></div>"));

        Assert.Equal(
            [("La présidente", "À l'ordre."), ("Le très hon. Ana Roy", "Merci.\n\nJe dépose le rapport."), ("La présidente", "Adopté.")],
            Turns(document));
        Assert.All(document.Blocks.OfType<Turn>(), t => Assert.Equal(SpeakerAttribution.Labelled, t.Attribution));
        var roy = document.Participants.Single(p => p.DisplayName == "Le très hon. Ana Roy");
        Assert.Equal("première ministre, Lib.", roy.Organisation);
        Assert.Contains("Le très hon. Ana Roy (première ministre, Lib.)", roy.Aliases);
    }
}
