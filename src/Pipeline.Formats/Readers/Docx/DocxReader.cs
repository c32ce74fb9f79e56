using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Formats.Readers.Docx;

/// <summary>Reads Word transcripts (<c>.docx</c>) with the Open XML SDK: paragraphs in order with their styles and outline
/// levels, speaker labels as paragraphs of their own or as bold/styled runs, speaker / text tables, footnotes and
/// endnotes at their references, tracked changes as accepted, comments skipped, <c>docProps/core.xml</c> as metadata.
/// The zip is checked against bombs before anything is parsed; external relationships are never followed.</summary>
public sealed class DocxReader() : Reader("docx",
    "Word document (.docx): styles, labels as paragraphs or bold runs, tables, notes, tracked changes accepted",
    [".docx"])
{
    private const string NoteIdPrefix = "docx-note-";

    /// <summary>A zip whose first entries lie under <c>word/</c>.</summary>
    public override bool CanSniff(ReadOnlySpan<byte> head) =>
        head.StartsWith("PK\u0003\u0004"u8) && head.IndexOf("word/"u8) >= 0;

    public override TranscriptDocument Read(ReaderInput input)
    {
        if (input.Content.IsEmpty)
            throw new TranscriptException(input.Path, "empty file: no text to convert");
        DocxPackageLimits.Check(input.Path, input.Content);
        try
        {
            using var stream = new MemoryStream(input.Content.ToArray(), writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = DocxPackageLimits.MaxCharactersInPart, AutoSave = false });
            return Read(input.Path, document);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FileFormatException or InvalidOperationException or NotSupportedException or ArgumentException or UriFormatException)
        {
            throw new TranscriptException(input.Path, "not a readable Word document: " + ex.Message, null, ex);
        }
    }

    private TranscriptDocument Read(string path, WordprocessingDocument document)
    {
        var main = document.MainDocumentPart ?? throw new TranscriptException(path, "not a Word document: no main document part");
        var body = main.Document?.Body ?? throw new TranscriptException(path, "not a Word document: the main part has no body");
        var diagnostics = new List<Diagnostic>();
        var styles = DocxStyles.Read(main);
        var walker = new DocxBody(styles);
        var paragraphs = walker.Read(body, diagnostics);
        if (paragraphs.All(p => p.IsEmpty))
            throw new TranscriptException(path, "empty document: no text to convert");

        var metadata = Metadata(document, styles);
        var labels = new DocxLabels(paragraphs);
        Describe(labels, paragraphs, diagnostics);
        var transcript = new DocxTranscript(labels, titleFromParagraph: metadata.Title is null, diagnostics);
        var source = transcript.Build(paragraphs);
        if (metadata.Title is null && transcript.Titles.Count > 0)
            metadata = metadata with { Title = transcript.Titles[0] };
        var footnotes = Notes(main, walker, transcript.NoteReferences, diagnostics);
        Report(walker, main, diagnostics);
        if (source.IsEmpty)
            throw new TranscriptException(path, "empty document: no text to convert");

        var result = TranscriptNormalizer.Normalize(new NormalizerInput(
            path,
            Name,
            "docx",
            source,
            metadata,
            [.. diagnostics],
            FirstParagraphMayBeTitle: metadata.Title is null));
        // Word's notes are joined to their references by the package itself, so they go to the model directly rather than
        // through the normaliser's marker matching.
        return result with { Footnotes = result.Footnotes.AddRange(footnotes) };
    }

    private static DocumentMetadata Metadata(WordprocessingDocument document, DocxStyles styles)
    {
        var properties = document.PackageProperties;
        var notes = new List<string>();
        if (Clean(properties.Creator) is { } creator)
            notes.Add("creator: " + creator);
        return DocumentMetadata.Empty with
        {
            Title = Clean(properties.Title),
            Subtitle = Clean(properties.Subject),
            Description = Clean(properties.Description),
            Identifier = Clean(properties.Identifier),
            Date = properties.Created is { } created && created.Year > 1900 ? created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Language = Clean(properties.Language) ?? styles.DefaultLanguage,
            Notes = [.. notes],
        };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void Describe(DocxLabels labels, List<DocxParagraph> paragraphs, List<Diagnostic> diagnostics)
    {
        string NameOf(string id) => paragraphs.FirstOrDefault(p => p.StyleKey == id)?.Style?.Name ?? id;
        foreach (var style in labels.LabelStyles.Order(StringComparer.Ordinal))
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.LabelStyle, $"paragraphs in style '{NameOf(style)}' read as speaker labels: short, recurring, followed by speech").With("style", NameOf(style)));
        foreach (var style in labels.StageStyles.Order(StringComparer.Ordinal))
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.StageStyle, $"paragraphs in style '{NameOf(style)}' read as stage directions: all are bracketed").With("style", NameOf(style)));
    }

    /// <summary>Footnotes and endnotes in the order of their references; a note referenced twice is given once per reference.</summary>
    private static List<Footnote> Notes(MainDocumentPart main, DocxBody walker, List<(string NoteId, string ModelId, string Marker)> references, List<Diagnostic> diagnostics)
    {
        var bodies = new Dictionary<string, OpenXmlElement>(StringComparer.Ordinal);
        foreach (var note in main.FootnotesPart?.Footnotes?.Elements<W.Footnote>() ?? [])
        {
            if (note.Id?.Value is { } id && (note.Type?.Value is not { } type || type == W.FootnoteEndnoteValues.Normal))
                bodies.TryAdd("f" + id.ToString(CultureInfo.InvariantCulture), note);
        }

        foreach (var note in main.EndnotesPart?.Endnotes?.Elements<W.Endnote>() ?? [])
        {
            if (note.Id?.Value is { } id && (note.Type?.Value is not { } type || type == W.FootnoteEndnoteValues.Normal))
                bodies.TryAdd("e" + id.ToString(CultureInfo.InvariantCulture), note);
        }

        var footnotes = new List<Footnote>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (noteId, modelId, marker) in references)
        {
            used.Add(noteId);
            var paragraphs = bodies.TryGetValue(noteId, out var body) ? NoteParagraphs(walker.ReadNote(body)) : [];
            if (paragraphs.IsEmpty)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCode.NoteWithoutText, $"{(noteId[0] == 'f' ? "footnote" : "endnote")} {noteId[1..]} is referenced but has no text").With("note", noteId));
                paragraphs = [new Paragraph([new Core.Model.Text(marker)])];
            }

            footnotes.Add(new Footnote(modelId, marker, paragraphs));
        }

        foreach (var (noteId, body) in bodies.Where(b => !used.Contains(b.Key)).OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            var paragraphs = NoteParagraphs(walker.ReadNote(body));
            if (paragraphs.IsEmpty)
                continue;
            var marker = (footnotes.Count + 1).ToString(CultureInfo.InvariantCulture);
            footnotes.Add(new Footnote(NoteIdPrefix + marker, marker, paragraphs));
            diagnostics.Add(Diagnostic.Warning(DiagnosticCode.FootnoteUnreferenced, $"{(noteId[0] == 'f' ? "footnote" : "endnote")} {noteId[1..]} is never referenced in the text: kept as an unreferenced footnote").With("note", noteId));
        }

        if (footnotes.Count > 0)
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.NotesRead, $"{footnotes.Count} Word footnote(s)/endnote(s) read at their references").With("count", footnotes.Count));
        return footnotes;
    }

    private static System.Collections.Immutable.ImmutableArray<Paragraph> NoteParagraphs(List<DocxParagraph> paragraphs) =>
        [.. paragraphs.Where(p => !p.IsEmpty).Select(p => new Paragraph([new Core.Model.Text(p.Plain)]))];

    private static void Report(DocxBody walker, MainDocumentPart main, List<Diagnostic> diagnostics)
    {
        if (walker.Insertions + walker.Deletions > 0)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCode.TrackedChangesAccepted, $"tracked changes read as accepted: {walker.Insertions} insertion(s) kept, {walker.Deletions} deletion(s) dropped").With("insertions", walker.Insertions).With("deletions", walker.Deletions));
        var comments = main.WordprocessingCommentsPart?.Comments?.Elements<W.Comment>().Count() ?? 0;
        if (comments > 0 || walker.Comments > 0)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCode.CommentsSkipped, $"{Math.Max(comments, walker.Comments)} comment(s) skipped: comments are not part of the transcript").With("count", Math.Max(comments, walker.Comments)));
        if (walker.TextBoxes > 0)
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.TextBoxes, $"{walker.TextBoxes} text box(es) read after the paragraph that anchors them").With("count", walker.TextBoxes));
        if (walker.SpeakerTables > 0)
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.SpeakerTables, $"{walker.SpeakerTables} table(s) read as speaker / text columns").With("count", walker.SpeakerTables));
        var external = main.ExternalRelationships.Select(r => r.RelationshipType).Concat(main.Parts.SelectMany(p => p.OpenXmlPart.ExternalRelationships).Select(r => r.RelationshipType)).ToList();
        if (external.Count > 0)
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.ExternalRelationships, $"{external.Count} external relationship(s) not followed ({string.Join(", ", external.Select(t => t[(t.LastIndexOf('/') + 1)..]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))})").With("count", external.Count));
    }
}
