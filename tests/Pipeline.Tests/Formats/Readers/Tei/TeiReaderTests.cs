using System.Text;
using Pipeline.Core.Debugging;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats;
using Pipeline.Formats.Readers.Tei;

namespace Pipeline.Tests.Formats.Readers.Tei;

public sealed class TeiReaderTests
{
    internal static TranscriptDocument Read(string xml, string path = "test.xml") =>
        new TeiReader().Read(new ReaderInput(path, Encoding.UTF8.GetBytes(xml)));

    private const string ParlaMintLike = """
        <?xml version="1.0"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="ca">
          <teiHeader>
            <fileDesc>
              <titleStmt><title type="main" xml:lang="en">Sitting in English</title><title type="main" xml:lang="ca">Sessió</title></titleStmt>
              <publicationStmt><publisher><orgName>Archive</orgName><orgName>Arxiu</orgName></publisher></publicationStmt>
              <sourceDesc><bibl><date when="2015-10-26">26.10.2015</date></bibl></sourceDesc>
            </fileDesc>
          </teiHeader>
          <text>
            <body>
              <div type="debateSection">
                <head>SESSIÓ NÚM. 1</head>
                <note>La sessió s'obre.</note>
                <note type="speaker">El president (Anna Puig)</note>
                <u who="PuigAnna" ana="member">
                  <seg>Bon dia.</seg>
                  <note>(Pausa.)</note>
                  <seg>Comencem
                     ara.</seg>
                  <kinesic type="applause"><desc>Aplaudiments.</desc></kinesic>
                </u>
                <note type="speaker">El president</note>
                <u who="#PuigAnna"><seg>Gràcies</seg><gap reason="inaudible"><desc>inintel·ligible</desc></gap><vocal type="murmuring"><desc>Remor de veus.</desc></vocal></u>
                <u who="#MasJordi"><seg>Sí.</seg></u>
              </div>
            </body>
          </text>
        </TEI>
        """;

    [Fact]
    public void ParlaMint_style_tei_gives_sections_turns_labels_and_incidents()
    {
        var document = Read(ParlaMintLike);

        Assert.Equal("Sessió", document.Metadata.Title);
        Assert.Equal("ca", document.Metadata.Language);
        Assert.Equal("2015-10-26", document.Metadata.Date);
        Assert.Equal("Archive", document.Metadata.Publisher);
        var anna = document.Participants[0];
        Assert.Equal("Puig Anna", anna.DisplayName);
        Assert.Equal(["PuigAnna", "El president (Anna Puig)", "El president"], anna.Aliases);
        Assert.Equal("Mas Jordi", document.Participants[1].DisplayName);

        var blocks = document.Blocks;
        Assert.Equal("SESSIÓ NÚM. 1", InlineText.ToPlainText(Assert.IsType<Heading>(blocks[0]).Content));
        Assert.IsType<EditorialNote>(blocks[1]);
        // Issue #12: one u is one turn; the editor's note inside it stays in the turn as an incident.
        var first = Assert.IsType<Turn>(blocks[2]);
        Assert.Equal(SpeakerAttribution.Labelled, first.Attribution);
        Assert.Equal(["\"Bon dia.\"", "Incident(other,\"(Pausa.)\")", "\"Comencem ara.\"", "Incident(applause,\"Aplaudiments.\")"],
            first.Paragraphs.Select(p => ModelDump.Inlines(p.Content)));

        var second = Assert.IsType<Turn>(blocks[3]);
        Assert.Equal(anna.Id, second.SpeakerId);
        Assert.Equal(["\"Gràcies\"", "Incident(inaudible,\"inintel·ligible\") Incident(other,\"Remor de veus.\")"],
            second.Paragraphs.Select(p => ModelDump.Inlines(p.Content)));
        Assert.Equal(3, document.Blocks.OfType<Turn>().Count());
        Assert.Equal(3, document.Blocks.OfType<Turn>().Count(t => t.Attribution == SpeakerAttribution.Labelled));
    }

    [Fact]
    public void Persons_of_listPerson_give_names_roles_organisations_and_label_forms()
    {
        var document = Read("""
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc>
              <profileDesc><particDesc><listPerson>
                <person xml:id="reed" role="interviewer"><persName><forename>Alma</forename><surname>Reed</surname></persName>
                  <persName type="label">ALMA</persName><affiliation><orgName>Radio One</orgName></affiliation></person>
              </listPerson></particDesc></profileDesc></teiHeader>
              <text><body><u who="#reed">Hello.</u></body></text></TEI>
            """);

        var person = document.Participants.Single();
        Assert.Equal(("reed", "Alma Reed", "interviewer", "Radio One"), (person.Id, person.DisplayName, person.Role, person.Organisation));
        Assert.Equal(["ALMA"], person.Aliases);
        Assert.Equal("reed", Assert.IsType<Turn>(Assert.Single(document.Blocks)).SpeakerId);
    }

    [Fact]
    public void Timeline_points_give_turn_starts_and_timestamps()
    {
        var document = Read("""
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
              <timeline unit="ms" origin="#T0"><when xml:id="T0"/><when xml:id="T1" interval="1500" since="#T0"/><when xml:id="T2" interval="500" since="#T1"/></timeline>
              <u who="#a" start="#T1">Now <time synch="#T2">[0:02]</time> later.</u>
            </body></text></TEI>
            """);

        var turn = Assert.IsType<Turn>(Assert.Single(document.Blocks));
        Assert.Equal(TimeSpan.FromMilliseconds(1500), turn.Start);
        Assert.Contains(new Timestamp(TimeSpan.FromSeconds(2), "[0:02]"), turn.Paragraphs[0].Content);
    }

    [Fact]
    public void TeiCorpus_reads_every_TEI_it_holds_in_order()
    {
        var document = Read("""
            <teiCorpus xmlns="http://www.tei-c.org/ns/1.0">
              <teiHeader><fileDesc><titleStmt><title>Corpus</title></titleStmt></fileDesc></teiHeader>
              <TEI><text><body><u who="#a">One.</u></body></text></TEI>
              <TEI><text><body><u who="#b">Two.</u></body></text></TEI>
            </teiCorpus>
            """);

        Assert.Equal("Corpus", document.Metadata.Title);
        Assert.Equal(["a", "b"], document.Blocks.OfType<Turn>().Select(t => t.SpeakerId));
    }

    [Fact]
    public void Xml_that_is_not_tei_is_refused_with_its_root_element()
    {
        const string hansard = "<?xml version=\"1.0\"?><!-- a long comment --><Hansard><Intervention/></Hansard>";
        var reader = new TeiReader();

        Assert.Equal("not TEI (root element Hansard); no reader takes this XML", reader.UnsupportedReason(Encoding.UTF8.GetBytes(hansard)));
        Assert.False(reader.CanSniff(Encoding.UTF8.GetBytes(hansard)));
        var error = Assert.Throws<TranscriptException>(() => Read(hansard, "debates/hansard.xml"));
        Assert.StartsWith("debates/hansard.xml: not TEI (root element Hansard)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text/></TEI>")]
    [InlineData("<?xml version=\"1.0\"?>\n<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\"/>")]
    [InlineData("<TEI><text/></TEI>")]
    public void Tei_roots_are_sniffed_and_taken(string xml)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        var reader = new TeiReader();

        Assert.True(reader.CanSniff(bytes));
        Assert.Null(reader.UnsupportedReason(bytes));
    }

    [Theory]
    [InlineData("session.xml")]
    [InlineData("session.tei.xml")]
    [InlineData("session.TEI.XML")]
    public void Registry_gives_xml_files_to_the_tei_reader(string fileName) =>
        Assert.Equal("tei", BuiltInFormats.CreateRegistry().FindReader(fileName, [])?.Name);

    [Fact]
    public void Malformed_xml_is_an_error_naming_the_file_and_line()
    {
        var error = Assert.Throws<TranscriptException>(() => Read("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text>\n</TEI>", "broken.tei.xml"));

        Assert.Equal("broken.tei.xml", error.SourcePath);
        Assert.Equal(3, error.Line);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"no-such-encoding\"?><TEI/>")]
    [InlineData("\u0000\u0001<TEI")]
    [InlineData("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><timeline unit=\"d\"><when xml:id=\"a\"/><when xml:id=\"b\" interval=\"1e27\" since=\"#a\"/></timeline><u who=\"#x\" start=\"#b\">x</u></body></text></TEI>")]
    public void Odd_input_is_read_or_refused_with_a_transcript_error(string xml)
    {
        var error = Record.Exception(() => Read(xml));

        Assert.True(error is null or TranscriptException, $"expected a document or a TranscriptException, got {error}");
        if (error is TranscriptException refused)
            Assert.False(string.IsNullOrWhiteSpace(refused.Reason), "a refusal must say why");
    }
}
