using System.Collections.Immutable;
using Pipeline.Core.Model;
using Pipeline.Core.Normalizing;

namespace Pipeline.Tests.Core.Normalizing;

/// <summary>Issue 14, item 1: runs of white space inside a paragraph (left where line numbers or justification were
/// removed) are collapsed, unless the source marks the paragraph's spacing as significant.</summary>
public sealed class SpaceRunTests
{
    private const string Spaced = "x   =  1\t+  2";

    [Fact]
    public void Runs_of_spaces_and_tabs_inside_a_paragraph_become_one_space()
    {
        var paragraph = Only(Normalize(SourceParagraph.FromText(Spaced, 1)));
        Assert.Equal("x = 1 + 2", InlineText.ToPlainText(paragraph.Content));
    }

    [Fact]
    public void A_paragraph_whose_spacing_the_source_marks_significant_keeps_its_runs()
    {
        var paragraph = Only(Normalize(SourceParagraph.FromText(Spaced, 1) with { KeepsSpacing = true }));
        Assert.Equal(Spaced, InlineText.ToPlainText(paragraph.Content));
    }

    [Fact]
    public void A_single_no_break_space_is_kept()
    {
        Assert.Equal("Mr.\u00A0Long", InlineConventions.CollapseSpaces("Mr.\u00A0Long"));
        Assert.Equal("a b", InlineConventions.CollapseSpaces("a \u00A0  b"));
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("a b c", false)]
    [InlineData("a  b", true)]
    [InlineData("a\tb", true)]
    [InlineData("Mr.\u00A0Long", false)]
    [InlineData("a \u00A0b", true)]
    [InlineData("a\u00A0\u00A0b", true)]
    [InlineData("a\u00A0b then a\ttab", true)]
    [InlineData("a\u00A0b then  two spaces", true)]
    [InlineData("a\u00A0b then one space each", false)]
    [InlineData("\u00A0 a", true)]
    [InlineData("a \u00A0", true)]
    [InlineData("\u00A0a\u00A0b\u00A0", false)]
    [InlineData("a\u00A0b\u00A0\u00A0", true)]
    [InlineData("a long line of words with single spaces only, longer than one vector of characters and then some more  end", true)]
    [InlineData("a long line of words with single spaces only, longer than one vector of characters and then some more end", false)]
    public void A_space_run_is_a_tab_or_two_spaces_of_any_kind_in_a_row(string text, bool expected)
    {
        Assert.Equal(expected, InlineConventions.HasSpaceRun(text));
    }

    private static TranscriptDocument Normalize(SourceParagraph paragraph) =>
        TranscriptNormalizer.Normalize(new NormalizerInput("t.txt", "text", "utf-8", [paragraph], DocumentMetadata.Empty, ImmutableArray<Pipeline.Core.Diagnostics.Diagnostic>.Empty, FirstParagraphMayBeTitle: false));

    private static Paragraph Only(TranscriptDocument document) => Assert.IsType<Paragraph>(Assert.Single(document.Blocks));
}
