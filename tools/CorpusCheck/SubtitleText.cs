using System.Net;
using System.Text.RegularExpressions;

namespace Pipeline.CorpusCheck;

/// <summary>The visible text of a WebVTT or SRT file, worked out independently of the readers: the text lines of every
/// cue (the lines after a timing line), without tags (voice, styling, per-word timestamps), SRT positioning or
/// character references, and without a line that repeats one of the previous cue's lines (roll-up captions show a line
/// twice but it is said once). Headers and NOTE, STYLE and REGION blocks have no timing line, so they do not count.</summary>
internal static partial class SubtitleText
{
    [GeneratedRegex(@"<[^<>]*>|\{\\[^{}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    public static string Visible(string text)
    {
        var visible = new List<string>();
        var previous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
        {
            var lines = block.Split('\n').Where(l => l.Trim().Length > 0).ToList();
            var timing = lines.FindIndex(l => l.Contains("-->", StringComparison.Ordinal));
            if (timing < 0 || timing > 1)
                continue;
            var cue = lines.Skip(timing + 1).Select(l => WebUtility.HtmlDecode(Markup().Replace(l, " ")).Trim()).Where(l => l.Length > 0).ToList();
            visible.AddRange(cue.Where(l => !previous.Contains(l)));
            previous = new HashSet<string>(cue, StringComparer.Ordinal);
        }

        return string.Join("\n", visible);
    }
}
