namespace Pipeline.Tests.Golden;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void Equal_texts_have_no_diff() => Assert.Equal("", UnifiedDiff.Of("a\nb\n", "a\nb\n"));

    [Fact]
    public void A_changed_line_shows_as_removed_then_added_with_three_lines_of_context()
    {
        var expected = string.Join("\n", Enumerable.Range(1, 10).Select(i => $"line {i}")) + "\n";
        var actual = expected.Replace("line 5\n", "line five\n", StringComparison.Ordinal);

        var diff = UnifiedDiff.Of(expected, actual, "x.native", "actual");

        Assert.Equal(
            "--- x.native\n+++ actual\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n",
            diff);
    }

    [Fact]
    public void Changes_far_apart_are_separate_hunks_and_added_lines_count_only_on_the_plus_side()
    {
        var expected = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"l{i}")) + "\n";
        var actual = expected.Replace("l2\n", "", StringComparison.Ordinal).Replace("l18\n", "l18\nnew\n", StringComparison.Ordinal);

        var diff = UnifiedDiff.Of(expected, actual);

        Assert.Contains("@@ -1,5 +1,4 @@\n l1\n-l2\n l3\n l4\n l5\n", diff, StringComparison.Ordinal);
        Assert.Contains("@@ -16,5 +15,6 @@\n l16\n l17\n l18\n+new\n l19\n l20\n", diff, StringComparison.Ordinal);
    }
}
