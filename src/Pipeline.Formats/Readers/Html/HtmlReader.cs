using AngleSharp.Html.Parser;

namespace Pipeline.Formats.Readers.Html;

/// <summary>Reads transcripts published as web pages: decodes and parses the page (nothing is fetched, no script
/// runs), keeps only its main content, and hands its text blocks to the shared normaliser.</summary>
public sealed class HtmlReader() : Reader("html",
    "HTML transcript page (main content only; nothing is fetched)",
    [".html", ".htm"])
{
    private const int SniffBytes = 1024;

    public override bool CanSniff(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head.Length > SniffBytes ? head[..SniffBytes] : head).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        return text.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase) || text.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    public override TranscriptDocument Read(ReaderInput input)
    {
        var decoded = HtmlDecoder.Decode(input.Path, input.Content.Span);
        if (decoded.Text.Trim().Length == 0)
            throw new TranscriptException(input.Path, "empty file: no text to convert");
        var diagnostics = new List<Diagnostic>(decoded.Diagnostics);

        var guard = new HtmlNestingGuard(input.Path);
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = false, OnToken = guard.OnToken });
        var document = parser.ParseDocument(decoded.Text);
        var headMetadata = HtmlMetadataReader.Read(document);
        var body = document.Body ?? throw new TranscriptException(input.Path, "the page has no body");
        BoilerplateRemover.Remove(body);
        var content = MainContentFinder.Find(body, decoded.Text, diagnostics);
        var walk = ParagraphWalker.Walk(content);
        var metadata = MetadataTable.Merge(headMetadata, walk.MetadataRows, out var unmapped);
        if (walk.MetadataRows.Count > 0)
        {
            var mapped = walk.MetadataRows.Select(r => $"{r.Name}={r.Value}").Except(unmapped).ToList();
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.MetadataTable, $"metadata table read as the document's metadata, not as text: {(mapped.Count > 0 ? string.Join(", ", mapped) : "no row")} mapped{(unmapped.Count > 0 ? "; left out, no field for them: " + string.Join(", ", unmapped) : "")}").With("mapped", string.Join(",", mapped)).With("unmapped", string.Join(",", unmapped)));
        }

        var paragraphs = PageMarkers.Remove(walk.Paragraphs, diagnostics, out var markers);
        if (metadata.Date is null && markers.Select(PageMarkers.DateOf).FirstOrDefault(d => d is not null) is { } markerDate)
        {
            metadata = metadata with { Date = markerDate };
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.DateFromMarkers, $"date {markerDate} read from the column markers").With("date", markerDate));
        }

        if (paragraphs.IsEmpty)
            throw new TranscriptException(input.Path, "the page has no visible text to convert");

        return TranscriptNormalizer.Normalize(NormalizerInput.For(input, Name, decoded.EncodingName, paragraphs, metadata, diagnostics));
    }
}
