using Pipeline.Formats.Readers.Xml;

namespace Pipeline.Formats.Readers.Transcriber;

/// <summary>Reads Transcriber (<c>.trs</c>) files: the <c>Speakers</c> table, <c>Turn</c>s with their speakers (several
/// in one turn split at <c>Who</c>), <c>startTime</c> and <c>Sync</c> as the timeline, <c>Section</c> topics as headings,
/// <c>Event</c>s as incidents and <c>Comment</c>s as editorial notes. The format is already structured, so it maps straight
/// to the model (ids and the language guess follow the shared normaliser).</summary>
/// <remarks>The DOCTYPE (<c>trans-14.dtd</c>) is skipped, never fetched. A <c>.xml</c> file whose root is <c>Trans</c> is
/// sniffed as Transcriber.</remarks>
public sealed class TranscriberReader() : Reader("transcriber",
    "Transcriber .trs XML (Speakers, Turn/Who, Sync timeline, Section topics, Event, Comment)",
    [".trs"])
{
    public override bool CanSniff(ReadOnlySpan<byte> head) => IsTrans(XmlSource.RootName(head));

    public override string? UnsupportedReason(ReadOnlySpan<byte> content) =>
        XmlSource.RootName(content) is { } root && !IsTrans(root) ? $"not a Transcriber file (root element {root.LocalName}, not Trans)" : null;

    public override TranscriptDocument Read(ReaderInput input)
    {
        var xml = XmlSource.Load(input.Path, input.Content);
        var root = xml.Root!;
        if (!IsTrans(root.Name))
            throw new TranscriptException(input.Path, $"not a Transcriber file (root element {root.Name.LocalName}, not Trans)", XmlSource.Line(root));

        var diagnostics = new List<Diagnostic>();
        var speakers = new TrsSpeakers(root, diagnostics);
        var topics = root.Elements().Where(e => e.Name.LocalName == "Topics").Elements().Where(e => e.Name.LocalName == "Topic")
            .Where(t => t.Attr("id") is not null)
            .GroupBy(t => t.Attr("id")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Attr("desc") ?? "", StringComparer.Ordinal);
        var body = new TrsBody(speakers, topics, diagnostics);
        foreach (var episode in root.Elements().Where(e => e.Name.LocalName == "Episode"))
            body.ReadEpisode(episode);
        var blocks = body.Blocks;
        if (!blocks.Any(b => b is Turn or Paragraph or EditorialNote))
            throw new TranscriptException(input.Path, "the Transcriber file has no transcribed text", XmlSource.Line(root));

        var metadata = new DocumentMetadata
        {
            Title = NonEmpty(root.Attr("audio_filename")),
            Language = LanguageTag(root.Attr("lang")) ?? GuessLanguage(input.Path, blocks),
            Notes = NonEmpty(root.Attr("scribe")) is { } scribe ? [$"transcribed by {scribe}"] : [],
        };
        return new TranscriptDocument(
            metadata,
            speakers.Build(blocks),
            blocks,
            [],
            [.. diagnostics],
            new SourceInfo(input.Path, Name, XmlSource.EncodingOf(xml)));
    }

    private static bool IsTrans(XName? root) => root is not null && root.LocalName == "Trans" && root.Namespace == XNamespace.None;

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A BCP 47 tag from Transcriber's <c>xml:lang</c>, which is often an ISO 639-2 code (<c>fre</c>, <c>ger</c>).</summary>
    internal static string? LanguageTag(string? code)
    {
        var trimmed = NonEmpty(code)?.ToLowerInvariant();
        return trimmed switch
        {
            null => null,
            "eng" => "en",
            "fre" or "fra" => "fr",
            "ger" or "deu" => "de",
            "spa" => "es",
            "ita" => "it",
            "por" => "pt",
            "dut" or "nld" => "nl",
            "rus" => "ru",
            "ara" => "ar",
            "chi" or "zho" => "zh",
            _ => trimmed,
        };
    }

    /// <summary>The language the shared normaliser guesses from the first turns' text.</summary>
    private static string? GuessLanguage(string path, ImmutableArray<Block> blocks)
    {
        var sample = new System.Text.StringBuilder();
        foreach (var block in blocks)
        {
            if (block is Turn turn)
                sample.Append(InlineText.ToPlainText(turn.Paragraphs)).Append(' ');
            if (sample.Length > 2000)
                break;
        }

        var paragraphs = ImmutableArray.Create(SourceParagraph.FromText(sample.ToString(), 1));
        var guessed = TranscriptNormalizer.Normalize(new NormalizerInput(path, "transcriber", null, paragraphs, DocumentMetadata.Empty, [], FirstParagraphMayBeTitle: false));
        return guessed.Metadata.Language;
    }
}
