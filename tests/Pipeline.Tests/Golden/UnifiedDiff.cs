using System.Globalization;
using System.Text;

namespace Pipeline.Tests.Golden;

/// <summary>A unified diff of two texts by lines (longest common subsequence), with three lines of context, as
/// <c>diff -u</c> prints it: what a failing golden test shows.</summary>
public static class UnifiedDiff
{
    private const int Context = 3;
    private const int MaxLines = 400;

    /// <summary>The diff from <paramref name="expected"/> to <paramref name="actual"/>; empty when they are equal.</summary>
    public static string Of(string expected, string actual, string expectedName = "expected", string actualName = "actual")
    {
        var a = Lines(expected);
        var b = Lines(actual);
        var edits = Edits(a, b);
        if (edits.All(e => e.Kind == ' '))
            return "";

        var output = new StringBuilder();
        output.Append("--- ").Append(expectedName).Append('\n').Append("+++ ").Append(actualName).Append('\n');
        var written = 0;
        var i = 0;
        while (i < edits.Count)
        {
            var firstChange = edits.FindIndex(i, e => e.Kind != ' ');
            if (firstChange < 0)
                break;
            var start = Math.Max(i, firstChange - Context);
            var end = firstChange;
            // Extend the hunk while the next change is within two contexts of the last one.
            while (true)
            {
                var lastChange = end;
                while (end < edits.Count && edits[end].Kind != ' ')
                    lastChange = end++;
                var next = edits.FindIndex(end, e => e.Kind != ' ');
                if (next < 0 || next - lastChange > 2 * Context)
                {
                    end = Math.Min(edits.Count, lastChange + 1 + Context);
                    break;
                }

                end = next;
            }

            var hunk = edits.GetRange(start, end - start);
            var aStart = hunk[0].A;
            var bStart = hunk[0].B;
            output.Append(CultureInfo.InvariantCulture,
                $"@@ -{aStart + 1},{hunk.Count(e => e.Kind != '+')} +{bStart + 1},{hunk.Count(e => e.Kind != '-')} @@\n");
            foreach (var edit in hunk)
            {
                if (++written > MaxLines)
                    return output.Append("… (diff cut after ").Append(MaxLines).Append(" lines)\n").ToString();
                output.Append(edit.Kind).Append(edit.Text).Append('\n');
            }

            i = end;
        }

        return output.ToString();
    }

    private static string[] Lines(string text)
    {
        var lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    /// <summary>The edit script: each line kept (' '), removed from a ('-') or added from b ('+'), with the
    /// positions in a and b where it stands.</summary>
    private static List<(char Kind, string Text, int A, int B)> Edits(string[] a, string[] b)
    {
        // Common prefix and suffix first: golden dumps usually differ in a few lines, so the table stays small.
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
            prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
            suffix++;
        var n = a.Length - prefix - suffix;
        var m = b.Length - prefix - suffix;
        var lcs = new int[n + 1, m + 1];
        for (var x = n - 1; x >= 0; x--)
        {
            for (var y = m - 1; y >= 0; y--)
                lcs[x, y] = a[prefix + x] == b[prefix + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
        }

        var edits = new List<(char, string, int, int)>();
        for (var k = 0; k < prefix; k++)
            edits.Add((' ', a[k], k, k));
        int ia = 0, ib = 0;
        while (ia < n || ib < m)
        {
            if (ia < n && ib < m && a[prefix + ia] == b[prefix + ib])
            {
                edits.Add((' ', a[prefix + ia], prefix + ia, prefix + ib));
                ia++;
                ib++;
            }
            else if (ia < n && (ib == m || lcs[ia + 1, ib] >= lcs[ia, ib + 1]))
            {
                edits.Add(('-', a[prefix + ia], prefix + ia, prefix + ib));
                ia++;
            }
            else
            {
                edits.Add(('+', b[prefix + ib], prefix + ia, prefix + ib));
                ib++;
            }
        }

        for (var k = 0; k < suffix; k++)
            edits.Add((' ', a[prefix + n + k], prefix + n + k, prefix + m + k));
        return edits;
    }
}
