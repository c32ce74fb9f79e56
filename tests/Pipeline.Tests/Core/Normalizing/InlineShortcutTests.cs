using System.Collections.Immutable;
using Pipeline.Core.Model;
using Pipeline.Core.Normalizing;

namespace Pipeline.Tests.Core.Normalizing;

/// <summary>Issue #17, round 7: content the inline edits and conventions leave as it is comes back without a copy, with
/// the inlines the general path makes.</summary>
public sealed class InlineShortcutTests
{
    public static TheoryData<string> Texts() =>
    [
        "plain words and nothing else",
        "x",
        "\t",
        "two  spaces",
        "a\ttab",
        "a no-break\u00A0 space run",
        "12:30 a time first",
        "  1:02:03.5 a time after spaces",
        "a time 12:30 later",
        "an incident [laughter] inside",
        "(applause) first",
        "[00:01:02] a bracketed time",
        "brackets [that name nothing] and (parentheses too)",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void One_text_node_gets_the_conventions_the_general_path_gives(string text)
    {
        // A line break after the text sends the same text through the general path, and adds itself at the end.
        foreach (var keepSpacing in new[] { false, true })
        {
            var general = InlineConventions.Apply([new Text(text), new LineBreak()], keepSpacing);
            Assert.Equal(general[..^1], InlineConventions.Apply([new Text(text)], keepSpacing));
        }
    }

    [Fact]
    public void One_line_with_nothing_to_change_is_its_own_conventions_and_joined_lines()
    {
        ImmutableArray<Inline> line = [new Text("plain words")];
        Assert.Equal(line, InlineConventions.Apply(line));
        Assert.Equal(line, InlineEdit.Trim(line));
        Assert.Equal(line, InlineEdit.JoinLines([line]));
    }

    [Fact]
    public void Joined_lines_are_trimmed_and_separated_by_one_space_and_blank_lines_dropped()
    {
        Assert.Equal([new Text("a b")], InlineEdit.JoinLines([[new Text("  a ")], [new Text(" ")], [new Text("b\t")]]));
        Assert.Equal([new Text("a")], InlineEdit.JoinLines([[new Text(" ")], [new Text(" a ")]]));
        Assert.Empty(InlineEdit.JoinLines([[new Text(" ")], []]));
    }

    [Fact]
    public void Trimming_content_with_nothing_to_trim_still_merges_its_text_nodes()
    {
        Assert.Equal([new Text("ab")], InlineEdit.Trim([new Text("a"), new Text("b")]));
        Assert.Equal([new Text("a")], InlineEdit.Trim([new Text("a"), new Text("")]));
    }
}
