using System.Net;

namespace Pipeline.Formats.Readers.Subtitles;

/// <summary>One line of cue text with the markup removed, and the voice its <c>&lt;v Name&gt;</c> tag names.</summary>
internal sealed record CleanLine(string Text, string? Voice, int Line);

/// <summary>Removes cue markup from a line: voice, class, styling, ruby and language tags and per-word timestamps
/// (<c>&lt;c&gt;</c>, <c>&lt;i&gt;</c>, <c>&lt;00:00:01.000&gt;</c>), SRT's <c>&lt;font&gt;</c> and <c>{\an8}</c>
/// positioning; then decodes character references (<c>&amp;amp;</c>, <c>&amp;lt;</c>).</summary>
internal static partial class CueText
{
    [GeneratedRegex(@"<v(?:\.[^\s>]*)?[ \t]+(?<name>[^>]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex VoiceTag();

    [GeneratedRegex(@"</?[A-Za-z][^<>]*>|<[0-9][0-9:.]*>|</>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\{\\[^{}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex AssOverride();

    [GeneratedRegex(@"[ \t\u00A0]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    public static CleanLine Clean(NumberedLine line)
    {
        var voice = VoiceTag().Match(line.Text) is { Success: true } match ? Decode(match.Groups["name"].Value) : null;
        var text = Tag().Replace(line.Text, "");
        text = AssOverride().Replace(text, "");
        text = Decode(text);
        return new CleanLine(text, voice is { Length: > 0 } ? voice : null, line.Line);
    }

    private static string Decode(string text) =>
        Spaces().Replace(WebUtility.HtmlDecode(text).Replace('\u200E', ' ').Replace('\u200F', ' '), " ").Trim();
}
