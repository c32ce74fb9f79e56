namespace Pipeline.Formats.Readers.Subtitles;

/// <summary>What the WebVTT and SRT readers share once the cues are parsed: markup and roll-up repetition removed, cues
/// grouped into paragraphs, and the shared normaliser.</summary>
internal static class SubtitleTranscript
{
    public static TranscriptDocument Normalize(string path, string format, DecodedText decoded, List<Cue> cues, string? language, List<Diagnostic> diagnostics)
    {
        var cleaned = cues.Select(c => c.Text.Select(CueText.Clean).Where(l => l.Text.Length > 0).ToList()).ToList();
        var deduplicated = RollUp.Remove(cleaned, out var repeated);
        if (repeated > 0)
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.RollUpLinesRemoved, $"{repeated} caption line(s) repeated by roll-up captions removed").With("count", repeated));
        var clean = cues.Zip(deduplicated, (cue, lines) => new CleanCue(cue.Start, cue.End, lines)).Where(c => c.Lines.Count > 0).ToList();
        if (clean.Count == 0)
            throw new TranscriptException(path, "no cue with text: nothing to convert");

        var (paragraphs, voices) = SubtitleParagraphs.Build(clean);
        return TranscriptNormalizer.Normalize(new NormalizerInput(
            path,
            format,
            decoded.EncodingName,
            paragraphs,
            DocumentMetadata.Empty with { Language = language },
            [.. diagnostics],
            FirstParagraphMayBeTitle: false) { KnownSpeakers = voices });
    }

    /// <summary>Decodes the file (a byte-order mark, CRLF and legacy code pages are handled); an empty file is an error.</summary>
    public static DecodedText Decode(ReaderInput input, List<Diagnostic> diagnostics)
    {
        var decoded = TextDecoder.Decode(input.Path, input.Content.Span);
        if (decoded.Text.Trim().Length == 0)
            throw new TranscriptException(input.Path, "empty file: no text to convert");
        if (decoded.Diagnostic is not null)
            diagnostics.Add(decoded.Diagnostic);
        return decoded;
    }
}
