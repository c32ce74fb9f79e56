using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Formats.Readers.Html;
using static Pipeline.Tests.Formats.Readers.Html.HtmlReaderTests;

namespace Pipeline.Tests.Formats.Readers.Html;

/// <summary>Page furniture in HTML transcripts: column markers, metadata tables, procedural lines, section topics in attributes.</summary>
public sealed class HtmlFurnitureTests
{
    private static string Page(string body, string head = "<title>Sitting</title>") =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">{head}</head><body>{body}</body></html>";

    [Theory]
    [InlineData("19 July 2011 : Column 772", true)]
    [InlineData("Col. 12", true)]
    [InlineData("Column 45-46", true)]
    [InlineData("[Page H6191]", true)]
    [InlineData("Page 3", true)]
    [InlineData("Page 4 of the report says the same.", false)]
    [InlineData("Turn to page 5", false)]
    [InlineData("The column moved north.", false)]
    [InlineData("19 July 2011", false)]
    [InlineData("ANN: Page 12", false)]
    [InlineData("Page 4.", false)]
    [InlineData("Tuesday, 3 March 2009 — Col. 88", true)]
    public void Markers_are_found_by_shape(string text, bool marker) => Assert.Equal(marker, PageMarkers.IsMarker(text));

    [Fact]
    public void A_marker_between_speeches_is_no_text_and_never_the_title()
    {
        var document = Read(Page(
            "<p><b>2 May 2010 : Column 9</b></p><h2>Rivers Bill</h2><p><b>Ann Lee:</b> The bridge is closed.</p>"
            + "<p><b>Col. 10</b></p><p>It opened again in May.</p><p><b>Bob Day:</b> Good.</p>", head: ""));
        Assert.Equal("Rivers Bill", document.Metadata.Title);
        Assert.Equal("2010-05-02", document.Metadata.Date);
        Assert.DoesNotContain(document.Blocks.OfType<Turn>(), t => InlineText.ToPlainText(t.Paragraphs).Contains("Col", StringComparison.Ordinal));
        // A sentence that ended before the marker is not joined to the next one, but stays in the turn.
        var turns = Turns(document);
        Assert.Equal(2, turns.Count);
        Assert.Equal(2, document.Blocks.OfType<Turn>().First().Paragraphs.Length);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.MarkersRemoved && d.Argument("count") == "2");
    }

    [Fact]
    public void A_two_column_table_of_speech_is_no_metadata_table()
    {
        var document = Read(Page("<table><tr><td>ANN:</td><td>Where were you that night?</td></tr><tr><td>BOB:</td><td>At home, reading by the fire.</td></tr>"
                                 + "<tr><td>ANN:</td><td>Alone?</td></tr></table>"));
        Assert.Equal(3, Turns(document).Count);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCode.MetadataTable);
    }

    [Fact]
    public void A_table_of_known_facts_fills_the_metadata_and_is_no_text()
    {
        var document = Read(Page("<table><tr><th>Title</th><td>Harbour sitting</td></tr><tr><th>Place</th><td>Fairport</td></tr><tr><th>Date:</th><td>2012-03-04</td></tr></table>"
                                 + "<p>ANN: We begin.</p><p>BOB: Agreed.</p>", head: ""));
        Assert.Equal("Harbour sitting", document.Metadata.Title);
        Assert.Equal("Fairport", document.Metadata.Place);
        Assert.Equal("2012-03-04", document.Metadata.Date);
        Assert.DoesNotContain(document.Blocks.OfType<Paragraph>(), p => InlineText.ToPlainText(p.Content).Contains("Fairport", StringComparison.Ordinal));
    }

    [Fact]
    public void A_procedural_line_does_not_take_the_attribution_from_the_speech_after_it()
    {
        var document = Read(Page("<div data-person-speaking-attribution=\"The Chair\"><p class=\"procedural\">(Motion agreed to.)</p><p>We move on.</p></div>"
                                 + "<div data-person-speaking-attribution=\"Ann Lee\"><p>Thank you.</p></div>"));
        Assert.Equal([("The Chair", "We move on."), ("Ann Lee", "Thank you.")], Turns(document));
        var note = Assert.Single(document.Blocks.OfType<EditorialNote>());
        Assert.Equal(EditorialNoteKind.StageDirection, note.Kind);
    }

    [Fact]
    public void Topics_in_attributes_become_headings_only_when_they_change()
    {
        var document = Read(Page("<h1>Sitting</h1><div data-h2=\"Roads\" data-person-speaking-attribution=\"Ann Lee\"><p>First.</p></div>"
                                 + "<div data-h2=\"Roads\" data-h3=\"Bridges\" data-person-speaking-attribution=\"Bob Day\"><p>Second.</p></div>"
                                 + "<div data-h2=\"Schools\" data-person-speaking-attribution=\"Ann Lee\"><p>Third.</p></div>"));
        var headings = document.Blocks.OfType<Heading>().Select(h => (h.Level, InlineText.ToPlainText(h.Content))).ToList();
        Assert.Equal([(1, "Sitting"), (2, "Roads"), (3, "Bridges"), (2, "Schools")], headings);
        Assert.Equal(3, Turns(document).Count);
    }
}
