using static Pipeline.Tests.Formats.Writers.Docx.DocxTestFile;

namespace Pipeline.Tests.Formats.Writers.Docx;

public sealed class DocxLongDocumentTests
{
    [Trait("Category", "Slow")]
    [Fact]
    public void Five_thousand_turns_write_completely_and_validly()
    {
        var document = DocxDocuments.Long(5000);

        var file = Write(document);

        var paragraphs = file.BodyParagraphs();
        Assert.Equal(5000, paragraphs.Count(p => p.Style == "Turn"));
        Assert.Equal(5000, paragraphs.Count(p => p.Style == "TurnContinuation"));
        Assert.Equal(20, paragraphs.Count(p => p.Style == "Heading1"));
        Assert.StartsWith("Bob Roe: [09:43:13] Turn number 4999 says", paragraphs.Last(p => p.Style == "Turn").Text, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            file.Body.Descendants(W + "footnoteReference").Select(r => r.Attribute(W + "id")!.Value));
        Assert.Empty(file.ValidationErrors());
        Assert.Empty(file.Context.Diagnostics);
    }
}
