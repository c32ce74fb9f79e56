using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Readers.Text;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Readers.Text;

/// <summary>Issue 14, item 1 (court part), on the SCOTUS argument in ../shared/corpus and on the seed and every corpus
/// text file: no TEI <c>u</c> with a run of three spaces, the argument headings as sections, the caption as the title.</summary>
[Trait("Category", "External")]
public sealed class CourtTranscriptFurnitureTests
{
    private const string Scotus = "corpus/court/scotus-11-398-hhs-v-florida-2012-03-26.txt";
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    public static TheoryData<string> TextFiles()
    {
        var data = new TheoryData<string> { "seed" };
        foreach (var corpus in (string[])["corpus", "corpus-2"])
        {
            var folder = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", corpus));
            if (!Directory.Exists(folder))
                continue;
            foreach (var file in Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "SOURCES.md").Order(StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(Path.Combine(RepoPaths.Root, "..", "shared"), file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextFiles))]
    public void No_tei_u_holds_a_run_of_three_spaces(string name)
    {
        var path = name == "seed" ? RepoPaths.RequireSeed() : RepoPaths.RequireShared(name);
        var tei = XDocument.Parse(Encoding.UTF8.GetString(RealTranscripts.Write("tei", Read(path)).Bytes));
        var runs = tei.Descendants(Tei + "u").Select(u => u.Value).Where(v => v.Contains("   ", StringComparison.Ordinal)).ToList();
        Assert.True(runs.Count == 0, $"{runs.Count} u with a run of spaces, e.g. '{runs.FirstOrDefault()}'");
    }

    [Fact]
    public void Scotus_argument_headings_are_sections_and_never_speech()
    {
        var document = Read(RepoPaths.RequireShared(Scotus));
        var headings = document.Blocks.OfType<Heading>().Select(h => InlineText.ToPlainText(h.Content)).ToList();
        Assert.True(headings.Count >= 2, string.Join(" | ", headings));
        Assert.Contains("ORAL ARGUMENT OF ROBERT A. LONG FOR COURT-APPOINTED AMICUS CURIAE", headings);
        Assert.Contains(headings, h => h.StartsWith("REBUTTAL ARGUMENT OF", StringComparison.Ordinal));
        var speech = document.Blocks.OfType<Turn>().SelectMany(t => t.Paragraphs).Select(p => InlineText.ToPlainText(p.Content));
        Assert.DoesNotContain(speech, p => Regex.IsMatch(p, "^(?:ORAL|REBUTTAL) ARGUMENT OF"));
    }

    [Fact]
    public void Scotus_title_is_the_caption()
    {
        var document = Read(RepoPaths.RequireShared(Scotus));
        Assert.Equal("DEPARTMENT OF HEALTH AND HUMAN SERVICES, ET AL., Petitioners v. FLORIDA, ET AL.", document.Metadata.Title);
        Assert.False(DocumentTitle.Of(document).IsDerived);
    }

    private static TranscriptDocument Read(string path) => new PlainTextReader().Read(new ReaderInput(path, File.ReadAllBytes(path)));
}
