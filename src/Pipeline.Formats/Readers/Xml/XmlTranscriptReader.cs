namespace Pipeline.Formats.Readers.Xml;

/// <summary>Reads transcripts published as XML that is not TEI or Transcriber: parliamentary records (UK historic
/// Hansard, the Canadian House of Commons, Bundestag protocols) by their dialect's mapping, anything else by the generic
/// mapping; the paragraphs go to the shared normaliser. XML that is clearly not a transcript (a sitemap, a feed, a
/// configuration) is refused through <see cref="UnsupportedReason"/>.</summary>
public sealed class XmlTranscriptReader() : Reader("xml",
    $"Transcript XML that is not TEI, by dialect mapping ({string.Join(", ", XmlDialect.BuiltIn.Select(d => d.Name))}); sitemaps, feeds and configs are refused",
    [".xml"])
{
    private static readonly XNamespace TeiNamespace = "http://www.tei-c.org/ns/1.0";

    /// <summary>XML this reader is the one for: a root that is neither TEI nor Transcriber nor clearly not a transcript.</summary>
    public override bool CanSniff(ReadOnlySpan<byte> head) =>
        XmlSource.RootName(head) is { } root && !IsTei(root) && !IsTrans(root) && Refused(root) is null;

    public override string? UnsupportedReason(ReadOnlySpan<byte> content) =>
        XmlSource.RootName(content) switch
        {
            { } root when Refused(root) is { } refused => NotATranscript(root, refused),
            { } root when IsTrans(root) => "a Transcriber file (root element Trans): the transcriber reader takes it",
            _ => null,
        };

    public override TranscriptDocument Read(ReaderInput input)
    {
        var xml = XmlSource.Load(input.Path, input.Content);
        var root = xml.Root!;
        if (Refused(root.Name) is { } refused)
            throw new TranscriptException(input.Path, NotATranscript(root.Name, refused), XmlSource.Line(root));

        var dialect = XmlDialect.BuiltIn.FirstOrDefault(d => d.Recognises(root.Name)) ?? XmlDialect.BuiltIn.First(d => d.IsGeneric);
        var diagnostics = new List<Diagnostic>
        {
            dialect.IsGeneric
                ? Diagnostic.Info(DiagnosticCode.GenericMapping, $"root element <{root.Name.LocalName}> matches no dialect mapping: read with the generic mapping", XmlSource.Line(root)).With("root", root.Name.LocalName)
                : Diagnostic.Info(DiagnosticCode.DialectMapping, $"read with the '{dialect.Name}' mapping (root element <{root.Name.LocalName}>)", XmlSource.Line(root)).With("dialect", dialect.Name).With("root", root.Name.LocalName),
        };
        var (paragraphs, found) = XmlWalker.Walk(root, dialect, diagnostics);
        if (paragraphs.IsEmpty)
            throw new TranscriptException(input.Path, "the XML has no text to convert", XmlSource.Line(root));

        var metadata = new DocumentMetadata
        {
            Title = found.GetValueOrDefault("title"),
            Subtitle = found.GetValueOrDefault("subtitle"),
            Date = found.GetValueOrDefault("date") is { } date ? IsoDate(date) : null,
            Place = found.GetValueOrDefault("place"),
            Publisher = found.GetValueOrDefault("publisher"),
            Identifier = found.GetValueOrDefault("identifier"),
            Language = found.GetValueOrDefault("language") ?? Language(root),
        };
        return TranscriptNormalizer.Normalize(new NormalizerInput(
            input.Path,
            Name,
            XmlSource.EncodingOf(xml),
            paragraphs,
            metadata,
            [.. diagnostics],
            FirstParagraphMayBeTitle: metadata.Title is null));
    }

    private static bool IsTei(XName root) => root.Namespace == TeiNamespace || (root.Namespace == XNamespace.None && root.LocalName is "TEI" or "teiCorpus");

    private static bool IsTrans(XName root) => root.Namespace == XNamespace.None && root.LocalName == "Trans";

    private static RefusedRoot? Refused(XName root) =>
        XmlDialect.BuiltIn.SelectMany(d => d.Refuse).FirstOrDefault(r => r.Matches(root));

    private static string NotATranscript(XName root, RefusedRoot refused) =>
        $"not a transcript: {refused.What} (root element {root.LocalName})";

    /// <summary>The root's <c>xml:lang</c> (or <c>lang</c>) as a lower-case BCP 47 tag.</summary>
    private static string? Language(XElement root) =>
        (root.Attribute(XNamespace.Xml + "lang") ?? root.Attribute("lang"))?.Value.Trim() is { Length: > 0 } lang ? lang.ToLowerInvariant() : null;

    /// <summary>ISO 8601 from the forms dialects write: <c>1961-07-06</c>, <c>23.05.1951</c>, <c>Thursday, October 24, 2013</c>.</summary>
    internal static string? IsoDate(string text)
    {
        var trimmed = text.Trim();
        string[] formats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "yyyy"];
        if (DateTime.TryParseExact(trimmed, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return trimmed.Length == 4 ? trimmed : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return ReaderConventions.IsoDate(trimmed);
    }
}
