namespace Pipeline.Formats.Readers.Tei;

/// <summary>Reads TEI transcripts, ours and others' (ParlaMint and similar): <c>listPerson</c> participants,
/// <c>div</c>/<c>head</c> sections, <c>u[@who]</c> turns with <c>seg</c> paragraphs, notes, incidents, <c>gap</c>
/// and the <c>timeline</c>. TEI is already structured, so it maps straight to the model without the normaliser.</summary>
/// <remarks>XML is parsed securely: a DOCTYPE is skipped, never processed, so no entity is expanded and nothing is
/// fetched. A <c>.xml</c> file whose root is not TEI is refused with "not TEI (root element X)".</remarks>
public sealed class TeiReader() : Reader("tei",
    "TEI P5 XML transcript (u/@who turns; ours, ParlaMint); XML that is not TEI is refused",
    [".tei.xml", ".xml"])
{
    public override bool CanSniff(ReadOnlySpan<byte> head) => TeiXml.RootName(head) is { } root && TeiXml.IsTeiRoot(root);

    public override string? UnsupportedReason(ReadOnlySpan<byte> content) =>
        TeiXml.RootName(content) is { } root && !TeiXml.IsTeiRoot(root) ? TeiXml.NotTei(root) : null;

    public override TranscriptDocument Read(ReaderInput input)
    {
        var xml = TeiXml.Load(input.Path, input.Content);
        var root = xml.Root ?? throw new TranscriptException(input.Path, "the XML has no root element");
        if (!TeiXml.IsTeiRoot(root.Name))
            throw new TranscriptException(input.Path, TeiXml.NotTei(root.Name));

        var diagnostics = new List<Diagnostic>();
        var timeline = new TeiTimeline(root);
        var participants = new TeiParticipants(root, diagnostics);
        var footnotes = new TeiFootnotes();
        var inlines = new TeiInlines(timeline, footnotes);
        var body = new TeiBody(inlines, new TeiUtterances(inlines, participants, timeline, diagnostics), footnotes, diagnostics);

        var texts = Texts(root).ToList();
        if (root.Is("teiCorpus"))
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.TeiCorpus, $"teiCorpus with {texts.Count} texts: read one after another").With("texts", texts.Count));
        foreach (var text in texts)
            body.ReadText(text);
        body.FlushLabel(null);

        var encoding = xml.Declaration?.Encoding is { Length: > 0 } declared ? declared.ToLowerInvariant() : "utf-8";
        return new TranscriptDocument(
            TeiHeader.Read(root.Is("teiCorpus") && root.Child("teiHeader") is null ? root.Below("TEI").FirstOrDefault() ?? root : root),
            participants.Build(),
            body.Blocks,
            footnotes.Build(),
            [.. diagnostics],
            new SourceInfo(input.Path, Name, encoding));
    }

    /// <summary>The <c>text</c> elements of the document, or of each <c>TEI</c> in a <c>teiCorpus</c>.</summary>
    private static IEnumerable<XElement> Texts(XElement root) =>
        root.Is("teiCorpus")
            ? root.Elements().Where(e => e.Is("TEI") || e.Is("teiCorpus")).SelectMany(Texts)
            : root.Children("text");
}
