using Pipeline.Formats.Writers.Interface;

namespace Pipeline.Formats.Writers.Tei;

/// <summary>The <c>teiHeader</c>.</summary>
internal sealed partial class TeiDocumentWriter
{
    private string? language;

    /// <summary>The metadata and source facts with the characters XML 1.0 forbids removed, each counted once
    /// (a title is written twice, but its removed characters are reported once).</summary>
    private DocumentMetadata metadata = DocumentMetadata.Empty;

    private string sourceFileName = "";
    private string? sourceFormat;
    private string? sourceEncoding;

    /// <summary>The document's language as an <c>xml:lang</c> value; <c>en</c> when unknown or not a BCP 47 tag.</summary>
    private string Language => language ??= ResolveLanguage();

    private string ResolveLanguage()
    {
        var given = metadata.Language;
        var normalized = TeiVocabulary.NormalizeLanguage(given);
        if (normalized is not null)
            return normalized;
        if (!string.IsNullOrWhiteSpace(given))
            context.Report(Diagnostic.Warning(DiagnosticCode.LanguageNotBcp47, $"TEI: language '{given}' is not a BCP 47 tag; wrote '{TeiVocabulary.DefaultLanguage}'.").With("format", "tei").With("language", given).With("used", TeiVocabulary.DefaultLanguage));
        return TeiVocabulary.DefaultLanguage;
    }

    private void PrepareMetadata()
    {
        var given = document.Metadata;
        metadata = given with
        {
            Title = CleanField("title", given.Title),
            Subtitle = CleanField("subtitle", given.Subtitle),
            Date = CleanField("date", given.Date),
            Place = CleanField("place", given.Place),
            Language = CleanField("language", given.Language),
            Publisher = CleanField("publisher", given.Publisher),
            Identifier = CleanField("identifier", given.Identifier),
            Rights = CleanField("rights", given.Rights),
            Description = CleanField("description", given.Description),
            Notes = [.. Items(given.Notes).Select(n => CleanField("notes", n)).Where(n => n is not null).Select(n => n!)],
        };
        var path = CleanField("source path", document.Source?.Path) ?? "";
        var slash = path.LastIndexOfAny(['/', '\\']);
        sourceFileName = slash < 0 ? path : path[(slash + 1)..];
        sourceFormat = CleanField("source format", document.Source?.Format);
        sourceEncoding = CleanField("source encoding", document.Source?.Encoding);
        place = new Place("metadata");
    }

    /// <summary>The value cleaned and trimmed; null when nothing is left.</summary>
    private string? CleanField(string name, string? value)
    {
        if (value is null)
            return null;
        place = new Place("metadata", name);
        var clean = Clean(value).Trim();
        return clean.Length == 0 ? null : clean;
    }

    private void WriteHeader()
    {
        Open("teiHeader");
        WriteFileDesc();
        WriteEncodingDesc();
        WriteProfileDesc();
        Close();
    }

    private void WriteFileDesc()
    {
        Open("fileDesc");

        Open("titleStmt");
        var title = Title();
        Line("title", title.Text, ("type", "main"), ("subtype", title.IsDerived ? "derived" : null));
        if (metadata.Subtitle is not null)
            Line("title", metadata.Subtitle, ("type", "sub"));

        Open("respStmt");
        Line("resp", "Conversion to TEI P5 XML");
        Line("name", "Transcript pipeline (automatic conversion)");
        Close();
        Close();

        Open("publicationStmt");
        if (metadata.Publisher is not null)
            Line("publisher", metadata.Publisher);
        else
            Line("distributor", "Transcript pipeline (the source names no publisher)");

        if (metadata.Identifier is not null)
            Line("idno", metadata.Identifier, ("type", TeiVocabulary.IdentifierType(metadata.Identifier)));
        else
            Line("idno", DocumentPasses.Of(document).ContentShortId, ("type", "content-hash"));

        if (metadata.Rights is not null)
        {
            Open("availability");
            Line("licence", metadata.Rights, ("target", TeiVocabulary.LicenceUrl(metadata.Rights)));
            Close();
        }

        var editionDate = context.Options.BuildTime is { } buildTime
            ? buildTime.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : metadata.Date;
        WriteDate(editionDate);
        Close();

        if (metadata.Notes.Length > 0)
        {
            Open("notesStmt");
            foreach (var note in metadata.Notes)
                Line("note", note);
            Close();
        }

        WriteSourceDesc();
        Close();
    }

    /// <summary>The one title (<see cref="DocumentTitle"/>) of the cleaned metadata; the interface word for an untitled
    /// transcript when there is nothing to derive one from.</summary>
    private DocumentTitle Title()
    {
        var title = DocumentTitle.Of(document with { Metadata = metadata });
        return title.Source == TitleSource.None
            ? title with { Text = InterfaceWords.For(metadata.Language, context.Options.UiLanguage).Untitled }
            : title;
    }

    /// <summary>A <c>date</c> element: <c>@when</c> when the value is a W3C date, the value as its text either way.</summary>
    private void WriteDate(string? date)
    {
        if (string.IsNullOrWhiteSpace(date))
            return;
        Line("date", date.Trim(), ("when", TeiVocabulary.W3cDate(date)));
    }

    private void WriteSourceDesc()
    {
        Open("sourceDesc");

        OpenMixed("bibl");
        if (metadata.Title is not null)
            InlineElement("title", metadata.Title);
        if (metadata.Publisher is not null)
            InlineElement("publisher", metadata.Publisher);
        if (metadata.Date is not null)
            InlineElement("date", metadata.Date, ("when", TeiVocabulary.W3cDate(metadata.Date)));
        if (sourceFileName.Length > 0)
            InlineElement("idno", sourceFileName, ("type", "filename"));
        if (sourceFormat is not null)
            InlineElement("note", sourceFormat, ("type", "format"));
        if (sourceEncoding is not null)
            InlineElement("note", sourceEncoding, ("type", "encoding"));
        EndMixed();

        if (metadata.Date is not null)
        {
            Open("recordingStmt");
            Open("recording");
            WriteDate(metadata.Date);
            Close();
            Close();
        }

        Close();
    }

    private void InlineElement(string name, string text, params (string Name, string? Value)[] attributes)
    {
        Inline(name);
        foreach (var (attributeName, value) in attributes)
            Attribute(attributeName, value);
        Text(text);
        xml.WriteEndElement();
    }

    private void WriteEncodingDesc()
    {
        Open("encodingDesc");

        Open("editorialDecl");
        var format = sourceFormat is null ? "a transcript" : $"the {sourceFormat} format";
        Line("p", $"Converted automatically from {format} by the transcript pipeline. Each speaker turn is a u element whose " +
                  "@who points to a person in particDesc; a turn of several paragraphs holds one seg per paragraph. " +
                  "Narrative text with no speaker is p.");
        Line("p", "Turns the editor reports rather than quotes carry @ana=\"#paraphrase\"; turns whose speaker was inferred " +
                  "from context rather than named by a label carry @ana=\"#inferred\" (see classDecl).");
        Line("p", "Editorial remarks are note[@type='editorial'] with @subtype preamble, summary or aside; descriptions of " +
                  "what happens are stage. Footnotes are note[@place='foot'] at their marker, @n giving the marker as the " +
                  "source wrote it; a footnote referred to again is a ptr to the first, and footnotes never referred to " +
                  "are in back.");
        Line("p", "Laughter and crosstalk are vocal, applause is kinesic, noises and other events are incident, each with " +
                  "the transcript's wording in desc; inaudible passages are gap[@reason='inaudible'] with the wording in " +
                  "desc; a bare pause is pause. Timestamps are time[@synch] pointing into the timeline (seconds from T0), " +
                  "with the source's notation as their text; a turn's start time is u/@start.");
        var title = Title();
        if (title.IsDerived)
        {
            Line("p", title.Source switch
            {
                TitleSource.FirstHeading => "The source has no title: the title (title[@subtype='derived']) is the text of its first heading.",
                TitleSource.FileStem => "The source has no title: the title (title[@subtype='derived']) is its file name without the ending.",
                _ => "The source has no title and nothing to derive one from: the title (title[@subtype='derived']) says so.",
            });
        }

        Line("p", "Text before the first section heading is div[@type='front']; sections are div[@type='section'] numbered " +
                  "in @n, with deeper headings as nested div[@type='subsection']. Characters XML 1.0 does not allow " +
                  "are removed.");
        Close();

        Open("classDecl");
        Open("taxonomy");
        Line("desc", "How the speaker of an utterance is known");
        Open("category");
        XmlId(ParaphraseCategory);
        Line("catDesc", "Paraphrase: the editor reports what the speaker said instead of quoting it");
        Close();
        Open("category");
        XmlId(InferredCategory);
        Line("catDesc", "Inferred attribution: no label names the speaker; the speaker was inferred from context");
        Close();
        Close();
        Close();

        Close();
    }

    private void WriteProfileDesc()
    {
        Open("profileDesc");

        if (metadata.Description is not null)
        {
            Open("abstract");
            Line("p", metadata.Description);
            Close();
        }

        Open("langUsage");
        Line("language", TeiVocabulary.LanguageName(Language), ("ident", Language));
        Close();

        if (persons.Count > 0)
        {
            Open("particDesc");
            Open("listPerson");
            foreach (var (xmlId, participant) in persons)
                WritePerson(xmlId, participant);
            Close();
            Close();
        }

        if (metadata.Place is not null || metadata.Date is not null)
        {
            Open("settingDesc");
            Open("setting");
            if (metadata.Place is not null)
            {
                Line("placeName", metadata.Place);
            }

            WriteDate(metadata.Date);
            Close();
            Close();
        }

        Close();
    }

    private void WritePerson(string xmlId, Participant participant)
    {
        place = new Place($"participant '{participant.Id}'");
        Open(participant.IsGroup ? "personGrp" : "person");
        XmlId(xmlId);
        var role = participant.Role is null ? "" : TeiVocabulary.Token(Clean(participant.Role));
        if (role.Length > 0)
            Attribute("role", role);
        Line("persName", participant.DisplayName ?? participant.Id);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var alias in Items(participant.Aliases))
        {
            if (!string.IsNullOrWhiteSpace(alias) && seen.Add(alias))
                Line("persName", alias, ("type", "label"));
        }

        if (!string.IsNullOrWhiteSpace(participant.Organisation))
        {
            OpenMixed("affiliation");
            InlineElement("orgName", participant.Organisation.Trim());
            EndMixed();
        }

        Close();
    }
}
