using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Core.Debugging;
using Pipeline.Core.Normalizing;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Readers.Text;

namespace Pipeline.Tests.Core.Normalizing;

/// <summary>Issue 17 item 6: footnote linking is linear. These assert behaviour on big inputs only; how the time grows is
/// measured by the growth benchmark (<c>Pipeline.Benchmarks growth</c>), not here.</summary>
public sealed class FootnoteLinkerGrowthTests
{
    private static readonly string[] Markers = ["*", "**", "***", "†", "‡", "1", "12", "123"];

    [Fact]
    public void The_last_marker_found_from_the_right_is_the_last_found_from_the_left()
    {
        var random = new Random(17);
        const string alphabet = "ab1 2*†‡[]().,:;\u00A0x";
        foreach (var marker in Markers)
        {
            var pattern = FootnoteLinker.MarkerPattern(marker);
            for (var i = 0; i < 3000; i++)
            {
                var text = new StringBuilder();
                for (var n = random.Next(0, 40); n > 0; n--)
                    text.Append(random.Next(4) == 0 ? (char.IsDigit(marker[0]) ? "[" + marker + "]" : marker) : alphabet[random.Next(alphabet.Length)].ToString());
                var s = text.ToString();
                var matches = pattern.Matches(s);
                var last = FootnoteLinker.LastMatch(pattern, s);
                Assert.Equal(matches.Count > 0, last.Success);
                if (matches.Count > 0)
                    Assert.Equal((matches[^1].Index, matches[^1].Length), (last.Index, last.Length));
            }
        }
    }

    [Fact]
    public void Five_thousand_markers_in_one_line_each_get_their_note_last_marker_first()
    {
        const int count = 5000;
        var text = new StringBuilder("Talk at the Quarry Hall, March 3, 2024\n\nMARA VOSTRIK: ");
        for (var i = 0; i < count; i++)
            text.Append("brask").Append(i).Append("* ");
        text.Append("\n\n");
        for (var i = 0; i < count; i++)
            text.Append("[* Note ").Append(i).Append(".]\n\n");

        var document = Read(text.ToString());

        Assert.Equal(count, document.Footnotes.Length);
        var dump = ModelDump.ToText(document, includeDiagnostics: false);
        // The first body takes the last free marker, so the references read fn5000 … fn1 along the line.
        var ids = Regex.Matches(dump, @"Fn\(fn(\d+),").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, count).Reverse(), ids);
    }

    [Fact]
    public void Mixed_markers_in_one_line_link_as_the_bodies_name_them()
    {
        var text = "Talk at the Quarry Hall, March 3, 2024\n\nMARA VOSTRIK: one* two† three* four‡ five†.\n\n"
                   + "[* Star note.]\n\n[† Dagger note.]\n\n[* Second star.]\n\n[‡ Double dagger.]\n\n[† Second dagger.]\n\n";

        var dump = ModelDump.ToText(Read(text), includeDiagnostics: false);

        // Each body takes the last free marker of its kind: fn1 (*) at three, fn2 (†) at five, fn3 (*) at one,
        // fn4 (‡) at four, fn5 (†) at two.
        var order = Regex.Matches(dump, @"Fn\((fn\d+),").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["fn3", "fn5", "fn1", "fn4", "fn2"], order);
    }

    [Fact]
    public void Ten_thousand_turns_each_with_its_note_are_all_linked()
    {
        const int count = 10_000;
        var text = new StringBuilder("Talk at the Quarry Hall, March 3, 2024\n\n");
        for (var i = 0; i < count; i++)
            text.Append(i % 2 == 0 ? "MARA VOSTRIK" : "TEODOR PLANE").Append(": The brask ").Append(i).Append(" as recorded*.\n\n[* Minute ").Append(i).Append(".]\n\n");

        var document = Read(text.ToString());

        Assert.Equal(count, document.Footnotes.Length);
        Assert.Equal(count, Regex.Matches(ModelDump.ToText(document, includeDiagnostics: false), @"Fn\(fn\d+,").Count);
    }

    private static Pipeline.Core.Model.TranscriptDocument Read(string text) =>
        new PlainTextReader().Read(new ReaderInput("notes.txt", Encoding.UTF8.GetBytes(text)));
}
