using System.Xml.Linq;
using Pipeline.Tests.TestSupport;
using static Pipeline.Tests.Formats.Writers.Docx.DocxTestFile;

namespace Pipeline.Tests.Formats.Writers.Docx;

public sealed class DocxStylesTests
{
    [Fact]
    public void Every_style_the_parts_refer_to_is_defined_with_its_kind()
    {
        var file = Write(SampleDocuments.AllNodeTypes());
        var styles = file.Part("word/styles.xml").Root!.Elements(W + "style")
            .ToDictionary(s => s.Attribute(W + "styleId")!.Value, s => s.Attribute(W + "type")!.Value);
        var parts = new[] { "word/document.xml", "word/footnotes.xml", "word/footer1.xml" }.Select(file.Part).ToList();

        var paragraphStyles = parts.SelectMany(p => p.Descendants(W + "pStyle")).Select(e => e.Attribute(W + "val")!.Value).ToHashSet();
        var runStyles = parts.SelectMany(p => p.Descendants(W + "rStyle")).Select(e => e.Attribute(W + "val")!.Value).ToHashSet();

        Assert.All(paragraphStyles, id => Assert.Equal("paragraph", styles.GetValueOrDefault(id)));
        Assert.All(runStyles, id => Assert.Equal("character", styles.GetValueOrDefault(id)));
        Assert.Superset(new HashSet<string> { "Title", "Subtitle", "Heading1", "Heading2", "Turn", "TurnContinuation", "Paraphrase", "EditorialNote", "FootnoteText", "Footer" }, paragraphStyles);
        Assert.Superset(new HashSet<string> { "Speaker", "Incident", "Timestamp", "Emphasis", "Strong", "Quotation", "Hyperlink", "FootnoteReference" }, runStyles);
    }

    [Fact]
    public void Headings_carry_outline_levels_and_named_styles_have_their_formatting()
    {
        var styles = Write(SampleDocuments.AllNodeTypes()).Part("word/styles.xml").Root!.Elements(W + "style")
            .ToDictionary(s => s.Attribute(W + "styleId")!.Value);

        Assert.Equal("0", Val(styles["Heading1"].Element(W + "pPr")!.Element(W + "outlineLvl")));
        Assert.Equal("1", Val(styles["Heading2"].Element(W + "pPr")!.Element(W + "outlineLvl")));
        Assert.Equal("heading 1", Val(styles["Heading1"].Element(W + "name")));
        Assert.NotNull(styles["Paraphrase"].Element(W + "rPr")!.Element(W + "i"));
        Assert.NotNull(styles["EditorialNote"].Element(W + "rPr")!.Element(W + "i"));
        Assert.Equal("595959", Val(styles["EditorialNote"].Element(W + "rPr")!.Element(W + "color")));
        Assert.NotNull(styles["Speaker"].Element(W + "rPr")!.Element(W + "b"));
        Assert.Equal("superscript", Val(styles["FootnoteReference"].Element(W + "rPr")!.Element(W + "vertAlign")));
        var turnIndent = styles["Turn"].Element(W + "pPr")!.Element(W + "ind")!;
        Assert.Equal("720", turnIndent.Attribute(W + "hanging")!.Value);
        Assert.Equal("720", Val(styles["TurnContinuation"].Element(W + "pPr")!.Element(W + "ind"), "left"));
    }

    [Theory]
    [InlineData("en", "en-US", null, null)]
    [InlineData("ru", "ru-RU", null, null)]
    [InlineData("en-gb", "en-GB", null, null)]
    [InlineData("he", "he-IL", null, "he-IL")]
    [InlineData("zh-Hant-TW", "zh-Hant-TW", "zh-Hant-TW", null)]
    [InlineData(null, "en-US", null, null)]
    public void The_document_language_goes_into_the_style_defaults(string? language, string val, string? eastAsia, string? bidi)
    {
        var document = SampleDocuments.Cyrillic() with { Metadata = SampleDocuments.Cyrillic().Metadata with { Language = language } };

        var lang = Write(document).Part("word/styles.xml").Root!.Element(W + "docDefaults")!.Descendants(W + "lang").Single();

        Assert.Equal(val, lang.Attribute(W + "val")?.Value);
        Assert.Equal(eastAsia, lang.Attribute(W + "eastAsia")?.Value);
        Assert.Equal(bidi, lang.Attribute(W + "bidi")?.Value);
    }

    [Theory]
    [InlineData("A4", 11906, 16838)]
    [InlineData("Letter", 12240, 15840)]
    [InlineData("letter", 12240, 15840)]
    public void Page_size_follows_the_options(string pageSize, int width, int height)
    {
        var file = Write(SampleDocuments.Cyrillic(), new Pipeline.Core.Plugins.WriterOptions(PageSize: pageSize));

        var sectPr = file.Body.Elements(W + "sectPr").Single();
        var size = sectPr.Element(W + "pgSz")!;
        Assert.Equal(width.ToString(System.Globalization.CultureInfo.InvariantCulture), size.Attribute(W + "w")!.Value);
        Assert.Equal(height.ToString(System.Globalization.CultureInfo.InvariantCulture), size.Attribute(W + "h")!.Value);
        Assert.NotNull(sectPr.Element(W + "pgMar"));
    }

    [Fact]
    public void The_footer_shows_page_n_of_m_with_fields()
    {
        var file = Write(SampleDocuments.AllNodeTypes());
        var footer = file.Part("word/footer1.xml");

        var instructions = footer.Descendants(W + "instrText").Select(e => e.Value.Trim()).ToList();

        Assert.Equal(["PAGE", "NUMPAGES"], instructions);
        Assert.Equal("Page 1 of 1", TextOf(footer.Root!));
        Assert.Equal("rIdFooter1", file.Body.Element(W + "sectPr")!.Element(W + "footerReference")!.Attribute(R + "id")!.Value);
    }

    [Fact]
    public void The_footer_speaks_the_document_language()
    {
        var footer = Write(SampleDocuments.Cyrillic()).Part("word/footer1.xml");

        Assert.Equal("Страница 1 из 1", TextOf(footer.Root!));
    }

    private static string? Val(XElement? element, string name = "val") => element?.Attribute(W + name)?.Value;
}
