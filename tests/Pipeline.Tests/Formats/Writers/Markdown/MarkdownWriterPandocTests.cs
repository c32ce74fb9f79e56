using Pipeline.Core.Model;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Writers.Markdown;

[Trait("Category", "External")]
public sealed class MarkdownWriterPandocTests
{
    public static TheoryData<string> Samples => ["all-node-types", "hostile", "cyrillic", "footnotes", "inlines"];

    private static TranscriptDocument Sample(string name) => name switch
    {
        "all-node-types" => SampleDocuments.AllNodeTypes(),
        "hostile" => SampleDocuments.HostileText(),
        "cyrillic" => SampleDocuments.Cyrillic(),
        "footnotes" => MarkdownSamples.Footnotes(),
        "inlines" => MarkdownSamples.Inlines(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_word_of_the_document_survives_pandoc_to_plain_text(string name)
    {
        var document = Sample(name);
        var path = MarkdownRun.Of(document).SaveIn(RepoPaths.NewTempFolder(), name);

        var plain = PandocRun.ToPlain(path);

        var expected = MarkdownTexts.Words(MarkdownTexts.Expected(DocumentText(document)));
        var missing = MarkdownTexts.Missing(expected, MarkdownTexts.Words(plain));
        Assert.True(expected.Count > 5, "the sample has too few words to prove anything");
        Assert.True(missing.Count == 0, "missing words: " + string.Join(", ", missing));
    }

    [Fact]
    public void Pandoc_epub_passes_epubcheck_with_no_errors_or_warnings()
    {
        var folder = RepoPaths.NewTempFolder();
        var epubs = Samples.Select(row => row.Data).ToDictionary(name => name, name => PandocRun.ToEpub(MarkdownRun.Of(Sample(name)).SaveIn(folder, name)));

        var reports = PandocRun.EpubcheckAll([.. epubs.Values]);

        foreach (var (name, epub) in epubs)
        {
            var (fatals, errors, warnings, output) = reports[epub];
            Assert.True(fatals + errors + warnings == 0, $"{name}: {output}");
        }
    }

    [Fact]
    public void Pandoc_epub_has_one_chapter_per_section_and_the_speaker_labels_in_bold()
    {
        var path = MarkdownRun.Of(SampleDocuments.AllNodeTypes()).SaveIn(RepoPaths.NewTempFolder(), "chapters");
        var epub = PandocRun.ToEpub(path);

        using var zip = System.IO.Compression.ZipFile.OpenRead(epub);
        var chapters = zip.Entries.Where(e => e.FullName.StartsWith("EPUB/text/ch", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal)
            .Select(e => new StreamReader(e.Open()).ReadToEnd()).ToList();
        Assert.Equal(4, chapters.Count);
        Assert.Contains("id=\"front-matter\"", chapters[0], StringComparison.Ordinal);
        Assert.Contains("<div class=\"participants\">", chapters[0], StringComparison.Ordinal);
        Assert.Contains("id=\"transcript\"", chapters[1], StringComparison.Ordinal);
        Assert.Contains("<strong>[00:00:00] Jane Smith:</strong> Welcome.", chapters[1], StringComparison.Ordinal);
        Assert.Contains("id=\"early-life\"", chapters[2], StringComparison.Ordinal);
        Assert.Contains("<strong>[00:01:05] John Doe:</strong> I grew up", chapters[2], StringComparison.Ordinal);
        Assert.Contains("<div class=\"editorial paraphrase\">", chapters[2], StringComparison.Ordinal);
        Assert.Contains("id=\"later-years-with-style\"", chapters[3], StringComparison.Ordinal);
        Assert.DoesNotContain(chapters, c => c.Contains(">Every node type: a test transcript</h1>", StringComparison.Ordinal));
    }

    /// <summary>Everything a reader should find: participants' names and every block's and footnote's text.</summary>
    private static string DocumentText(TranscriptDocument document)
    {
        var parts = new List<string>();
        parts.AddRange(document.Participants.Select(p => p.DisplayName));
        foreach (var block in document.Blocks)
        {
            parts.Add(block switch
            {
                Heading heading => Plain(heading.Content),
                Paragraph paragraph => Plain(paragraph.Content),
                Turn turn => string.Join("\n", turn.Paragraphs.Select(p => Plain(p.Content))),
                EditorialNote note => string.Join("\n", note.Paragraphs.Select(p => Plain(p.Content))),
                _ => throw new NotSupportedException(block.GetType().Name),
            });
        }

        parts.AddRange(document.Footnotes.Select(f => string.Join("\n", f.Paragraphs.Select(p => Plain(p.Content)))));
        return string.Join("\n", parts);
    }

    /// <summary>Plain text with footnote markers as spaces: the writer renumbers them, so the source's markers are not expected.</summary>
    private static string Plain(System.Collections.Immutable.ImmutableArray<Inline> inlines) =>
        InlineText.ToPlainText(inlines.Select(WithoutMarkers));

    private static Inline WithoutMarkers(Inline inline) => inline switch
    {
        FootnoteReference => new Text(" "),
        Emphasis e => new Emphasis([.. e.Content.Select(WithoutMarkers)]),
        Strong s => new Strong([.. s.Content.Select(WithoutMarkers)]),
        Quote q => new Quote([.. q.Content.Select(WithoutMarkers)]),
        Link l => l with { Content = [.. l.Content.Select(WithoutMarkers)] },
        _ => inline,
    };
}
