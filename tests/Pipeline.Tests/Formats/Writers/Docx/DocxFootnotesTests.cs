using System.Xml.Linq;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Formats.Writers.Docx;
using Pipeline.Tests.TestSupport;
using static Pipeline.Tests.Formats.Writers.Docx.DocxDocuments;
using static Pipeline.Tests.Formats.Writers.Docx.DocxTestFile;

namespace Pipeline.Tests.Formats.Writers.Docx;

public sealed class DocxFootnotesTests
{
    [Fact]
    public void Footnote_references_sit_right_after_their_text()
    {
        var body = Write(SampleDocuments.AllNodeTypes()).Body;

        var references = body.Descendants(W + "footnoteReference").ToList();

        Assert.Equal(["1", "2"], references.Select(r => r.Attribute(W + "id")!.Value));
        Assert.Equal("I grew up in Leeds, really.", TextBefore(references[0]));
        Assert.Equal("He worked at the mill.", TextBefore(references[1]));
        Assert.All(references, r => Assert.Equal("FootnoteReference", r.Parent!.Element(W + "rPr")!.Element(W + "rStyle")!.Attribute(W + "val")!.Value));
    }

    [Fact]
    public void The_footnotes_part_has_both_separators_and_the_bodies_in_number_order()
    {
        var file = Write(SampleDocuments.AllNodeTypes());
        var notes = file.Part("word/footnotes.xml").Root!.Elements(W + "footnote").ToList();

        Assert.Equal(["-1:separator", "0:continuationSeparator", "1:", "2:"],
            notes.Select(n => n.Attribute(W + "id")!.Value + ":" + n.Attribute(W + "type")?.Value));
        Assert.Equal(" Leeds, West Yorkshire.", TextOf(notes[2]));
        Assert.Equal(" The mill closed in 1970; see records.", TextOf(notes[3]));
        Assert.NotNull(notes[2].Descendants(W + "footnoteRef").SingleOrDefault());
        Assert.All(notes.Skip(2).SelectMany(n => n.Elements(W + "p")), p => Assert.Equal("FootnoteText", StyleOf(p)));
        var settings = file.Part("word/settings.xml").Root!.Element(W + "footnotePr")!.Elements(W + "footnote").Select(f => f.Attribute(W + "id")!.Value);
        Assert.Equal(["-1", "0"], settings);
    }

    [Fact]
    public void Without_footnotes_the_part_has_the_separators_alone_stored_the_same_in_every_document()
    {
        var first = Write(With([new Paragraph([new Text("No notes here.")])]));
        var second = Write(With([new Paragraph([new Text("Nor here, in other words.")])]));

        var notes = first.Part("word/footnotes.xml").Root!.Elements(W + "footnote");
        Assert.Equal(["-1:separator", "0:continuationSeparator"],
            notes.Select(n => n.Attribute(W + "id")!.Value + ":" + n.Attribute(W + "type")?.Value));
        // Entry 4 follows the content types, package relationships, document and its relationships.
        Assert.Equal(DocxZipEntry.Read(first.Bytes)[4].Local.ToArray(), DocxZipEntry.Read(second.Bytes)[4].Local.ToArray());
    }

    [Fact]
    public void Footnotes_are_numbered_in_order_of_first_reference_not_model_order()
    {
        var document = With(
            [new Paragraph([new Text("First"), new FootnoteReference("b", "b"), new Text(" then"), new FootnoteReference("a", "a"), new Text(" again"), new FootnoteReference("b", "b")])],
            [new Footnote("a", "a", [P(new Text("Note A."))]), new Footnote("b", "b", [P(new Text("Note B."))])]);

        var file = Write(document);

        var notes = file.Part("word/footnotes.xml").Root!.Elements(W + "footnote").Skip(2).ToDictionary(n => n.Attribute(W + "id")!.Value, n => TextOf(n).Trim());
        Assert.Equal(new Dictionary<string, string> { ["1"] = "Note B.", ["2"] = "Note A." }, notes);
        Assert.Equal(["1", "2"], file.Body.Descendants(W + "footnoteReference").Select(r => r.Attribute(W + "id")!.Value));
        Assert.EndsWith("again1", TextOf(file.Body.Elements(W + "p").Last()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_footnote_without_a_marker_is_referenced_at_the_end_and_reported()
    {
        var document = With(
            [new Paragraph([new Text("Marked"), new FootnoteReference("a", "*")])],
            [new Footnote("a", "*", [P(new Text("Note A."))]), new Footnote("lost", "†", [P(new Text("Nobody points here."))])]);

        var file = Write(document);

        var last = file.Body.Elements(W + "p").Last();
        Assert.Equal("EditorialNote", StyleOf(last));
        Assert.Equal("2", last.Descendants(W + "footnoteReference").Single().Attribute(W + "id")!.Value);
        Assert.Contains("Nobody points here.", TextOf(file.Part("word/footnotes.xml").Root!), StringComparison.Ordinal);
        Assert.Contains(file.Context.Diagnostics, d => d.Code == DiagnosticCode.FootnoteReferencedAtEnd && d.Argument("footnotes")!.Split(',').Contains("lost"));
        Assert.Empty(file.ValidationErrors());
    }

    [Fact]
    public void A_marker_for_a_missing_footnote_stays_as_text_and_is_reported()
    {
        var file = Write(With([new Paragraph([new Text("Dangling"), new FootnoteReference("nope", "7")])]));

        Assert.Empty(file.Body.Descendants(W + "footnoteReference"));
        Assert.EndsWith("Dangling7", TextOf(file.Body.Elements(W + "p").Last()), StringComparison.Ordinal);
        Assert.Contains(file.Context.Diagnostics, d => d.Code == DiagnosticCode.FootnoteReferenceUnresolved && d.Argument("footnote") == "nope");
    }

    [Fact]
    public void A_marker_inside_a_footnote_shows_the_other_footnotes_number()
    {
        var document = With(
            [new Paragraph([new Text("One"), new FootnoteReference("a", "1"), new Text(" two"), new FootnoteReference("b", "2")])],
            [new Footnote("a", "1", [P(new Text("See also"), new FootnoteReference("b", "2"))]), new Footnote("b", "2", [P(new Text("Second."))])]);

        var file = Write(document);

        var notes = file.Part("word/footnotes.xml").Root!;
        Assert.Empty(notes.Descendants(W + "footnoteReference"));
        Assert.Equal(" See also2", TextOf(notes.Elements(W + "footnote").ElementAt(2)));
        Assert.Empty(file.ValidationErrors());
    }

    [Fact]
    public void Two_footnotes_with_one_id_use_the_first_and_are_reported()
    {
        var document = With(
            [new Paragraph([new Text("Once"), new FootnoteReference("a", "*")])],
            [new Footnote("a", "*", [P(new Text("First body."))]), new Footnote("a", "*", [P(new Text("Second body."))])]);

        var file = Write(document);

        var bodies = file.Part("word/footnotes.xml").Root!.Elements(W + "footnote").Skip(2).Select(n => TextOf(n).Trim());
        Assert.Equal(["First body."], bodies);
        Assert.Contains(file.Context.Diagnostics, d => d.Code == DiagnosticCode.DuplicateFootnoteId && d.Argument("footnote") == "a");
        Assert.Empty(file.ValidationErrors());
    }

    private static string TextBefore(XElement reference)
    {
        var paragraph = reference.Ancestors(W + "p").First();
        var run = reference.Parent!;
        var before = paragraph.Elements().TakeWhile(e => e != run);
        var text = string.Concat(before.Select(TextOf));
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        return text[(colon + 2)..].Replace("[00:01:05] ", "", StringComparison.Ordinal);
    }
}
