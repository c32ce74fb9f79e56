using System.Collections.Immutable;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.XPath;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats;
using Pipeline.Formats.Writers.Tei;
using Pipeline.Tests.TestSupport;
using static Pipeline.Tests.Formats.Writers.Tei.TeiTestSupport;

namespace Pipeline.Tests.Formats.Writers.Tei;

public sealed class TeiWriterTests
{
    private static readonly XmlNamespaceManager Ns = Namespaces();

    private static IEnumerable<XElement> Select(XNode node, string xpath) => node.XPathSelectElements(xpath, Ns);

    private static XElement One(XNode node, string xpath) => Assert.Single(Select(node, xpath));

    private static string? Value(XNode node, string xpath) =>
        (node.XPathEvaluate($"string({xpath})", Ns) as string) is { Length: > 0 } value ? value : null;

    public static TheoryData<string> DocumentNames() => new(Names);

    [Fact]
    public void Writer_is_registered_as_tei_with_the_tei_xml_extension()
    {
        var writer = BuiltInFormats.CreateRegistry().GetWriter("tei");
        Assert.IsType<TeiWriter>(writer);
        Assert.Equal(".tei.xml", writer.Extension);
    }

    // ---- Turns and speakers ----

    [Fact]
    public void Turns_are_u_elements_whose_who_points_at_a_person()
    {
        var tei = Write(SampleDocuments.AllNodeTypes());
        var who = Select(tei, "//t:body//t:u").Select(u => (string?)u.Attribute("who")).ToList();
        Assert.Equal(["#smith", "#doe", "#smith", "#doe", "#audience"], who);

        var persons = Select(tei, "//t:particDesc/t:listPerson/t:person").ToList();
        Assert.Equal(["smith", "doe", "audience"], persons.Select(p => (string?)p.Attribute(Xml + "id")));
        Assert.Equal(["interviewer", "interviewee", null], persons.Select(p => (string?)p.Attribute("role")));
    }

    [Fact]
    public void Paraphrased_and_inferred_turns_point_at_their_categories()
    {
        var tei = Write(SampleDocuments.AllNodeTypes());
        Assert.Equal("Asked about his father.", One(tei, "//t:u[@ana='#paraphrase']").Value);
        Assert.Equal("#doe", (string?)One(tei, "//t:u[@ana='#inferred']").Attribute("who"));
        Assert.Equal(3, Select(tei, "//t:u[not(@ana)]").Count());
        One(tei, "//t:encodingDesc/t:classDecl/t:taxonomy/t:category[@xml:id='paraphrase']/t:catDesc");
        One(tei, "//t:encodingDesc/t:classDecl/t:taxonomy/t:category[@xml:id='inferred']/t:catDesc");
    }

    [Fact]
    public void Persons_carry_name_label_aliases_and_organisation()
    {
        var tei = Write(SampleDocuments.AllNodeTypes());
        var smith = One(tei, "//t:person[@xml:id='smith']");
        Assert.Equal("Jane Smith", Value(smith, "t:persName[not(@type)]"));
        Assert.Equal(["JANE SMITH", "Smith"], Select(smith, "t:persName[@type='label']").Select(e => e.Value));
        Assert.Equal("Example Radio", Value(smith, "t:affiliation/t:orgName"));
        Assert.Empty(Select(tei, "//t:person[@xml:id='doe']/t:affiliation"));
    }

    [Fact]
    public void Multi_paragraph_turns_hold_one_seg_per_paragraph()
    {
        var tei = Write(SampleDocuments.AllNodeTypes());
        var doe = Select(tei, "//t:u[@who='#doe']").First();
        Assert.Equal(3, doe.Elements(TeiNs + "seg").Count());
        Assert.Empty(doe.Nodes().OfType<XText>());
        Assert.Empty(Select(tei, "//t:u[@ana='#paraphrase']/t:seg"));
    }

    [Fact]
    public void Speaker_missing_from_the_participants_gets_a_person_and_a_warning()
    {
        var (bytes, diagnostics) = WriteBytes(TurnsBeforeHeading());
        var tei = Parse(bytes);
        var person = One(tei, "//t:person[t:persName='unlisted speaker!']");
        Assert.Equal("unlisted-speaker", (string?)person.Attribute(Xml + "id"));
        One(tei, "//t:u[@who='#unlisted-speaker']");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCode.UnknownSpeaker && d.Argument("speaker") == "unlisted speaker!");
    }

    [Fact]
    public void Ids_are_unique_ascii_ncnames_and_every_pointer_resolves()
    {
        foreach (var name in Names)
        {
            var tei = Write(Named(name));
            var ids = tei.Descendants().Select(e => (string?)e.Attribute(Xml + "id")).Where(id => id is not null).Select(id => id!).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            foreach (var id in ids)
            {
                Assert.True(TeiIds.IsSafeNcName(id), $"{name}: '{id}' is not a safe NCName");
                XmlConvert.VerifyNCName(id);
            }

            var pointers = tei.Descendants()
                .SelectMany(e => new[] { "who", "ana", "start", "synch", "origin", "since" }.Select(a => (string?)e.Attribute(a)))
                .Concat(Select(tei, "//t:ptr").Select(p => (string?)p.Attribute("target")))
                .Where(p => p is not null)
                .SelectMany(p => p!.Split(' '));
            foreach (var pointer in pointers)
            {
                Assert.StartsWith("#", pointer, StringComparison.Ordinal);
                Assert.Contains(pointer[1..], ids);
            }
        }
    }

    [Fact]
    public void Participant_ids_that_are_not_ncnames_or_collide_are_rewritten()
    {
        var (bytes, diagnostics) = WriteBytes(Awkward());
        var tei = Parse(bytes);
        var ids = Select(tei, "//t:person").Select(p => (string?)p.Attribute(Xml + "id")).ToList();
        Assert.Equal(["id-1st-speaker", "paraphrase-2", "T0-2", "person4", "person5"], ids);
        Assert.Equal("guest-speaker", (string?)One(tei, "//t:person[@xml:id='id-1st-speaker']").Attribute("role"));
        Assert.Equal("#paraphrase-2", (string?)One(tei, "//t:u[@ana='#paraphrase']").Attribute("who"));
        Assert.Equal("Да.", One(tei, "//t:u[@who='#person4']").Value);
        Assert.Equal("Нет.", One(tei, "//t:u[@who='#person5']").Value);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCode.ParticipantIdRenamed && d.Argument("participant") == "1st speaker");
    }

    // ---- Footnotes ----

    [Fact]
    public void Footnote_content_is_a_note_at_its_marker()
    {
        var tei = Write(SampleDocuments.AllNodeTypes());
        var note = One(tei, "//t:u/t:seg/t:note[@place='foot'][@n='*']");
        Assert.Equal("Leeds, West Yorkshire.", note.Value);
        Assert.Equal(".", (note.PreviousNode as XText)?.Value);
        Assert.Equal(" My mother said ", (note.NextNode as XText)?.Value);

        var second = One(tei, "//t:u[@ana='#inferred']/t:note[@place='foot'][@n='2']");
        Assert.Equal("He worked at the mill.", (second.PreviousNode as XText)?.Value);
        Assert.Equal("https://example.org/mill", Value(second, "t:ref/@target"));
        Assert.Empty(Select(tei, "//t:back"));
    }

    [Fact]
    public void Repeated_nested_self_missing_and_orphan_footnotes_are_all_kept()
    {
        var (bytes, diagnostics) = WriteBytes(Awkward());
        var tei = Parse(bytes);
        var first = One(tei, "//t:u/t:note[@xml:id='fn1']");
        One(first, "t:note[@xml:id='fn2'][@n='2']/t:p[2]");
        Assert.Equal("#fn1", Value(tei, "//t:u/t:ptr[@type='footnote']/@target"));
        Assert.Equal("#self", Value(tei, "//t:note[@xml:id='self']/t:ptr/@target"));
        One(tei, "//t:u/t:note[@place='foot'][@n='9'][not(node())]");
        Assert.Equal("Only an orphan refers to me.", Value(tei, "/t:TEI/t:text/t:back/t:note[@xml:id='orphan']/t:note[@xml:id='orphan2']"));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCode.FootnoteReferenceUnresolved && d.Argument("footnote") == "nope");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCode.FootnoteInBack && d.Argument("footnote") == "orphan");
    }

    // ---- Time ----

    [Fact]
    public void Turn_starts_and_timestamps_point_into_a_timeline_in_seconds_from_T0()
    {
        var tei = Write(SampleDocuments.AllNodeTypes());
        var timeline = One(tei, "/t:TEI/t:text/t:body/t:timeline");
        Assert.Equal("s", (string?)timeline.Attribute("unit"));
        Assert.Equal("#T0", (string?)timeline.Attribute("origin"));
        var whens = timeline.Elements(TeiNs + "when").ToList();
        Assert.Equal(["T0", "T65", "T754"], whens.Select(w => (string?)w.Attribute(Xml + "id")));
        Assert.Equal([null, "65", "754"], whens.Select(w => (string?)w.Attribute("interval")));
        Assert.All(whens.Skip(1), w => Assert.Equal("#T0", (string?)w.Attribute("since")));

        Assert.Equal("#T0", Value(tei, "//t:u[1]/@start"));
        Assert.Equal("#T65", (string?)Select(tei, "//t:u[@who='#doe']").First().Attribute("start"));
        var time = One(tei, "//t:u//t:time");
        Assert.Equal("#T754", (string?)time.Attribute("synch"));
        Assert.Equal("[00:12:34]", time.Value);
        Assert.Empty(Select(tei, "//t:u[@ana]/@start/.."));
    }

    [Fact]
    public void Fractional_seconds_and_repeated_times_share_one_when()
    {
        var tei = Write(Awkward());
        Assert.Equal(["T0", "T1.5", "T3"], Select(tei, "//t:timeline/t:when").Select(w => (string?)w.Attribute(Xml + "id")));
        Assert.Equal("1.5", Value(tei, "//t:when[@xml:id='T1.5']/@interval"));
        Assert.Equal(["#T1.5", "#T0"], Select(tei, "//t:time").Select(a => (string?)a.Attribute("synch")));
    }

    [Fact]
    public void No_times_means_no_timeline()
    {
        Assert.Empty(Select(Write(SampleDocuments.Cyrillic()), "//t:timeline"));
    }

    // ---- Structure ----

    [Fact]
    public void Sections_are_numbered_divs_with_heads_and_front_matter_comes_first()
    {
        var tei = Write(SampleDocuments.AllNodeTypes());
        var divs = Select(tei, "/t:TEI/t:text/t:body/t:div").ToList();
        Assert.Equal(["front", "section", "section"], divs.Select(d => (string?)d.Attribute("type")));
        Assert.Equal([null, "1", "2"], divs.Select(d => (string?)d.Attribute("n")));
        Assert.Equal("Early life", Value(divs[1], "t:head"));
        Assert.Equal("style", Value(divs[2], "t:head/t:hi[@rend='italic']"));
        var subsection = One(divs[1], "t:div[@type='subsection']");
        Assert.Equal("1.1", (string?)subsection.Attribute("n"));
        Assert.Equal("A subsection", Value(subsection, "t:head"));
        Assert.Equal("#audience", Value(subsection, "t:u/@who"));
        Assert.Equal("The recorder is switched off.", Value(subsection, "t:stage"));
    }

    [Fact]
    public void Subheadings_nest_by_level_in_front_matter_and_sections()
    {
        var tei = Write(TurnsBeforeHeading());
        var front = One(tei, "//t:body/t:div[@type='front']");
        Assert.Equal(2, front.Elements(TeiNs + "u").Count());
        Assert.Equal("0.1", Value(front, "t:div/@n"));
        var section = One(tei, "//t:body/t:div[@type='section']");
        Assert.Equal(["1.1", "1.2"], section.Elements(TeiNs + "div").Select(d => (string?)d.Attribute("n")));

        var headings = Write(OnlyHeadings());
        Assert.Equal(["1", "2", "3"], Select(headings, "//t:body/t:div[@type='section']").Select(d => (string?)d.Attribute("n")));
        One(headings, "//t:div[@n='1']/t:div[@type='subsection'][@n='1.1']/t:head[.='One point one']");
        Assert.Empty(Select(headings, "//t:div[@type='front']"));
    }

    [Fact]
    public void Empty_document_still_has_a_body_division()
    {
        var tei = Write(Empty());
        One(tei, "/t:TEI/t:text/t:body/t:div[@type='front'][not(node())]");
        Assert.Empty(Select(tei, "//t:particDesc"));
    }

    [Fact]
    public void Editorial_notes_carry_their_kind_and_narrative_is_p()
    {
        var tei = Write(SampleDocuments.AllNodeTypes());
        var preamble = One(tei, "//t:div[@type='front']/t:note[@type='editorial'][@subtype='preamble']");
        Assert.Equal(2, preamble.Elements(TeiNs + "p").Count());
        Assert.Equal("Doe talks about where he grew up.", Value(tei, "//t:note[@type='editorial'][@subtype='summary']"));
        Assert.Equal("The tape ends here.", Value(tei, "//t:note[@type='editorial'][@subtype='aside']"));
        Assert.Equal("A narrative paragraph with no speaker.", Value(tei, "//t:div[@type='front']/t:p"));
    }

    // ---- Inlines ----

    [Fact]
    public void Inlines_map_to_tei_phrase_elements()
    {
        var tei = Write(SampleDocuments.AllNodeTypes());
        Assert.Equal("Leeds", Value(tei, "//t:u//t:hi[@rend='italic']"));
        Assert.Equal("really", Value(tei, "//t:hi[@rend='bold']"));
        Assert.Equal("never again", Value(tei, "//t:q"));
        Assert.Equal("the archive", Value(tei, "//t:ref[@target='https://example.org/leeds']"));
        One(tei, "//t:seg/t:lb");
        Assert.Equal("inaudible", Value(tei, "//t:gap[@reason='inaudible']/t:desc"));
        Assert.Equal("laughs", Value(tei, "//t:vocal[@type='laughter']/t:desc"));
        Assert.Equal("crosstalk", Value(tei, "//t:vocal[@type='crosstalk']/t:desc"));
        Assert.Equal("applause", Value(tei, "//t:kinesic[@type='applause']/t:desc"));
        Assert.Equal("door slams", Value(tei, "//t:incident[@type='noise']/t:desc"));
        Assert.Equal("phone rings", Value(tei, "//t:incident[not(@type)]/t:desc"));
        One(tei, "//t:u/t:pause");
    }

    [Fact]
    public void A_pause_with_its_own_words_keeps_them()
    {
        var tei = Write(Awkward());
        Assert.Equal("long pause", Value(tei, "//t:incident[@type='pause']/t:desc"));
        One(tei, "//t:pause");
    }

    [Fact]
    public void Link_targets_are_escaped_into_valid_uris()
    {
        var tei = Write(Awkward());
        var refs = Select(tei, "//t:ref").ToList();
        Assert.Equal("http://example.org/a%20path/%C3%BC?q=1#x%23y%20%25zz", (string?)refs[0].Attribute("target"));
        Assert.Null(refs[1].Attribute("target"));
        Assert.Equal("empty link", refs[1].Value);
    }

    [Fact]
    public void Every_word_of_the_text_appears_in_the_tei_text_exactly_as_often()
    {
        foreach (var name in Names)
        {
            var document = Named(name);
            var expected = ModelWords(document);
            var actual = TeiWords(Write(document));
            var missing = Missing(expected, actual);
            var extra = Missing(actual, expected);
            Assert.True(missing.Count == 0, $"{name}: missing from TEI: {string.Join(" ", missing)}");
            Assert.True(extra.Count == 0, $"{name}: in TEI but not in the model: {string.Join(" ", extra)}");
        }
    }

    // ---- Header ----

    [Fact]
    public void Header_carries_the_metadata()
    {
        var tei = Write(SampleDocuments.AllNodeTypes());
        Assert.Equal("en", (string?)tei.Root!.Attribute(Xml + "lang"));
        var file = One(tei, "/t:TEI/t:teiHeader/t:fileDesc");
        Assert.Equal("Every node type: a test transcript", Value(file, "t:titleStmt/t:title[@type='main']"));
        Assert.Equal("Generated for writer tests", Value(file, "t:titleStmt/t:title[@type='sub']"));
        One(file, "t:titleStmt/t:respStmt[t:resp][t:name]");
        Assert.Equal("Pipeline test suite", Value(file, "t:publicationStmt/t:publisher"));
        Assert.Equal("test-all-node-types", Value(file, "t:publicationStmt/t:idno[@type='local']"));
        Assert.Equal("CC BY 4.0", Value(file, "t:publicationStmt/t:availability/t:licence"));
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", Value(file, "t:publicationStmt/t:availability/t:licence/@target"));
        Assert.Equal("2024-03-05", Value(file, "t:publicationStmt/t:date/@when"));
        Assert.Equal("extracts", Value(file, "t:notesStmt/t:note"));
        Assert.Equal("all-node-types.txt", Value(file, "t:sourceDesc/t:bibl/t:idno[@type='filename']"));
        Assert.Equal("test", Value(file, "t:sourceDesc/t:bibl/t:note[@type='format']"));
        Assert.Equal("2024-03-05", Value(file, "t:sourceDesc/t:recordingStmt/t:recording/t:date/@when"));

        Assert.Contains(Select(tei, "//t:encodingDesc/t:editorialDecl/t:p"), p => p.Value.Contains("#paraphrase", StringComparison.Ordinal));
        var profile = One(tei, "/t:TEI/t:teiHeader/t:profileDesc");
        Assert.Equal("A document that uses every node of the canonical model.", Value(profile, "t:abstract/t:p"));
        Assert.Equal("en", Value(profile, "t:langUsage/t:language/@ident"));
        Assert.Equal("English", Value(profile, "t:langUsage/t:language"));
        Assert.Equal("Leeds", Value(profile, "t:settingDesc/t:setting/t:placeName"));
        Assert.Equal("2024-03-05", Value(profile, "t:settingDesc/t:setting/t:date/@when"));
    }

    [Fact]
    public void Header_without_metadata_uses_fallbacks_and_a_content_hash_id()
    {
        var tei = Write(Empty());
        Assert.Equal("en", (string?)tei.Root!.Attribute(Xml + "lang"));
        Assert.Equal("empty", Value(tei, "//t:titleStmt/t:title"));
        Assert.Equal("derived", Value(tei, "//t:titleStmt/t:title/@subtype"));
        Assert.Null(Value(tei, "//t:publicationStmt/t:publisher"));
        One(tei, "//t:publicationStmt/t:distributor");
        var id = Value(tei, "//t:publicationStmt/t:idno[@type='content-hash']");
        Assert.Matches("^transcript-[0-9a-f]{16}$", id);
        Assert.Empty(Select(tei, "//t:availability"));
        Assert.Empty(Select(tei, "//t:publicationStmt/t:date"));
        Assert.Empty(Select(tei, "//t:recordingStmt"));
        Assert.Empty(Select(tei, "//t:settingDesc"));
        Assert.Empty(Select(tei, "//t:notesStmt"));

        Assert.Equal(id, Value(Write(Empty()), "//t:publicationStmt/t:idno"));
        Assert.NotEqual(id, Value(Write(NoParticipants()), "//t:publicationStmt/t:idno"));
    }

    [Fact]
    public void Edition_date_is_the_build_time_when_one_is_given()
    {
        var options = new WriterOptions(BuildTime: new DateTimeOffset(2025, 1, 2, 23, 30, 0, TimeSpan.FromHours(-5)));
        var tei = Write(SampleDocuments.AllNodeTypes(), options);
        Assert.Equal("2025-01-03", Value(tei, "//t:publicationStmt/t:date/@when"));
        Assert.Equal("2024-03-05", Value(tei, "//t:recording/t:date/@when"));
    }

    [Fact]
    public void Partial_and_unparseable_dates_keep_their_text()
    {
        var document = OnlyHeadings();
        Assert.Equal("2020-02", Value(Write(document), "//t:recording/t:date/@when"));
        var odd = Write(document with { Metadata = document.Metadata with { Date = "spring 2020" } });
        var date = One(odd, "//t:recording/t:date");
        Assert.Null(date.Attribute("when"));
        Assert.Equal("spring 2020", date.Value);
        Assert.Equal("headings.txt", Value(odd, "//t:bibl/t:idno[@type='filename']"));
    }

    [Fact]
    public void Language_comes_from_the_metadata()
    {
        var cyrillic = Write(SampleDocuments.Cyrillic());
        Assert.Equal("ru", (string?)cyrillic.Root!.Attribute(Xml + "lang"));
        Assert.Equal("Russian", Value(cyrillic, "//t:langUsage/t:language[@ident='ru']"));
        Assert.Equal("Москва", Value(cyrillic, "//t:setting/t:placeName"));
        Assert.Equal("NBC", Value(cyrillic, "//t:person[@xml:id='simmons']/t:affiliation/t:orgName"));

        var german = Write(TurnsBeforeHeading());
        Assert.Equal("de-DE", (string?)german.Root!.Attribute(Xml + "lang"));
        Assert.Equal("German", Value(german, "//t:langUsage/t:language[@ident='de-DE']"));

        var document = SampleDocuments.Cyrillic();
        var brazil = Write(document with { Metadata = document.Metadata with { Language = "pt_BR" } });
        Assert.Equal("pt-BR", (string?)brazil.Root!.Attribute(Xml + "lang"));
        Assert.Equal("Portuguese", Value(brazil, "//t:langUsage/t:language"));

        var (bytes, diagnostics) = WriteBytes(Awkward());
        Assert.Equal("en", (string?)Parse(bytes).Root!.Attribute(Xml + "lang"));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCode.LanguageNotBcp47 && d.Argument("language") == "not a language!");
    }

    [Fact]
    public void Rights_without_a_known_licence_have_no_target_and_uri_identifiers_are_typed()
    {
        var tei = Write(Awkward());
        var licence = One(tei, "//t:availability/t:licence");
        Assert.Equal("All rights reserved", licence.Value);
        Assert.Null(licence.Attribute("target"));
        Assert.Equal("https://example.org/t/1", Value(tei, "//t:publicationStmt/t:idno[@type='URI']"));
    }

    // ---- Characters, bytes, layout ----

    [Fact]
    public void Characters_xml_forbids_are_removed_and_reported_once_with_their_places()
    {
        var (bytes, diagnostics) = WriteBytes(SampleDocuments.HostileText());
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.DoesNotContain(text, c => c < 0x20 && c is not '\n');
        Assert.DoesNotContain('\uFFFE', text);
        Assert.Contains("NUL BEL VT FF ESC", Parse(bytes).Root!.Value, StringComparison.Ordinal);

        var warning = Assert.Single(diagnostics, d => d.Code == DiagnosticCode.CharactersRemoved);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("9", warning.Argument("count"));
        Assert.Contains("removed 9 characters", warning.Message, StringComparison.Ordinal);
        Assert.Contains("1 in metadata title", warning.Message, StringComparison.Ordinal);
        Assert.Contains("1 in block 1 (heading)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("7 in block 2 (turn by a)", warning.Message, StringComparison.Ordinal);

        Assert.DoesNotContain(WriteBytes(SampleDocuments.AllNodeTypes()).Diagnostics, d => d.Code == DiagnosticCode.CharactersRemoved);
    }

    [Fact]
    public void Removed_characters_in_footnotes_names_and_links_are_counted_too()
    {
        var document = new TranscriptDocument(
            DocumentMetadata.Empty,
            [new Participant("x", "X\u0001", "speaker\u0002", "Org\u0003", ["X\u0004"])],
            [new Turn("x", SpeakerAttribution.Labelled, [new Paragraph([new Link("http://a\u0005", [new Text("l")]), new FootnoteReference("f", "*")])])],
            [new Footnote("f", "*", [new Paragraph([new Text("note\u0006")])])],
            [],
            new SourceInfo("x.txt", "test", null));
        var (bytes, diagnostics) = WriteBytes(document);
        Parse(bytes);
        var warning = Assert.Single(diagnostics, d => d.Code == DiagnosticCode.CharactersRemoved);
        Assert.Contains("removed 6 characters", warning.Message, StringComparison.Ordinal);
        Assert.Contains("4 in participant 'x'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("1 in block 1 (turn by x)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("1 in footnote f", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DocumentNames))]
    public void Output_is_byte_identical_utf8_without_bom_with_lf_line_ends(string name)
    {
        var first = WriteBytes(Named(name)).Bytes;
        var second = WriteBytes(Named(name)).Bytes;
        Assert.Equal(first, second);
        Assert.False(first.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "BOM");
        Assert.DoesNotContain((byte)'\r', first);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TEI ", Encoding.UTF8.GetString(first), StringComparison.Ordinal);
        Assert.Equal((byte)'\n', first[^1]);
        Assert.NotEqual((byte)'\n', first[^2]);
    }

    [Fact]
    public void Indentation_never_adds_whitespace_inside_elements_that_hold_text()
    {
        var structural = new HashSet<string>(StringComparer.Ordinal)
        {
            "TEI", "teiHeader", "fileDesc", "titleStmt", "respStmt", "publicationStmt", "availability", "notesStmt", "sourceDesc",
            "recordingStmt", "recording", "encodingDesc", "editorialDecl", "classDecl", "taxonomy", "category", "profileDesc",
            "abstract", "langUsage", "particDesc", "listPerson", "person", "settingDesc", "setting", "text", "body", "back",
            "timeline", "div",
        };
        foreach (var name in Names)
        {
            var tei = Write(Named(name));
            foreach (var text in tei.DescendantNodes().OfType<XText>().Where(t => t.Parent is not null && t.Value.Contains('\n', StringComparison.Ordinal)))
            {
                Assert.True(string.IsNullOrWhiteSpace(text.Value), $"{name}: newline in text '{text.Value}'");
                Assert.Contains(text.Parent!.Name.LocalName, structural);
            }

            // ...and element-only containers hold no text but that indentation
            foreach (var element in tei.Descendants().Where(e => structural.Contains(e.Name.LocalName)))
                Assert.All(element.Nodes().OfType<XText>(), t => Assert.True(string.IsNullOrWhiteSpace(t.Value)));
        }
    }

    [Fact]
    public void Writes_to_a_forward_only_stream_and_leaves_it_open()
    {
        using var inner = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(inner);
        new TeiWriter().Write(SampleDocuments.AllNodeTypes(), forwardOnly, new WriterContext());
        forwardOnly.WriteByte((byte)' ');
        Assert.Equal(WriteBytes(SampleDocuments.AllNodeTypes()).Bytes.Append((byte)' '), inner.ToArray());
    }

    [Fact]
    public void Large_documents_are_written_whole()
    {
        static TranscriptDocument Build(int turns)
        {
            var blocks = ImmutableArray.CreateBuilder<Block>();
            var footnotes = ImmutableArray.CreateBuilder<Footnote>();
            var participants = Enumerable.Range(0, 200).Select(i => new Participant($"p{i}", $"Person {i}", null, null, [])).ToImmutableArray();
            for (var i = 0; i < turns; i++)
            {
                if (i % 100 == 0)
                    blocks.Add(new Heading(1, [new Text($"Section {i}")]));
                blocks.Add(new Turn($"p{i % 200}", SpeakerAttribution.Labelled,
                    [new Paragraph([new Text($"Turn {i} says something."), new Timestamp(TimeSpan.FromSeconds(i), "[t]"), new FootnoteReference($"f{i}", "*")])],
                    TimeSpan.FromSeconds(i)));
                footnotes.Add(new Footnote($"f{i}", "*", [new Paragraph([new Text($"Note {i}.")])]));
            }

            return new TranscriptDocument(DocumentMetadata.Empty, participants, blocks.ToImmutable(), footnotes.ToImmutable(), [], new SourceInfo("big.txt", "test", null));
        }

        // Speed is measured in benchmarks, never in unit tests; this checks a large document comes out whole.
        var small = Build(1_000);
        Assert.Equal(1_000, Select(Write(small), "//t:u/t:note[@place='foot']").Count());
        Assert.Equal(1_000, Select(Write(small), "//t:timeline/t:when").Count());
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
