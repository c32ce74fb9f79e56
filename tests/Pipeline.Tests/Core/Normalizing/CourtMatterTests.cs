using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Readers.Text;
using Pipeline.Tests.TestSupport;
using UglyToad.PdfPig;

namespace Pipeline.Tests.Core.Normalizing;

/// <summary>Issue 14: a court record's caption, appearances and contents are front matter, its word index back matter,
/// both found by layout (invented record: no name or word of a real one).</summary>
public sealed partial class CourtMatterTests
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    private const string Record = """
        IN THE COURT OF THE SEVEN HILLS

        - - - - - - - - - - - - x
        NORTHWIND HARBOUR TRUST,              :
                  Appellant                   :   No. 24-117
             v.                               :
        LANTERN QUAY COUNCIL.                 :
        - - - - - - - - - - - - x

        Thursday, April 4, 2024

        APPEARANCES:
        ADA QUILLFEATHER, ESQ., for the Appellant.
        BORIS TENTWHISTLE, ESQ., for the Council.

        ALSO PRESENT:
        Cleo Marrow, Clerk

        P R O C E E D I N G S

        (9:30 a.m.)

        PRESIDING JUDGE: We will hear the harbour case first.

        MS. QUILLFEATHER: Thank you, your Honour. The trust asks for the berth it was promised.

        PRESIDING JUDGE: Go on.

        MR. TENTWHISTLE: The council never promised a berth at 10:15 on any day.

        (Whereupon, at 10:05 a.m., the case was submitted.)

        abide 3:4                     9:14 10:2
        anchor 4:2,9 5:1              mooring 6:6
        ballast 7:3                   neap 8:8,9
        beacon 3:17 6:2               oar 4:4
          8:11                        pier 3:3 5:5
        berth 5:20                    quay 2:1 3:9
        bollard 9:9                     4:12 7:7
        buoy 6:14                     rudder 8:2
        cable 2:7                     slip 9:1
        capstan 4:21                  tide 3:6 4:6
        cleat 6:1                     wharf 2:2
        crane 7:12                    yard 5:9
        davit 8:3                     zenith 6:3
        dock 2:5
        channel 5:3
        """;

    [GeneratedRegex(@"\b\d{1,2}:\d{1,2},\d")]
    private static partial Regex IndexReference();

    private static TranscriptDocument Read(string text) =>
        new PlainTextReader().Read(new ReaderInput("record.txt", Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void The_word_index_after_the_last_turn_is_back_matter_read_column_by_column()
    {
        var document = Read(Record);

        var index = Assert.IsType<WordIndex>(document.Index);
        Assert.Equal(25, index.Entries.Length);
        Assert.Equal(15, index.Lines);
        string Refs(string term) => string.Join(" ", index.Entries.Single(e => e.Term == term).References);
        Assert.Equal("3:17 6:2 8:11", Refs("beacon"));
        Assert.Equal("5:3 9:14 10:2", Refs("channel"));
        Assert.Equal("2:1 3:9 4:12 7:7", Refs("quay"));
        Assert.Equal("abide", index.Entries[0].Term);
        Assert.Equal("zenith", index.Entries[^1].Term);
        Assert.DoesNotContain("mooring", Words.TextOf(document), StringComparison.Ordinal);
        Assert.Contains(document.Diagnostics, d => d.Message.Contains("25 entries on 15 lines", StringComparison.Ordinal));
        Assert.IsType<EditorialNote>(document.Blocks[^1]);
    }

    [Fact]
    public void The_caption_appearances_and_pseudo_labels_before_the_proceedings_are_front_matter()
    {
        var document = Read(Record);

        var front = Assert.IsType<FrontMatterText>(document.Front);
        var text = string.Join("\n", front.Paragraphs.Select(p => InlineText.ToPlainText(p.Content)));
        Assert.Contains("NORTHWIND HARBOUR TRUST", text, StringComparison.Ordinal);
        Assert.Contains("APPEARANCES:", text, StringComparison.Ordinal);
        Assert.Contains("ALSO PRESENT:", text, StringComparison.Ordinal);
        Assert.Contains("Cleo Marrow, Clerk", text, StringComparison.Ordinal);
        Assert.Contains(front.Paragraphs, p => p.Content.OfType<LineBreak>().Count() >= 2);

        var heading = Assert.IsType<Heading>(document.Blocks[0]);
        Assert.Equal("P R O C E E D I N G S", InlineText.ToPlainText(heading.Content));
        Assert.DoesNotContain(document.Participants, p => p.DisplayName.Contains("Present", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(4, document.Blocks.OfType<Turn>().Count());
        Assert.DoesNotContain("APPEARANCES", Words.TextOf(document with { Front = null }), StringComparison.Ordinal);
    }

    [Fact]
    public void Speech_with_times_in_it_is_no_index_and_a_transcript_without_a_caption_has_no_front_matter()
    {
        var text = """
            Harbour meeting

            An introduction by the editor, before anyone speaks.

            CHAIR: We meet at 10:12 and 11:30, and again at 14:45 and 16:20 if 9:15 fails.

            MEMBER: 10:12 suits me, 11:30 too.
            """;
        var document = Read(text);

        Assert.Null(document.Index);
        Assert.Null(document.Front);
        Assert.Contains("16:20", Words.TextOf(document), StringComparison.Ordinal);
        Assert.Contains("An introduction by the editor", Words.TextOf(document), StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_list_of_chapter_times_is_no_index()
    {
        var chapters = string.Join("\n", Enumerable.Range(0, 24).Select(i => $"{i / 6:00}:{i * 7 % 60:00}    chapter {i + 1} {(i * 13 % 60) / 10}:{i * 13 % 60 % 10 + 40}"));
        var document = Read("HOST: Welcome to the harbour hour.\n\nGUEST: Glad to be here.\n\nHOST: Until next time.\n\n" + chapters + "\n");

        Assert.Null(document.Index);
        Assert.Contains("chapter 24", Words.TextOf(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Tei_writes_front_matter_in_front_and_the_index_in_back_only_when_asked()
    {
        var document = Read(Record);

        var plain = XDocument.Parse(Encoding.UTF8.GetString(RealTranscripts.Write("tei", document).Bytes));
        var front = plain.Descendants(Tei + "front").Single();
        Assert.Contains("ALSO PRESENT:", front.Value, StringComparison.Ordinal);
        Assert.NotEmpty(front.Descendants(Tei + "lb"));
        Assert.DoesNotContain("APPEARANCES", plain.Descendants(Tei + "body").Single().Value, StringComparison.Ordinal);
        Assert.Empty(plain.Descendants(Tei + "back"));
        Assert.DoesNotMatch(IndexReference(), plain.Root!.Value);

        var kept = XDocument.Parse(Encoding.UTF8.GetString(RealTranscripts.Write("tei", document, new WriterOptions(KeepIndex: true)).Bytes));
        var index = kept.Descendants(Tei + "back").Single().Elements(Tei + "div").Single(d => (string?)d.Attribute("type") == "index");
        var items = index.Descendants(Tei + "item").ToList();
        Assert.Equal(25, items.Count);
        Assert.Contains(items, i => i.Element(Tei + "term")?.Value == "channel" && i.Value == "channel 5:3 9:14 10:2");
        Assert.DoesNotContain("mooring", kept.Descendants(Tei + "body").Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_docx_and_pdf_print_the_front_matter_before_the_transcript_and_the_index_only_when_asked()
    {
        var document = Read(Record);
        foreach (var writer in (string[])["md", "docx", "pdf"])
        {
            var plain = TextOf(writer, RealTranscripts.Write(writer, document).Bytes);
            var caption = plain.IndexOf("NORTHWIND", StringComparison.Ordinal);
            var firstTurn = plain.IndexOf("We will hear the harbour case", StringComparison.Ordinal);
            Assert.True(caption >= 0 && caption < firstTurn, $"{writer}: caption at {caption}, first turn at {firstTurn}");
            Assert.True(plain.IndexOf("Cleo Marrow", StringComparison.Ordinal) < firstTurn, writer);
            Assert.DoesNotContain("mooring", plain, StringComparison.Ordinal);

            var kept = TextOf(writer, RealTranscripts.Write(writer, document, new WriterOptions(KeepIndex: true)).Bytes);
            var index = kept.IndexOf("mooring 6:6", StringComparison.Ordinal);
            Assert.True(index > kept.IndexOf("the case was submitted", StringComparison.Ordinal), $"{writer}: index at {index}");
            Assert.Contains("Index", kept[..index], StringComparison.Ordinal);
        }
    }

    private static string TextOf(string writer, byte[] bytes)
    {
        switch (writer)
        {
            case "md":
                return Encoding.UTF8.GetString(bytes);
            case "docx":
            {
                using var zip = new ZipArchive(new MemoryStream(bytes));
                using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
                var xml = XDocument.Parse(reader.ReadToEnd());
                XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
                return string.Join("\n", xml.Descendants(w + "p").Select(p => string.Concat(p.Descendants(w + "t").Select(t => t.Value))));
            }

            default:
            {
                using var pdf = PdfDocument.Open(bytes);
                return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(x => x.Text))));
            }
        }
    }
}
