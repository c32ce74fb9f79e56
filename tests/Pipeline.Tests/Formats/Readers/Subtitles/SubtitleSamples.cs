using System.Text;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Readers.Subtitles;

namespace Pipeline.Tests.Formats.Readers.Subtitles;

/// <summary>Reads invented subtitle text and describes the result compactly.</summary>
internal static class SubtitleSamples
{
    public static TranscriptDocument Vtt(string text, string path = "test.vtt") =>
        new WebVttReader().Read(new ReaderInput(path, Encoding.UTF8.GetBytes(text)));

    public static TranscriptDocument Srt(string text, string path = "test.srt") =>
        new SrtReader().Read(new ReaderInput(path, Encoding.UTF8.GetBytes(text)));

    /// <summary>Each turn as "Speaker@start: text"; a paragraph with no speaker as "-: text".</summary>
    public static List<string> Turns(TranscriptDocument document) =>
        [.. document.Blocks.Select(block => block switch
        {
            Turn t => $"{document.FindParticipant(t.SpeakerId)!.DisplayName}@{t.Start?.TotalSeconds}: {InlineText.ToPlainText(t.Paragraphs)}",
            Paragraph p => "-: " + InlineText.ToPlainText(p.Content),
            _ => block.GetType().Name,
        })];
}
