using Pipeline.Formats.Writers.Docx;

namespace Pipeline.Tests.Formats.Writers.Docx;

/// <summary>Places read in diagnostics as they did when they were built as strings.</summary>
public sealed class DocxPlaceTests
{
    [Fact]
    public void Reads_as_the_diagnostics_name_it()
    {
        Assert.Equal("block 12", new DocxPlace("block", 12).ToString());
        Assert.Equal("footnote n1 paragraph 2", new DocxPlace("footnote n1", Paragraph: 2).ToString());
        Assert.Equal("title block", ((DocxPlace)"title block").ToString());
        Assert.Equal("block 3: text", $"{new DocxPlace("block", 3)}: text");
    }
}
