using System.Collections.Immutable;
using Pipeline.Core.Model;

namespace Pipeline.Tests.Core;

public sealed class DocumentTitleTests
{
    private static TranscriptDocument Document(string? title, string path, params Block[] blocks) => new(
        new DocumentMetadata { Title = title },
        [],
        [.. blocks],
        [],
        [],
        new SourceInfo(path, "text", "utf-8"));

    private static Heading H(string text, int level = 1) => new(level, InlineText.Of(text));

    [Fact]
    public void Metadata_title_wins_and_is_not_derived()
    {
        var title = DocumentTitle.Of(Document("  The  real\ntitle ", "talk.txt", H("Opening")));

        Assert.Equal(new DocumentTitle("The real title", TitleSource.Metadata), title);
        Assert.False(title.IsDerived);
    }

    [Fact]
    public void Untitled_document_takes_its_first_non_empty_heading_of_any_level()
    {
        var title = DocumentTitle.Of(Document("   ", "talk.txt", new Paragraph(InlineText.Of("text")), H(" ", 1), H("Questions\tfrom  the floor", 2), H("Later")));

        Assert.Equal(new DocumentTitle("Questions from the floor", TitleSource.FirstHeading), title);
        Assert.True(title.IsDerived);
    }

    [Theory]
    [InlineData("interviews/2021-06-11 putin.txt", "2021-06-11 putin")]
    [InlineData("C:\\archive\\hearing.tei.xml", "hearing")]
    [InlineData("debate.v2.html", "debate.v2")]
    public void Without_title_or_heading_the_file_stem_is_the_title(string path, string expected)
    {
        Assert.Equal(new DocumentTitle(expected, TitleSource.FileStem), DocumentTitle.Of(Document(null, path)));
    }

    [Theory]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("dir/.txt")]
    public void Standard_input_or_a_stem_without_letters_gives_no_title(string path)
    {
        Assert.Equal(new DocumentTitle("", TitleSource.None), DocumentTitle.Of(Document(null, path)));
    }

    [Fact]
    public void Heading_text_includes_its_inline_markup_as_plain_text()
    {
        var heading = new Heading(1, ImmutableArray.Create<Inline>(new Text("On "), new Emphasis(InlineText.Of("Hamlet"))));

        Assert.Equal("On Hamlet", DocumentTitle.Of(Document(null, "x.txt", heading)).Text);
    }
}
