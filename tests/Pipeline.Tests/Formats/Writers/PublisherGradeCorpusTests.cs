using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Writers;

/// <summary>Issue 14, "done when", over the seed and the corpus files the issue names (the SCOTUS argument, the UK
/// Hansard and French Commons pages, and the SDNY trial day for the caption block): no TEI <c>u</c> is page furniture
/// or a stage direction, the SCOTUS word index is back matter and its caption front matter, and every PDF passes
/// <c>qpdf --check</c>. Its other done-when items live beside the code they test: the spaces in <c>u</c> of every text
/// file and the SCOTUS headings and title (CourtTranscriptFurnitureTests), no SCOTUS page ending with a speaker's name
/// (PdfPublisherLayoutTests), the seed Markdown title once (DocumentTitleWriterTests), the French PDF's words
/// (InterfaceLanguageWriterTests).</summary>
[Trait("Category", "External")]
public sealed partial class PublisherGradeCorpusTests
{
    private const string Scotus = "corpus/court/scotus-11-398-hhs-v-florida-2012-03-26.txt";
    private const string Guo = "corpus-2/court/us-v-guo-sdny-2024-05-28-trial-crlf.txt";
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    /// <summary>A page:line reference list as an index prints it (<c>39:3,10 44:2</c>).</summary>
    [GeneratedRegex(@"\b\d{1,2}:\d{1,2}(?:,\d{1,2})+ \d{1,2}:\d{1,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex IndexReferences();

    [GeneratedRegex(@"^\s*(?:\d{1,2} \p{L}+ \d{4}\s*:\s*)?Column\s+\d+\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ColumnMarker();

    [GeneratedRegex(@"^\s*\([^()]*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex WhollyParenthesised();

    public static TheoryData<string> Named() => new()
    {
        "seed",
        Scotus,
        Guo,
        "corpus/parliament-html/uk-hansard-commons-2011-07-19-oral-answers.html",
        "corpus/parliament-html/ca-hoc-2015-12-04-fr-alpheus.html",
    };

    [Theory]
    [MemberData(nameof(Named))]
    public void No_tei_u_holds_a_space_run_a_column_marker_or_a_stage_direction_alone(string name)
    {
        var tei = TeiOf(Load(name));
        var offenders = tei.Descendants(Tei + "u").Select(u => u.Value)
            .Where(v => v.Contains("   ", StringComparison.Ordinal) || ColumnMarker().IsMatch(v) || WhollyParenthesised().IsMatch(v))
            .ToList();
        Assert.True(offenders.Count == 0, $"{offenders.Count} u, e.g. '{offenders.FirstOrDefault()}'");
    }

    [Fact]
    public void Scotus_word_index_is_back_matter_out_of_the_body_and_written_only_with_keep_index()
    {
        var document = Load(Scotus);
        var index = Assert.IsType<WordIndex>(document.Index);
        Assert.True(index.Entries.Length > 1000, $"{index.Entries.Length} entries");
        Assert.True(index.Lines > 600, $"{index.Lines} lines");
        Assert.Contains(document.Diagnostics, d => d.Message.StartsWith($"word index of {index.Entries.Length} entries on {index.Lines} lines", StringComparison.Ordinal));

        var tei = TeiOf(document);
        var body = tei.Descendants(Tei + "body").Single().Value;
        Assert.DoesNotMatch(IndexReferences(), body);
        Assert.Empty(tei.Descendants(Tei + "back"));
        Assert.True(tei.Descendants(Tei + "body").Single().Descendants(Tei + "head").Count() >= 2);
        Assert.NotEqual("Untitled transcript", tei.Descendants(Tei + "titleStmt").Single().Element(Tei + "title")!.Value);

        var kept = TeiOf(document, new WriterOptions(KeepIndex: true));
        var items = kept.Descendants(Tei + "back").Single().Elements(Tei + "div").Single(d => (string?)d.Attribute("type") == "index").Descendants(Tei + "item").ToList();
        Assert.Equal(index.Entries.Length, items.Count);
        Assert.DoesNotMatch(IndexReferences(), kept.Descendants(Tei + "body").Single().Value);
    }

    [Theory]
    [InlineData(Scotus, "APPEARANCES:", "C O N T E N T S")]
    [InlineData(Guo, "Before:", "ALSO PRESENT:")]
    public void Court_caption_appearances_and_contents_are_tei_front_matter_and_no_speech(string name, string first, string second)
    {
        var document = Load(name);
        var tei = TeiOf(document);
        var front = tei.Descendants(Tei + "front").Single().Value;
        Assert.Contains(first, front, StringComparison.Ordinal);
        Assert.Contains(second, front, StringComparison.Ordinal);
        var body = tei.Descendants(Tei + "body").Single();
        Assert.DoesNotContain(first, body.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(second, body.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Participants, p => p.Aliases.Any(a => string.Equals(a, second.TrimEnd(':'), StringComparison.OrdinalIgnoreCase)));
        Assert.True(body.Descendants(Tei + "u").Count() > 200);
    }

    [Fact]
    public void Scotus_tei_with_front_matter_and_the_kept_index_is_valid_tei_all()
    {
        var jing = ExternalTool.Require("jing");
        var schema = RepoPaths.RequireShared("schemas/tei_all.rng");
        var folder = RepoPaths.NewTempFolder();
        var document = Load(Scotus);
        var paths = new List<string>();
        foreach (var keep in (bool[])[false, true])
        {
            var path = Path.Combine(folder, $"scotus-{keep}.tei.xml");
            File.WriteAllBytes(path, RealTranscripts.Write("tei", document, new WriterOptions(KeepIndex: keep)).Bytes);
            paths.Add(path);
        }

        var (exit, output) = ExternalTool.Run(jing, [schema, .. paths]);
        Assert.True(exit == 0, output);
    }

    [Theory]
    [MemberData(nameof(Named))]
    public void Qpdf_check_exits_0_on_every_named_pdf(string name)
    {
        var qpdf = ExternalTool.Require("qpdf");
        var folder = RepoPaths.NewTempFolder();
        var document = Load(name);
        foreach (var keep in document.Index is null ? (bool[])[false] : [false, true])
        {
            var path = Path.Combine(folder, $"out-{keep}.pdf");
            File.WriteAllBytes(path, RealTranscripts.Write("pdf", document, new WriterOptions(KeepIndex: keep)).Bytes);
            var (exit, output) = ExternalTool.Run(qpdf, ["--check", path]);
            Assert.True(exit == 0, $"qpdf --check exited {exit} (keep index: {keep}): {output}");
            Assert.DoesNotContain("WARNING", output, StringComparison.Ordinal);
        }
    }

    private static TranscriptDocument Load(string name)
    {
        var path = name == "seed" ? RepoPaths.RequireSeed() : RepoPaths.RequireShared(name);
        return new Pipeline.Core.Engine.DocumentLoader(Pipeline.Formats.BuiltInFormats.CreateRegistry())
            .Load(new Pipeline.Core.Engine.InputFile(path, path, Path.GetFileName(path))).Document;
    }

    private static XDocument TeiOf(TranscriptDocument document, WriterOptions? options = null) =>
        XDocument.Parse(Encoding.UTF8.GetString(RealTranscripts.Write("tei", document, options).Bytes));
}
