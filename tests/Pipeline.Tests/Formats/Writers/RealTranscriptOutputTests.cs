using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Pipeline.Core.Model;
using Pipeline.Tests.Formats.Writers.Pdf;
using Pipeline.Tests.TestSupport;
using UglyToad.PdfPig;

namespace Pipeline.Tests.Formats.Writers;

/// <summary>Every writer on the seed and on every input/ sample: valid, complete and deterministic.</summary>
[Trait("Category", "External")]
public sealed class RealTranscriptOutputTests
{
    [Theory]
    [MemberData(nameof(RealTranscripts.Names), MemberType = typeof(RealTranscripts))]
    public void Every_writer_gives_identical_bytes_on_two_runs(string name)
    {
        var document = RealTranscripts.Read(name);
        foreach (var writer in Pipeline.Formats.BuiltInFormats.CreateRegistry().Writers)
            Assert.True(RealTranscripts.Write(writer.Name, document).Bytes.SequenceEqual(RealTranscripts.Write(writer.Name, document).Bytes), $"{writer.Name} output of {name} differs between runs");
    }

    [Theory]
    [MemberData(nameof(RealTranscripts.Names), MemberType = typeof(RealTranscripts))]
    public void Docx_passes_the_OpenXml_validator(string name)
    {
        var (bytes, _) = RealTranscripts.Write("docx", RealTranscripts.Read(name));
        using var stream = new MemoryStream(bytes);
        using var package = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(package, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(RealTranscripts.Names), MemberType = typeof(RealTranscripts))]
    public void Pdf_gives_back_every_word_in_reading_order_with_a_bookmark_per_section(string name)
    {
        var document = RealTranscripts.Read(name);
        var (bytes, _) = RealTranscripts.Write("pdf", document);
        // Compare letter-and-digit runs: the PDF may set a footnote marker or a no-break space as its own gap.
        var expected = Tokens(PdfText.SourceWords(document));
        var actual = Tokens(PdfText.BodyWords(bytes));
        var missing = PdfText.FirstMissingInOrder(expected, actual);
        Assert.True(missing < 0, missing < 0 ? "" : $"word {missing} '{expected[missing]}' of {name} is missing or out of order");

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(DocumentTitle.Of(document).Text, pdf.Information.Title);
        var sections = document.Blocks.Count(b => b is Heading { Level: 1 });
        if (sections > 0)
        {
            Assert.True(pdf.TryGetBookmarks(out var bookmarks));
            Assert.Equal(sections, bookmarks.Roots.Count);
        }
    }

    [Fact]
    public void Tei_of_the_seed_and_every_sample_is_valid_against_tei_all_with_jing()
    {
        var jing = ExternalTool.Require("jing");
        var schema = RepoPaths.RequireShared("schemas/tei_all.rng");
        var folder = RepoPaths.NewTempFolder();
        var files = new List<string>();
        foreach (var name in RealTranscripts.Names().Select(row => row.Data))
        {
            var path = Path.Combine(folder, name + ".tei.xml");
            File.WriteAllBytes(path, RealTranscripts.Write("tei", RealTranscripts.Read(name)).Bytes);
            files.Add(path);
        }

        var (code, output) = ExternalTool.Run(jing, [schema, .. files]);
        Assert.True(code == 0, output);
    }

    [Theory]
    [MemberData(nameof(RealTranscripts.Names), MemberType = typeof(RealTranscripts))]
    public void Tei_keeps_every_word_and_attributes_every_turn(string name)
    {
        var document = RealTranscripts.Read(name);
        var tei = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(RealTranscripts.Write("tei", document).Bytes));
        System.Xml.Linq.XNamespace t = "http://www.tei-c.org/ns/1.0";
        var text = string.Join(" ", tei.Descendants(t + "text").Single().DescendantNodes().OfType<System.Xml.Linq.XText>().Select(x => x.Value));
        var header = string.Join(" ", tei.Descendants(t + "teiHeader").Single().DescendantNodes().OfType<System.Xml.Linq.XText>().Select(x => x.Value));
        var expected = Words.TextOf(document with { Blocks = [.. document.Blocks.Select(b => b is Turn turn ? turn with { Start = null } : b)] });
        var speakerNames = string.Join(" ", document.Blocks.OfType<Turn>().Select(turn => document.FindParticipant(turn.SpeakerId)!.DisplayName));
        Assert.Empty(Words.Missing(expected, text + " " + header + " " + speakerNames));
        Assert.Equal(document.Blocks.OfType<Turn>().Count(), tei.Descendants(t + "u").Count(u => u.Attribute("who") is not null));
    }

    private static List<string> Tokens(IEnumerable<string> words) =>
        [.. System.Text.RegularExpressions.Regex.Matches(string.Join(" ", words), @"[\p{L}\p{N}]+").Select(m => m.Value)];
}
