using System.Text;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats;
using Pipeline.Formats.Readers;
using Pipeline.Formats.Readers.Xml;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Readers.Xml;

public sealed class XmlTranscriptReaderTests
{
    private static string Golden(string name) => Path.Combine(RepoPaths.Root, "tests", "Pipeline.Tests", "Golden", "xml", name);

    private static TranscriptDocument ReadFile(string name) =>
        new XmlTranscriptReader().Read(new ReaderInput(name, File.ReadAllBytes(Golden(name))));

    private static TranscriptDocument Read(string xml, string path = "t.xml") =>
        new XmlTranscriptReader().Read(new ReaderInput(path, Encoding.UTF8.GetBytes(xml)));

    private static List<(string Speaker, string Text)> Turns(TranscriptDocument document) =>
        [.. document.Blocks.OfType<Turn>().Select(t => (t.SpeakerId, InlineText.ToPlainText(t.Paragraphs)))];

    [Fact]
    public void Every_shipped_dialect_mapping_loads_and_the_generic_one_comes_last()
    {
        var names = XmlDialect.BuiltIn.Select(d => d.Name).ToList();

        Assert.Equal(["ca-house-of-commons", "de-bundestag-dokument", "de-bundestag-plenarprotokoll", "uk-hansard-historic", "generic"], names);
        Assert.True(XmlDialect.BuiltIn[^1].IsGeneric);
    }

    [Fact]
    public void Uk_historic_hansard_members_columns_and_sections()
    {
        var document = ReadFile("uk-historic-hansard.xml");

        Assert.Equal("1962-03-08", document.Metadata.Date);
        Assert.Equal(["ellery", "transport", "ellery", "vale"], Turns(document).Select(t => t.Speaker));
        Assert.StartsWith("1. asked the Minister", Turns(document)[0].Text, StringComparison.Ordinal);
        Assert.Equal("Mr. Corran Vale", document.FindParticipant("transport")!.Organisation);
        Assert.Equal(2, document.Blocks.OfType<Turn>().ElementAt(1).Paragraphs.Length);
        Assert.DoesNotContain("102", Turns(document)[1].Text, StringComparison.Ordinal);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.MarkersRemoved && d.Message.Contains("col 101, col 102", StringComparison.Ordinal));
        Assert.Equal(["ORAL ANSWERS TO QUESTIONS", "Lighthouses (Maintenance)"], document.Blocks.OfType<Heading>().Select(h => InlineText.ToPlainText(h.Content)));
    }

    [Fact]
    public void Canadian_interventions_with_affiliations_inline_labels_and_procedural_text()
    {
        var document = ReadFile("ca-house-of-commons.xml");

        Assert.Equal("Standing Committee on Harbours", document.Metadata.Title);
        Assert.Equal("2019-03-05", document.Metadata.Date);
        Assert.Equal("en", document.Metadata.Language);
        Assert.Equal(["chair", "pike", "oakes"], Turns(document).Select(t => t.Speaker));
        Assert.Equal("Northshore, Lib.", document.FindParticipant("pike")!.Organisation);
        Assert.Contains("Mr. Dale Pike (Northshore, Lib.)", document.FindParticipant("pike")!.Aliases);
        Assert.DoesNotContain("Motion No. 2", Turns(document)[0].Text, StringComparison.Ordinal);
        Assert.Contains(document.Blocks.OfType<EditorialNote>(), n => InlineText.ToPlainText(n.Paragraphs) == "(English)");
        Assert.Contains(document.Blocks, b => b is EditorialNote { Kind: EditorialNoteKind.StageDirection } n && InlineText.ToPlainText(n.Paragraphs) == "(Motion agreed to)");
    }

    [Fact]
    public void Bundestag_dokument_text_goes_to_the_normaliser_line_by_line_with_file_lines()
    {
        var document = ReadFile("bundestag-dokument.xml");

        Assert.Equal("Plenarprotokoll vom 14.02.1973", document.Metadata.Title);
        Assert.Equal("1973-02-14", document.Metadata.Date);
        Assert.Equal("07/012", document.Metadata.Identifier);
        Assert.Equal(["weller", "kessler", "weller"], Turns(document).Take(3).Select(t => t.Speaker));
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.ElementAsPlainText && d.Argument("element") == "TEXT" && d.Line == 9);
    }

    [Fact]
    public void Bundestag_structured_protocol_rede_redner_and_chair()
    {
        var document = ReadFile("bundestag-plenarprotokoll.xml");

        Assert.Equal("2021-05-12", document.Metadata.Date);
        Assert.Equal(["fenner", "hohl", "fenner", "reiher"], Turns(document).Select(t => t.Speaker));
        Assert.Equal("SPD", document.FindParticipant("fenner")!.Organisation);
        var firstTurn = document.Blocks.OfType<Turn>().First();
        Assert.Contains(firstTurn.Paragraphs.SelectMany(p => p.Content), i => i is Incident { Kind: IncidentKind.Applause, Description: "Beifall bei der SPD" });
        Assert.DoesNotContain(Turns(document), t => t.Text.Contains("Ilse", StringComparison.Ordinal));
        Assert.Equal("Beratung des Antrags zur Sanierung der Schleusen", InlineText.ToPlainText(Assert.Single(document.Blocks.OfType<Heading>()).Content));
    }

    [Fact]
    public void Xml_no_mapping_knows_is_read_generically_and_labels_come_from_the_normaliser()
    {
        var document = ReadFile("generic-transcript-body.xml");

        Assert.Equal(["clerk", "hale", "witness", "hale", "witness"], Turns(document).Select(t => t.Speaker));
        Assert.Equal("Where were you on 2 March?", Turns(document)[3].Text);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.GenericMapping);
    }

    [Theory]
    [InlineData("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://example.org/</loc></url></urlset>", "not a transcript: a sitemap (root element urlset)")]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title></channel></rss>", "not a transcript: an RSS feed (root element rss)")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>", "not a transcript: an Atom feed (root element feed)")]
    [InlineData("<configuration><appSettings/></configuration>", "not a transcript: a configuration file (root element configuration)")]
    public void Xml_that_is_clearly_not_a_transcript_is_refused_with_a_note(string xml, string reason)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        var reader = new XmlTranscriptReader();

        Assert.Equal(reason, reader.UnsupportedReason(bytes));
        Assert.False(reader.CanSniff(bytes));
        var chosen = BuiltInFormats.CreateRegistry().FindReader("feed.xml", bytes)!;
        Assert.Equal(reason, chosen.UnsupportedReason(bytes));
        var error = Assert.Throws<TranscriptException>(() => reader.Read(new ReaderInput("feed.xml", bytes)));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<Hansard><HansardBody/></Hansard>", "xml")]
    [InlineData("<transcriptBody><p>A: hi</p></transcriptBody>", "xml")]
    [InlineData("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text/></TEI>", "tei")]
    [InlineData("<Trans><Episode/></Trans>", "transcriber")]
    public void Xml_files_go_to_the_reader_their_root_calls_for(string xml, string expected) =>
        Assert.Equal(expected, BuiltInFormats.CreateRegistry().FindReader("session.xml", Encoding.UTF8.GetBytes(xml))?.Name);

    [Fact]
    public void Nesting_just_inside_the_limit_is_read()
    {
        var document = Read(Nested(ReaderLimits.MaxNesting - 1));

        Assert.Contains("deep words here", Words.TextOf(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_a_hundred_thousand_deep_is_refused_with_the_file_and_line_before_a_tree_is_built()
    {
        var error = Assert.Throws<TranscriptException>(() => Read(Nested(100_000), "deep.xml"));

        Assert.StartsWith("deep.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains($"more than {ReaderLimits.MaxNesting} levels", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    /// <summary>A document whose text sits <paramref name="depth"/> elements below the root.</summary>
    private static string Nested(int depth)
    {
        var xml = new StringBuilder("<doc>");
        for (var i = 1; i < depth; i++)
            xml.Append("<d>");
        xml.Append("SPEAKER ONE: deep words here");
        for (var i = 1; i < depth; i++)
            xml.Append("</d>");
        return xml.Append("</doc>").ToString();
    }

    [Theory]
    [InlineData("<a><b>unclosed</a>", 1)]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e \"boom\">]>\n<a>&e;</a>", 3)]
    public void Malformed_xml_and_entities_are_errors_with_the_file_and_line(string xml, int line)
    {
        var error = Assert.Throws<TranscriptException>(() => Read(xml, "broken.xml"));
        Assert.StartsWith("broken.xml", error.Message, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
    }

    [Theory]
    [InlineData("<a/>", "no text")]
    [InlineData("  ", "empty file")]
    public void Xml_without_text_is_a_named_error(string xml, string expected) =>
        Assert.Contains(expected, Assert.Throws<TranscriptException>(() => Read(xml)).Message, StringComparison.Ordinal);
}
