using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Pipeline.Core.Model;
using Pipeline.Formats.Readers.Tei;
using Pipeline.Core.Plugins;
using Pipeline.Tests.Formats.Readers.Tei;
using Pipeline.Tests.Formats.Writers.Tei;
using Pipeline.Tests.TestSupport;
using UglyToad.PdfPig;

namespace Pipeline.Tests.Formats.Writers;

/// <summary>A turn that a heading split (<see cref="Turn.Continues"/>) is one turn in two parts in every writer: TEI links
/// the <c>u</c> with <c>@prev</c>/<c>@next</c> and reads them back as one turn; Markdown writes no new label; DOCX and
/// PDF label the second part as continued.</summary>
public sealed class SplitTurnWriterTests
{
    private static readonly XNamespace Tei = TeiTestSupport.TeiNs;

    [Fact]
    public void Tei_links_the_parts_of_a_split_turn_with_prev_and_next()
    {
        var tei = TeiTestSupport.Write(TeiTestSupport.SplitTurn());
        var us = tei.Descendants(Tei + "u").ToList();
        Assert.Equal(4, us.Count);
        string? Id(XElement u) => (string?)u.Attribute(XNamespace.Xml + "id");
        string? Attr(XElement u, string name) => (string?)u.Attribute(name);

        // The participant "u1" holds the id u1, so the first part gets another one; the ids stay unique.
        Assert.Equal("u1", (string?)tei.Descendants(Tei + "person").First(p => ((string?)p.Attribute(XNamespace.Xml + "id")) == "u1").Attribute(XNamespace.Xml + "id"));
        Assert.NotNull(Id(us[0]));
        Assert.NotEqual("u1", Id(us[0]));
        Assert.Null(Attr(us[0], "prev"));
        Assert.Equal("#" + Id(us[1]), Attr(us[0], "next"));
        Assert.Equal("#" + Id(us[0]), Attr(us[1], "prev"));
        Assert.Equal("#" + Id(us[2]), Attr(us[1], "next"));
        Assert.Equal("#" + Id(us[1]), Attr(us[2], "prev"));
        Assert.Null(Attr(us[2], "next"));
        Assert.Null(Id(us[3]));
        Assert.Null(Attr(us[3], "prev"));
        Assert.Equal(3, us.Take(3).Select(Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Tei_without_a_split_turn_writes_no_utterance_ids()
    {
        var tei = TeiTestSupport.Write(SampleDocuments.AllNodeTypes());
        Assert.All(tei.Descendants(Tei + "u"), u => Assert.Null(u.Attribute(XNamespace.Xml + "id")));
    }

    [Fact]
    public void Tei_does_not_link_a_continuation_by_another_speaker_and_warns()
    {
        var document = TeiTestSupport.SplitTurn();
        var blocks = document.Blocks.ToArray();
        blocks[^1] = ((Turn)blocks[^1]) with { Continues = true };
        var (bytes, diagnostics) = TeiTestSupport.WriteBytes(document with { Blocks = [.. blocks] });
        var us = TeiTestSupport.Parse(bytes).Descendants(Tei + "u").ToList();
        Assert.Null(us[3].Attribute("prev"));
        Assert.Null(us[2].Attribute("next"));
        Assert.Contains(diagnostics, d => d.Message.Contains("is marked as continuing turn 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Tei_split_turn_reads_back_as_one_turn_in_three_parts()
    {
        var original = TeiTestSupport.SplitTurn();
        TeiRoundTripTests.AssertRoundTrip(original);
        var read = TeiRoundTripTests.ReadBack(original);
        Assert.Equal([false, true, true, false], read.Blocks.OfType<Turn>().Select(t => t.Continues));
    }

    [Fact]
    public void Tei_reader_refuses_a_prev_that_points_elsewhere_with_a_warning()
    {
        const string xml = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc>
            <profileDesc><particDesc><listPerson><person xml:id="a"><persName>Ann</persName></person><person xml:id="b"><persName>Bo</persName></person></listPerson></particDesc></profileDesc></teiHeader>
            <text><body><div><u xml:id="x1" who="#a">One.</u><head>H</head><u xml:id="x2" who="#b" prev="#x1">Two.</u><u xml:id="x3" who="#b" prev="#nowhere">Three.</u><u who="#b" prev="#x2">Four.</u></div></body></text></TEI>
            """;
        var document = new TeiReader().Read(new ReaderInput("prev.tei.xml", Encoding.UTF8.GetBytes(xml)));
        Assert.Equal([false, false, false, false], document.Blocks.OfType<Turn>().Select(t => t.Continues));
        Assert.Equal(3, document.Diagnostics.Count(d => d.Message.Contains("@prev", StringComparison.Ordinal)));
    }

    [Fact]
    public void Markdown_writes_the_second_part_without_a_new_label()
    {
        var markdown = Encoding.UTF8.GetString(RealTranscripts.Write("md", TeiTestSupport.SplitTurn()).Bytes);
        Assert.Equal(1, Count(markdown, "**The Chair:**"));
        Assert.Contains("\nWe stand for a minute's silence.\n", markdown.Replace("’", "'", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("**Ulla One:**", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_labels_the_second_part_as_continued_in_the_document_language()
    {
        var document = TeiTestSupport.SplitTurn() with { Metadata = new DocumentMetadata { Title = "Ple", Language = "ca" } };
        var bytes = RealTranscripts.Write("docx", document).Bytes;
        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var text = package.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Equal(2, Count(text, "The Chair (continuació):"));
        Assert.Equal(1, Count(text, "The Chair:"));
    }

    [Fact]
    public void Pdf_labels_the_second_part_as_continued()
    {
        var bytes = RealTranscripts.Write("pdf", TeiTestSupport.SplitTurn()).Bytes;
        using var pdf = PdfDocument.Open(bytes);
        var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Equal(2, Count(words, "Chair (continued)"));
    }

    private static int Count(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
