using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Writers.Pdf;
using Pipeline.Tests.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Outline.Destinations;

namespace Pipeline.Tests.Formats.Writers.Pdf;

/// <summary>Issue 14, item 4: publisher-grade PDF (qpdf-clean streams, file dates, bookmarks at the heading, speech
/// kept together across pages, a tag tree with Title, H1–H3, Lbl, P, Note and artifacts).</summary>
[Trait("Category", "External")]
public sealed class PdfPublisherLayoutTests
{
    private const string Scotus = "corpus/court/scotus-11-398-hhs-v-florida-2012-03-26.txt";

    public static TheoryData<string> RealNames() => RealTranscripts.Names();

    [Theory]
    [MemberData(nameof(RealNames))]
    public void Qpdf_check_exits_0_on_the_seed_and_every_input_sample(string name)
    {
        var qpdf = ExternalTool.Require("qpdf");
        var (bytes, _) = RealTranscripts.Write("pdf", RealTranscripts.Read(name));
        var path = Path.Combine(RepoPaths.NewTempFolder(), "out.pdf");
        File.WriteAllBytes(path, bytes);
        var (exit, output) = ExternalTool.Run(qpdf, ["--check", path]);
        Assert.True(exit == 0, $"qpdf --check exited {exit}: {output}");
        Assert.DoesNotContain("WARNING", output, StringComparison.Ordinal);
    }

    [Fact]
    public void File_dates_are_fixed_without_a_build_time_and_the_recording_date_is_the_xmp_date()
    {
        var (bytes, _) = PdfRendering.Render(SampleDocuments.Cyrillic());
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal("2021-06-11", SampleDocuments.Cyrillic().Metadata.Date);
        Assert.StartsWith("D:20000101000000", pdf.Information.CreationDate, StringComparison.Ordinal);
        Assert.StartsWith("D:20000101000000", pdf.Information.ModifiedDate, StringComparison.Ordinal);
        var xmp = Xmp(pdf);
        Assert.Contains("<dc:date><rdf:Seq><rdf:li>2021-06-11</rdf:li></rdf:Seq></dc:date>", xmp, StringComparison.Ordinal);
        Assert.Contains("<xmp:CreateDate>2000-01-01T00:00:00Z</xmp:CreateDate>", xmp, StringComparison.Ordinal);
        Assert.DoesNotContain("1970", xmp, StringComparison.Ordinal);
    }

    [Fact]
    public void File_dates_come_from_the_build_time_and_never_from_a_missing_document_date()
    {
        var undated = SampleDocuments.AllNodeTypes() with { Metadata = SampleDocuments.AllNodeTypes().Metadata with { Date = null } };
        var buildTime = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);
        var bytes = Render(undated, new WriterOptions(BuildTime: buildTime));
        using var pdf = PdfDocument.Open(bytes);
        Assert.StartsWith("D:20240506070809", pdf.Information.CreationDate, StringComparison.Ordinal);
        Assert.StartsWith("D:20240506070809", pdf.Information.ModifiedDate, StringComparison.Ordinal);
        var xmp = Xmp(pdf);
        Assert.Contains("<xmp:ModifyDate>2024-05-06T07:08:09Z</xmp:ModifyDate>", xmp, StringComparison.Ordinal);
        Assert.DoesNotContain("dc:date", xmp, StringComparison.Ordinal);
        Assert.Equal(bytes, Render(undated, new WriterOptions(BuildTime: buildTime)));
    }

    [Fact]
    public void Bookmarks_open_at_the_heading_not_at_the_page_top()
    {
        var (bytes, _) = PdfRendering.Render(LargeTranscript.Generate(12_000));
        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var nodes = bookmarks.GetNodes().OfType<DocumentBookmarkNode>().ToList();
        Assert.True(nodes.Count >= 4, $"expected several bookmarks, got {nodes.Count}");
        foreach (var node in nodes)
        {
            Assert.Equal(ExplicitDestinationType.XyzCoordinates, node.Destination.Type);
            var top = node.Destination.Coordinates.Top;
            Assert.True(top.HasValue, $"bookmark '{node.Title}' has no top");
            var first = node.Title.Split(' ')[0];
            var page = pdf.GetPage(node.PageNumber);
            var heading = page.GetWords().Where(w => w.Text == first && w.Letters[0].PointSize >= 11).ToList();
            Assert.Contains(heading, w => w.BoundingBox.Top <= top.Value + 0.5 && w.BoundingBox.Top >= top.Value - 12);
        }

        Assert.Contains(nodes, n => n.Destination.Coordinates.Top < pdf.GetPage(n.PageNumber).Height - 120);
    }

    [Fact]
    public void No_page_of_a_long_transcript_ends_with_a_speaker_label_or_a_heading()
    {
        var (bytes, _) = PdfRendering.Render(LargeTranscript.Generate(30_000));
        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages > 30);
        var offenders = new List<string>();
        foreach (var page in pdf.GetPages().SkipLast(1))
        {
            var last = LastBodyLine(page);
            if (last.Count > 0 && last.All(w => w.Letters.All(l => (l.FontName ?? "").Contains("Bold", StringComparison.Ordinal))))
                offenders.Add($"page {page.Number}: {string.Join(' ', last.Select(w => w.Text))}");
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void Scotus_argument_has_no_page_ending_with_a_speaker_name()
    {
        var path = RepoPaths.RequireShared(Scotus);
        var document = new Pipeline.Core.Engine.DocumentLoader(Pipeline.Formats.BuiltInFormats.CreateRegistry())
            .Load(new Pipeline.Core.Engine.InputFile(path, path, Path.GetFileName(path))).Document;
        var names = document.Participants.Select(p => p.DisplayName).ToHashSet(StringComparer.Ordinal);
        var (bytes, _) = PdfRendering.Render(document);
        using var pdf = PdfDocument.Open(bytes);
        var offenders = pdf.GetPages().SkipLast(1)
            .Select(p => (p.Number, Text: string.Join(' ', LastBodyLine(p).Select(w => w.Text))))
            .Where(x => names.Contains(x.Text))
            .ToList();
        Assert.True(offenders.Count == 0, string.Join("; ", offenders.Select(o => $"page {o.Number} ends with '{o.Text}'")));
        Assert.True(pdf.NumberOfPages > 20);
    }

    [Fact]
    public void Tag_tree_has_title_headings_by_depth_labels_paragraphs_and_notes()
    {
        var (bytes, _) = PdfRendering.Render(SampleDocuments.AllNodeTypes());
        var elements = PdfStructureTree.Elements(bytes);
        var types = elements.Select(e => e.Type).ToList();
        Assert.Equal("Document", types[0]);
        Assert.Equal("Title", types[1]);
        Assert.Single(types, "Title");
        Assert.Contains("H1", types);
        Assert.Contains("H2", types);
        Assert.Contains("Lbl", types);
        Assert.Contains("P", types);
        Assert.True(types.IndexOf("H1") < types.IndexOf("H2"));
        var notes = elements.Where(e => e.Type == "Note").ToList();
        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.False(string.IsNullOrEmpty(n.Id)));
        Assert.Equal(notes.Count, notes.Select(n => n.Id).Distinct().Count());
        Assert.Equal("P", PdfStructureTree.RoleMap(bytes)["Title"]);
    }

    [Fact]
    public void Level_three_headings_are_h3_and_a_skipped_level_is_closed_up()
    {
        var document = SampleDocuments.AllNodeTypes() with
        {
            Blocks =
            [
                new Heading(2, [new Text("Starts at two")]),
                new Heading(1, [new Text("Chapter")]),
                new Heading(2, [new Text("Section")]),
                new Heading(3, [new Text("Subsection")]),
                new Heading(4, [new Text("Deeper")]),
                new Paragraph([new Text("Text.")]),
            ],
            Footnotes = [],
        };
        var (bytes, _) = PdfRendering.Render(document);
        var headings = PdfStructureTree.Elements(bytes).Where(e => e.Type.StartsWith('H')).Select(e => e.Type).ToList();
        Assert.Equal(["H1", "H1", "H2", "H3", "H3"], headings);
        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["Starts at two", "Chapter"], bookmarks.Roots.Select(r => r.Title).ToList());
        Assert.Equal(["Subsection", "Deeper"], bookmarks.Roots[1].Children[0].Children.Select(c => c.Title).ToList());
    }

    [Fact]
    public void Running_header_footer_and_page_numbers_are_artifacts_and_all_other_text_is_tagged()
    {
        var (bytes, _) = PdfRendering.Render(SampleDocuments.AllNodeTypes());
        using var pdf = PdfDocument.Open(bytes);
        foreach (var page in pdf.GetPages())
        {
            var stack = new Stack<string>();
            var artifactText = 0;
            var taggedText = 0;
            foreach (var operation in page.Operations)
            {
                switch (operation)
                {
                    case BeginMarkedContent bmc:
                        stack.Push(bmc.Name.Data);
                        break;
                    case BeginMarkedContentWithProperties bdc:
                        stack.Push(bdc.Name.Data);
                        break;
                    case EndMarkedContent:
                        stack.Pop();
                        break;
                    case ShowText or ShowTextsWithPositioning or MoveToNextLineShowText or MoveToNextLineShowTextWithSpacing:
                        Assert.True(stack.Count > 0, $"page {page.Number}: text outside any marked content");
                        if (stack.Contains("Artifact"))
                            artifactText++;
                        else
                            taggedText++;
                        break;
                    default:
                        break;
                }
            }

            Assert.True(artifactText >= (page.Number == 1 ? 1 : 2), $"page {page.Number}: {artifactText} artifact text runs");
            Assert.True(taggedText > 0);
        }
    }

    [Fact]
    public void Pdf_ua_identification_is_in_xmp_only_with_the_checked_requirements()
    {
        var (bytes, _) = PdfRendering.Render(SampleDocuments.AllNodeTypes());
        using var pdf = PdfDocument.Open(bytes);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", Xmp(pdf), StringComparison.Ordinal);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        Assert.True(catalog.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.Create("Lang")));
        Assert.True(catalog.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.Create("StructTreeRoot")));
        Assert.Contains("Tabs", pdf.GetPage(1).Dictionary.Data.Keys);
    }

    private static byte[] Render(TranscriptDocument document, WriterOptions options)
    {
        using var stream = new MemoryStream();
        new PdfWriter().Write(document, stream, new WriterContext(options));
        return stream.ToArray();
    }

    private static string Xmp(PdfDocument pdf)
    {
        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        return System.Text.Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray());
    }

    /// <summary>The words of the lowest line of body-size text on a page (above the footer, footnotes excluded).</summary>
    private static List<Word> LastBodyLine(Page page)
    {
        var words = page.GetWords()
            .Where(w => w.BoundingBox.Bottom > 60 && w.BoundingBox.Bottom < page.Height - 60 && w.Letters.All(l => l.PointSize >= 9.4))
            .ToList();
        if (words.Count == 0)
            return [];
        var bottom = words.Min(w => w.BoundingBox.Bottom);
        return words.Where(w => Math.Abs(w.BoundingBox.Bottom - bottom) < 2).OrderBy(w => w.BoundingBox.Left).ToList();
    }
}
