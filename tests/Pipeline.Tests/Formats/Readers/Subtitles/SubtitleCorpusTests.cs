using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Readers.Subtitles;

/// <summary>Every subtitle file of the shared corpus: read without error, every word of its visible text kept,
/// speakers and turns as the hand count in gold.tsv says.</summary>
[Trait("Category", "External")]
public sealed partial class SubtitleCorpusTests
{
    [GeneratedRegex(@"<[^<>]*>|\{\\[^{}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        var folder = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "corpus", "subtitles"));
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".vtt", StringComparison.Ordinal) || f.EndsWith(".srt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
                data.Add("subtitles/" + Path.GetFileName(file));
        }

        if (data.Count == 0)
            data.Add("subtitles/absent.vtt");
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Corpus_subtitles_keep_every_visible_word(string relative)
    {
        var (document, bytes) = Read(relative);
        var missing = Words.Missing(VisibleText(Encoding.UTF8.GetString(bytes)), Words.TextOf(document));
        Assert.True(missing.Count == 0, "missing words: " + string.Join(", ", missing.Take(40)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Corpus_subtitles_have_the_speakers_and_turns_of_the_hand_count(string relative)
    {
        var (document, _) = Read(relative);
        var (labels, turns) = Gold(relative);
        var found = document.Participants.Select(p => p.DisplayName.ToUpperInvariant()).Order(StringComparer.Ordinal);
        Assert.Equal(labels.Select(l => l.ToUpperInvariant()).Order(StringComparer.Ordinal), found);
        var turnCount = document.Blocks.OfType<Turn>().Count();
        Assert.InRange(turnCount, turns * 0.95, turns * 1.05);
        Assert.All(document.Blocks.OfType<Turn>(), t => Assert.NotNull(t.Start));
    }

    private static (TranscriptDocument Document, byte[] Bytes) Read(string relative)
    {
        var path = RepoPaths.RequireShared("corpus/" + relative);
        var bytes = File.ReadAllBytes(path);
        var reader = BuiltInFormats.CreateRegistry().FindReader(path, bytes)!;
        return (reader.Read(new ReaderInput(path, bytes)), bytes);
    }

    /// <summary>The cue text lines (after a timing line) without markup, a line repeated from the cue before left out.</summary>
    private static string VisibleText(string file)
    {
        var visible = new List<string>();
        var previous = new List<string>();
        foreach (var block in file.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
        {
            var lines = block.Split('\n').ToList();
            var timing = lines.FindIndex(l => l.Contains("-->", StringComparison.Ordinal));
            if (timing is < 0 or > 1)
                continue;
            var cue = lines.Skip(timing + 1).Select(l => WebUtility.HtmlDecode(Markup().Replace(l, " ")).Trim()).Where(l => l.Length > 0).ToList();
            visible.AddRange(cue.Where(l => !previous.Contains(l)));
            previous = cue;
        }

        return string.Join("\n", visible);
    }

    private static (string[] Labels, int Turns) Gold(string relative)
    {
        foreach (var line in File.ReadLines(RepoPaths.RequireShared("corpus/gold.tsv"), Encoding.UTF8).Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length >= 3 && cells[0] == relative)
                return (cells[1] == "-" ? [] : cells[1].Split('|', StringSplitOptions.RemoveEmptyEntries), int.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Skip($"{relative} has no row in gold.tsv");
        return ([], 0);
    }
}
