using System.Diagnostics;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Formats;
using Pipeline.Tests.TestSupport;
using UglyToad.PdfPig;

namespace Pipeline.Tests.Formats.Writers.Pdf;

public sealed class PdfWriterTests
{
    [Fact]
    public void Registry_lists_pdf_writer_with_pdf_extension()
    {
        var writer = BuiltInFormats.CreateRegistry().GetWriter("pdf");
        Assert.Equal(".pdf", writer.Extension);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_body_word_comes_back_in_reading_order(string name)
    {
        var document = Sample(name);
        var (bytes, _) = PdfRendering.Render(document);
        var expected = PdfText.SourceWords(document);
        var actual = PdfText.BodyWords(bytes);
        var missing = PdfText.FirstMissingInOrder(expected, actual);
        Assert.True(missing < 0, missing < 0 ? "" : $"word {missing} '{expected[missing]}' missing or out of order; got: {string.Join(' ', actual)}");
    }

    public static TheoryData<string> Samples() => ["all", "cyrillic", "greek", "hostile"];

    [Fact]
    public void Title_bookmarks_and_page_count_are_right()
    {
        var (bytes, _) = PdfRendering.Render(SampleDocuments.AllNodeTypes());
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal("Every node type: a test transcript", pdf.Information.Title);
        Assert.Equal("Jane Smith; John Doe; Audience", pdf.Information.Author);
        Assert.Equal(2, pdf.NumberOfPages);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.Select(r => r.Title).ToList();
        Assert.Equal(["Early life", "Later years with style"], roots);
        Assert.Equal(["A subsection"], bookmarks.Roots[0].Children.Select(c => c.Title).ToList());
        Assert.Contains("Page 2 of 2", string.Join(' ', PdfText.AllWords(bytes)), StringComparison.Ordinal);
    }

    [Fact]
    public void Footnotes_sit_at_the_foot_of_the_page_with_their_marker_numbered_in_order()
    {
        var (bytes, _) = PdfRendering.Render(SampleDocuments.AllNodeTypes());
        using var pdf = PdfDocument.Open(bytes);
        var page = pdf.GetPage(1);
        var words = page.GetWords().ToList();
        var note1 = words.First(w => w.Text == "West");
        var body = words.First(w => w.Text == "mill.2" || w.Text == "mill.");
        Assert.True(note1.BoundingBox.Bottom < body.BoundingBox.Bottom, "footnote text should be below the body");
        Assert.True(note1.Letters[0].PointSize < 9, "footnotes are set smaller than body text");
        var markers = page.Letters.Where(l => l.PointSize < 7 && char.IsDigit(l.Value[0])).Select(l => l.Value).ToList();
        Assert.Equal(["1", "2", "1", "2"], markers);
    }

    [Fact]
    public void Link_is_a_clickable_uri_annotation()
    {
        var (bytes, _) = PdfRendering.Render(SampleDocuments.AllNodeTypes());
        using var pdf = PdfDocument.Open(bytes);
        var links = pdf.GetPage(1).GetHyperlinks().Select(h => h.Uri).ToList();
        Assert.Contains("https://example.org/leeds", links);
        Assert.Contains("https://example.org/mill", links);
    }

    [Fact]
    public void Two_runs_give_identical_bytes()
    {
        var first = PdfRendering.Render(SampleDocuments.AllNodeTypes()).Bytes;
        var second = PdfRendering.Render(SampleDocuments.AllNodeTypes()).Bytes;
        Assert.Equal(first, second);
        var other = PdfRendering.Render(SampleDocuments.Cyrillic()).Bytes;
        Assert.NotEqual(IdOf(first), IdOf(other));
    }

    [Theory]
    [InlineData("A4", 595.28, 841.89)]
    [InlineData("Letter", 612, 792)]
    public void Page_size_follows_the_options(string size, double width, double height)
    {
        var (bytes, _) = PdfRendering.Render(SampleDocuments.AllNodeTypes(), size);
        using var pdf = PdfDocument.Open(bytes);
        Assert.All(pdf.GetPages(), p =>
        {
            Assert.Equal(width, p.Width, 0.01);
            Assert.Equal(height, p.Height, 0.01);
        });
    }

    [Fact]
    public void Unknown_page_size_is_an_error_naming_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => PdfRendering.Render(SampleDocuments.AllNodeTypes(), "A5"));
        Assert.Contains("A4, Letter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_text_drops_controls_and_reports_undrawable_characters_once()
    {
        var (bytes, context) = PdfRendering.Render(SampleDocuments.HostileText());
        var text = string.Concat(PdfText.AllWords(bytes));
        Assert.DoesNotContain(text, c => char.IsControl(c));
        Assert.Contains("Путин", text, StringComparison.Ordinal);
        Assert.Contains("Ελλάδα", text, StringComparison.Ordinal);
        Assert.Contains("\uFFFD", text, StringComparison.Ordinal);
        var undrawable = context.Diagnostics.Where(d => d.Code == DiagnosticCode.GlyphMissing).Select(d => d.Argument("codePoint")).ToList();
        Assert.Single(undrawable, c => c == "U+D800");
        Assert.Single(undrawable, c => c == "U+FFFE");
        Assert.Single(undrawable, c => c == "U+1F600");
    }

    [Fact]
    public void Character_missing_from_serif_is_drawn_with_the_fallback_face()
    {
        var document = SampleDocuments.Cyrillic() with
        {
            Blocks = [new Paragraph([new Text("Greek Ελλάδα and shalom שלום")])],
        };
        var (bytes, context) = PdfRendering.Render(document);
        using var pdf = PdfDocument.Open(bytes);
        var arrow = pdf.GetPage(1).Letters.Single(l => l.Value == "ש");
        Assert.Contains("DejaVuSans", (arrow.FontName ?? "").Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Empty(context.Diagnostics);
    }

    [Fact]
    public void Missing_footnote_is_reported_and_its_marker_kept()
    {
        var document = SampleDocuments.Cyrillic() with
        {
            Blocks = [new Paragraph([new Text("See here"), new FootnoteReference("nowhere", "†")])],
        };
        var (bytes, context) = PdfRendering.Render(document);
        Assert.Contains(context.Diagnostics, d => d.Code == DiagnosticCode.FootnoteReferenceUnresolved && d.Argument("footnote") == "nowhere");
        using var pdf = PdfDocument.Open(bytes);
        Assert.Single(pdf.GetPage(1).Letters, l => l.Value == "†" && l.PointSize < 7);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Generated_85000_word_transcript_renders_every_word()
    {
        var document = LargeTranscript.Generate();
        PdfRendering.Render(SampleDocuments.AllNodeTypes());
        var clock = Stopwatch.StartNew();
        var (bytes, _) = PdfRendering.Render(document);
        clock.Stop();
        TestContext.Current.TestOutputHelper?.WriteLine($"85k words: {clock.ElapsedMilliseconds} ms, {bytes.Length} bytes");
        using var pdf = PdfDocument.Open(bytes);
        Assert.InRange(pdf.NumberOfPages, 150, 400);
        var expected = PdfText.SourceWords(document);
        Assert.InRange(expected.Count, 85_000, 86_000);
        var missing = PdfText.FirstMissingInOrder(expected, PdfText.BodyWords(bytes));
        Assert.True(missing < 0, $"word {missing} '{(missing >= 0 ? expected[missing] : "")}' missing or out of order");
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(document.Blocks.OfType<Heading>().Count(h => h.Level == 1), bookmarks.Roots.Count);
    }

    private static string IdOf(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("/ID", StringComparison.Ordinal);
        return text.Substring(at, 72);
    }

    private static TranscriptDocument Sample(string name) => name switch
    {
        "all" => SampleDocuments.AllNodeTypes(),
        "cyrillic" => SampleDocuments.Cyrillic(),
        "greek" => Greek(),
        "hostile" => SampleDocuments.HostileText(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    internal static TranscriptDocument Greek() => SampleDocuments.Cyrillic() with
    {
        Metadata = new DocumentMetadata { Title = "Συνέντευξη στην Αθήνα", Language = "el", Date = "2022-05-01" },
        Participants = [new Participant("a", "Μαρία Παπαδοπούλου", ParticipantRoles.Interviewer, null, [])],
        Blocks =
        [
            new Heading(1, [new Text("Η πόλη")]),
            new Turn("a", SpeakerAttribution.Labelled, [new Paragraph([new Text("Ξεσκεπάζω την ψυχοφθόρα βδελυγμία. Καλημέρα, Ελλάδα!")])]),
        ],
    };
}
