namespace Pipeline.Core.Diagnostics;

/// <summary>The closed list of diagnostic codes: one per distinct meaning, grouped by area in ranges of numbers. Each has a
/// fixed level (<see cref="LevelAttribute"/>); docs/diagnostics.md lists them with what to do, and a test keeps the two
/// in step. A code is never reused for another meaning; a retired code stays out of use.</summary>
public enum DiagnosticCode
{
    // Decoding (PL001–PL009): turning bytes into text
    /// <summary>PL001: Byte sequences that are not valid in the file's encoding (UTF-8 without a mark, or the encoding its byte-order mark names) were replaced with U+FFFD.</summary>
    [Level(DiagnosticSeverity.Warning)]
    InvalidBytesReplaced = 1,

    /// <summary>PL002: Control characters (other than tab and newline) were removed from the text.</summary>
    [Level(DiagnosticSeverity.Warning)]
    ControlCharactersRemoved = 2,

    /// <summary>PL003: The file is not UTF-8; it was decoded in the legacy code page detected with confidence.</summary>
    [Level(DiagnosticSeverity.Info)]
    LegacyEncodingDetected = 3,

    /// <summary>PL004: The file is not UTF-8 and no code page was detected with confidence; it was decoded as windows-1252.</summary>
    [Level(DiagnosticSeverity.Warning)]
    EncodingFallback = 4,

    /// <summary>PL005: An HTML page was decoded in the charset it declares.</summary>
    [Level(DiagnosticSeverity.Info)]
    DeclaredCharset = 5,

    /// <summary>PL006: An HTML page declares a charset its bytes contradict; it was decoded in the one that fits.</summary>
    [Level(DiagnosticSeverity.Info)]
    DeclaredCharsetOverruled = 6,


    // Normalising (PL010–PL049): the transcript conventions shared by every reader
    /// <summary>PL010: The first line was taken as the title.</summary>
    [Level(DiagnosticSeverity.Info)]
    TitleFromFirstLine = 10,

    /// <summary>PL011: The document's date was read from the title.</summary>
    [Level(DiagnosticSeverity.Info)]
    DateFromTitle = 11,

    /// <summary>PL012: The title was read from a caption before the transcript.</summary>
    [Level(DiagnosticSeverity.Info)]
    TitleFromCaption = 12,

    /// <summary>PL013: The document's language was guessed from its words.</summary>
    [Level(DiagnosticSeverity.Info)]
    LanguageGuessed = 13,

    /// <summary>PL014: The speaker-label convention the document uses (shape and delimiter), with how many lines use it.</summary>
    [Level(DiagnosticSeverity.Info)]
    LabelConvention = 14,

    /// <summary>PL015: A label was taken as another form of a participant's name (<c>PUTIN</c> for <c>VLADIMIR PUTIN</c>).</summary>
    [Level(DiagnosticSeverity.Info)]
    LabelAlias = 15,

    /// <summary>PL016: A label could be more than one participant, so it was kept as a participant of its own.</summary>
    [Level(DiagnosticSeverity.Warning)]
    LabelAmbiguous = 16,

    /// <summary>PL017: A participant's role (interviewer, interviewee, …) was inferred from the title or the turns.</summary>
    [Level(DiagnosticSeverity.Info)]
    RoleInferred = 17,

    /// <summary>PL018: A <c>[</c> is never closed, so the bracketed text was read as plain text.</summary>
    [Level(DiagnosticSeverity.Warning)]
    UnclosedBracket = 18,

    /// <summary>PL019: A footnote was attached to its marker in the text.</summary>
    [Level(DiagnosticSeverity.Info)]
    FootnoteAttached = 19,

    /// <summary>PL020: A footnote has no marker (reference) in the text; it was kept as an unreferenced footnote.</summary>
    [Level(DiagnosticSeverity.Warning)]
    FootnoteUnreferenced = 20,

    /// <summary>PL021: A line in capitals was read as the continuation of the heading before it.</summary>
    [Level(DiagnosticSeverity.Info)]
    CapitalHeadingContinued = 21,

    /// <summary>PL022: A line in capitals standing alone was read as a section heading.</summary>
    [Level(DiagnosticSeverity.Info)]
    CapitalHeading = 22,

    /// <summary>PL023: A heading was read as the speaker label of the turn that follows.</summary>
    [Level(DiagnosticSeverity.Info)]
    HeadingReadAsLabel = 23,

    /// <summary>PL024: Bracketed <c>[Name: …]</c> was read as a turn paraphrased by the editor.</summary>
    [Level(DiagnosticSeverity.Info)]
    ParaphrasedTurn = 24,

    /// <summary>PL025: A bracketed procedural line was read as a stage direction.</summary>
    [Level(DiagnosticSeverity.Info)]
    StageDirection = 25,

    /// <summary>PL026: Bracketed text right after a heading was read as the section's summary.</summary>
    [Level(DiagnosticSeverity.Info)]
    SectionSummary = 26,

    /// <summary>PL027: A bracketed short line was read as a section heading.</summary>
    [Level(DiagnosticSeverity.Info)]
    BracketedHeading = 27,

    /// <summary>PL028: A change of speaker without a name (a dash, <c>&gt;&gt;</c>) was read as a paragraph with no speaker.</summary>
    [Level(DiagnosticSeverity.Info)]
    UnnamedSpeakerChange = 28,

    /// <summary>PL029: A line such as <c>EXAMINATION BY MR. X</c> was read as an examination marker: it names who asks the questions that follow and is no turn.</summary>
    [Level(DiagnosticSeverity.Info)]
    ExaminationMarker = 29,

    /// <summary>PL030: A paragraph without a label was attributed to a speaker inferred from context.</summary>
    [Level(DiagnosticSeverity.Info)]
    SpeakerInferred = 30,

    /// <summary>PL031: Speech after a heading or other interruption, with no new label, continues the turn it interrupted: one turn in two parts (TEI <c>u/@prev</c>).</summary>
    [Level(DiagnosticSeverity.Info)]
    TurnContinues = 31,

    /// <summary>PL032: The caption, appearances and contents before a court record's proceedings were read as front matter.</summary>
    [Level(DiagnosticSeverity.Info)]
    FrontMatter = 32,

    /// <summary>PL033: A word index (terms with page:line references) after the last turn was read as back matter; it is written only with <c>--keep-index</c>.</summary>
    [Level(DiagnosticSeverity.Info)]
    WordIndexBackMatter = 33,


    // Sidecar (PL050–PL059): the NAME.meta.json overrides
    /// <summary>PL050: The sidecar merged a participant into another.</summary>
    [Level(DiagnosticSeverity.Info)]
    SidecarParticipantMerged = 50,

    /// <summary>PL051: The sidecar gave a participant its name.</summary>
    [Level(DiagnosticSeverity.Info)]
    SidecarParticipantNamed = 51,

    /// <summary>PL052: A speaker in the sidecar matches no participant of the transcript.</summary>
    [Level(DiagnosticSeverity.Warning)]
    SidecarSpeakerUnmatched = 52,


    // Model check (PL060–PL069): invariants the loader repairs before any writer runs
    /// <summary>PL060: Two participants had the same id; the second was merged into the first, its names kept as aliases.</summary>
    [Level(DiagnosticSeverity.Warning)]
    CheckParticipantIdMerged = 60,

    /// <summary>PL061: A turn named a speaker the participants lack; a participant with that id as its name was added.</summary>
    [Level(DiagnosticSeverity.Warning)]
    CheckUnknownSpeakerAdded = 61,

    /// <summary>PL062: Two footnotes had the same id; the second was given a fresh id and keeps its text.</summary>
    [Level(DiagnosticSeverity.Warning)]
    CheckFootnoteIdRenamed = 62,

    /// <summary>PL063: A footnote reference pointed to no footnote; its marker was kept as text.</summary>
    [Level(DiagnosticSeverity.Warning)]
    CheckFootnoteReferenceAsText = 63,


    // Reading, any format (PL100–PL109)
    /// <summary>PL100: Column or page markers (<c>Column 123</c>, <c>[p. 4]</c>) were removed from the text.</summary>
    [Level(DiagnosticSeverity.Info)]
    MarkersRemoved = 100,

    /// <summary>PL101: A table row names a speaker but has no text; it was left out.</summary>
    [Level(DiagnosticSeverity.Info)]
    RowWithoutText = 101,


    // Reading plain text (PL110–PL119)
    /// <summary>PL110: A line-numbered transcript layout (court, deposition) was found; line numbers, page numbers and running heads were removed.</summary>
    [Level(DiagnosticSeverity.Info)]
    LineNumberedLayout = 110,

    /// <summary>PL111: A running head (a line repeated at the top of each page) was removed, with how many times.</summary>
    [Level(DiagnosticSeverity.Info)]
    RunningHeadRemoved = 111,

    /// <summary>PL112: Lines after the last numbered line of a line-numbered transcript were kept with their page layout (read by the usual conventions).</summary>
    [Level(DiagnosticSeverity.Info)]
    LinesAfterNumberedKept = 112,


    // Reading HTML (PL120–PL129)
    /// <summary>PL120: The main content could not be found safely (a page nested too deep or too large, or an extraction that keeps too little); the whole cleaned body was read.</summary>
    [Level(DiagnosticSeverity.Info)]
    WholeBodyRead = 120,

    /// <summary>PL121: The transcript was found in one element of the page (the rest is page furniture).</summary>
    [Level(DiagnosticSeverity.Info)]
    MainContentFound = 121,

    /// <summary>PL122: A metadata table was read as the document's metadata, not as text.</summary>
    [Level(DiagnosticSeverity.Info)]
    MetadataTable = 122,

    /// <summary>PL123: The document's date was read from its column markers.</summary>
    [Level(DiagnosticSeverity.Info)]
    DateFromMarkers = 123,


    // Reading Markdown (PL130–PL139)
    /// <summary>PL130: The front matter's date is not a date the reader understands; it was ignored.</summary>
    [Level(DiagnosticSeverity.Warning)]
    FrontMatterDateIgnored = 130,

    /// <summary>PL131: The front matter's language is not a BCP 47 tag; it was ignored.</summary>
    [Level(DiagnosticSeverity.Warning)]
    FrontMatterLanguageIgnored = 131,

    /// <summary>PL132: The title was taken from the front matter.</summary>
    [Level(DiagnosticSeverity.Info)]
    TitleFromFrontMatter = 132,

    /// <summary>PL133: The leading level-1 heading was taken as the title.</summary>
    [Level(DiagnosticSeverity.Info)]
    TitleFromHeading = 133,

    /// <summary>PL134: Headings were read as an interviewer's questions and the text under each as the answer (the document has no speaker labels).</summary>
    [Level(DiagnosticSeverity.Info)]
    QuestionHeadings = 134,

    /// <summary>PL135: Label lines <c>Name: time</c> were read as the speaker and start time of the paragraphs that follow.</summary>
    [Level(DiagnosticSeverity.Info)]
    TimedLabels = 135,

    /// <summary>PL136: <c>#</c> without a space was read as a heading, like the document's other headings.</summary>
    [Level(DiagnosticSeverity.Warning)]
    HeadingWithoutSpace = 136,


    // Reading subtitles, WebVTT and SRT (PL140–PL149)
    /// <summary>PL140: Text after a blank line has no timing line; it was kept with the cue before it.</summary>
    [Level(DiagnosticSeverity.Warning)]
    TextWithoutTiming = 140,

    /// <summary>PL141: A block has no timing line <c>start --&gt; end</c>; it was skipped.</summary>
    [Level(DiagnosticSeverity.Warning)]
    NotACue = 141,

    /// <summary>PL142: A cue's timing line is malformed; the cue was skipped.</summary>
    [Level(DiagnosticSeverity.Warning)]
    MalformedTiming = 142,

    /// <summary>PL143: A cue ends before it starts; its start time was kept.</summary>
    [Level(DiagnosticSeverity.Warning)]
    CueEndsBeforeStart = 143,

    /// <summary>PL144: Caption lines repeated by roll-up captions were removed.</summary>
    [Level(DiagnosticSeverity.Info)]
    RollUpLinesRemoved = 144,


    // Reading TEI (PL150–PL159)
    /// <summary>PL150: A speaker label is not followed by an utterance; it was kept as a note.</summary>
    [Level(DiagnosticSeverity.Warning)]
    LabelWithoutUtterance = 150,

    /// <summary>PL151: A <c>u</c> has no <c>@who</c> and no label; it was read as narrative.</summary>
    [Level(DiagnosticSeverity.Warning)]
    UtteranceWithoutWho = 151,

    /// <summary>PL152: A speaker is not in a <c>listPerson</c>; it was named from its id.</summary>
    [Level(DiagnosticSeverity.Info)]
    SpeakerNotListed = 152,

    /// <summary>PL153: Utterances marked <c>#chair</c> without <c>@who</c> were read as one chair participant.</summary>
    [Level(DiagnosticSeverity.Info)]
    ChairParticipant = 153,

    /// <summary>PL154: An utterance without <c>@who</c> was given the speaker its label names.</summary>
    [Level(DiagnosticSeverity.Info)]
    SpeakerFromLabel = 154,

    /// <summary>PL155: A <c>teiCorpus</c> was read text after text, as one document.</summary>
    [Level(DiagnosticSeverity.Info)]
    TeiCorpus = 155,

    /// <summary>PL156: A <c>u/@prev</c> does not point to the utterance before it by the same speaker; the utterance was read as a turn of its own.</summary>
    [Level(DiagnosticSeverity.Warning)]
    PrevNotPreviousTurn = 156,


    // Reading CSV and TSV (PL160–PL179)
    /// <summary>PL160: The field separator found (comma, tab, semicolon or bar).</summary>
    [Level(DiagnosticSeverity.Info)]
    SeparatorDetected = 160,

    /// <summary>PL161: No field separator was found; each line was read as text.</summary>
    [Level(DiagnosticSeverity.Warning)]
    NoSeparator = 161,

    /// <summary>PL162: No column is named like the text; the column with the longest cells was read as what was said.</summary>
    [Level(DiagnosticSeverity.Info)]
    TextColumnGuessed = 162,

    /// <summary>PL163: A column was read as the speaker because its short names recur.</summary>
    [Level(DiagnosticSeverity.Info)]
    SpeakerColumnGuessed = 163,

    /// <summary>PL164: A column is neither speaker, text nor time; its words were read after the text.</summary>
    [Level(DiagnosticSeverity.Info)]
    ExtraColumn = 164,

    /// <summary>PL165: Look-alike commas (U+201A) inside words were read as commas: the export replaced the commas in speech.</summary>
    [Level(DiagnosticSeverity.Warning)]
    LookAlikeCommas = 165,

    /// <summary>PL166: Rows name no speaker; each was read as a turn of its own, by the speaker before.</summary>
    [Level(DiagnosticSeverity.Info)]
    UnnamedRows = 166,

    /// <summary>PL167: A time cell is not a time; it was kept with the text.</summary>
    [Level(DiagnosticSeverity.Warning)]
    NotATime = 167,

    /// <summary>PL168: A row has more or fewer fields than the table: extra separators were read as text, missing fields as empty.</summary>
    [Level(DiagnosticSeverity.Warning)]
    RowWidthMismatch = 168,

    /// <summary>PL169: A row has no separator; a known speaker's name at its start was read as the speaker.</summary>
    [Level(DiagnosticSeverity.Warning)]
    SpeakerWithoutSeparator = 169,

    /// <summary>PL170: A row has no separator and starts with no known speaker; it was read as text of the turn before.</summary>
    [Level(DiagnosticSeverity.Warning)]
    RowWithoutSeparator = 170,


    // Reading Word documents (PL180–PL199)
    /// <summary>PL180: Paragraphs in a style were read as speaker labels: short, recurring, followed by speech.</summary>
    [Level(DiagnosticSeverity.Info)]
    LabelStyle = 180,

    /// <summary>PL181: Paragraphs in a style were read as stage directions: all are bracketed.</summary>
    [Level(DiagnosticSeverity.Info)]
    StageStyle = 181,

    /// <summary>PL182: A footnote or endnote is referenced but has no text; its marker was kept.</summary>
    [Level(DiagnosticSeverity.Warning)]
    NoteWithoutText = 182,

    /// <summary>PL183: Word footnotes and endnotes were read at their references.</summary>
    [Level(DiagnosticSeverity.Info)]
    NotesRead = 183,

    /// <summary>PL184: Tracked changes were read as accepted: insertions kept, deletions dropped.</summary>
    [Level(DiagnosticSeverity.Warning)]
    TrackedChangesAccepted = 184,

    /// <summary>PL185: Word comments were skipped: they are not part of the transcript.</summary>
    [Level(DiagnosticSeverity.Warning)]
    CommentsSkipped = 185,

    /// <summary>PL186: Text boxes were read after the paragraph that anchors them.</summary>
    [Level(DiagnosticSeverity.Info)]
    TextBoxes = 186,

    /// <summary>PL187: Tables were read as speaker and text columns.</summary>
    [Level(DiagnosticSeverity.Info)]
    SpeakerTables = 187,

    /// <summary>PL188: External relationships (links to other files, remote images) were not followed.</summary>
    [Level(DiagnosticSeverity.Info)]
    ExternalRelationships = 188,

    /// <summary>PL189: Labels written in the body style were read as labels, like those in the label style.</summary>
    [Level(DiagnosticSeverity.Info)]
    BodyStyleLabels = 189,

    /// <summary>PL190: A label is followed by something other than speech (a heading, a table, nothing); it was kept as text.</summary>
    [Level(DiagnosticSeverity.Warning)]
    LabelNotFollowedBySpeech = 190,


    // Reading other XML (PL200–PL209)
    /// <summary>PL200: The XML was read with a dialect mapping (UK Hansard, Canadian Commons, Bundestag), named by its root element.</summary>
    [Level(DiagnosticSeverity.Info)]
    DialectMapping = 200,

    /// <summary>PL201: The XML's root element matches no dialect mapping; it was read with the generic mapping.</summary>
    [Level(DiagnosticSeverity.Info)]
    GenericMapping = 201,

    /// <summary>PL202: Elements that are not transcript text were left out.</summary>
    [Level(DiagnosticSeverity.Info)]
    ElementsLeftOut = 202,

    /// <summary>PL203: An element was read as plain text, line by line.</summary>
    [Level(DiagnosticSeverity.Info)]
    ElementAsPlainText = 203,


    // Reading Transcriber files (PL210–PL219)
    /// <summary>PL210: A speaker without an id, or with a repeated id, was ignored.</summary>
    [Level(DiagnosticSeverity.Warning)]
    SpeakerIgnored = 210,

    /// <summary>PL211: A speaker in the Speakers table, with the facts read about it.</summary>
    [Level(DiagnosticSeverity.Info)]
    SpeakerDescribed = 211,

    /// <summary>PL212: A turn's speaker is not in the Speakers table; it was named by its id.</summary>
    [Level(DiagnosticSeverity.Warning)]
    SpeakerNotInTable = 212,

    /// <summary>PL213: A section's topic is not in the Topics table.</summary>
    [Level(DiagnosticSeverity.Warning)]
    TopicNotInTable = 213,

    /// <summary>PL214: A turn of several speakers (overlapping speech) was read as consecutive turns, one per <c>Who</c>.</summary>
    [Level(DiagnosticSeverity.Info)]
    OverlappingTurn = 214,

    /// <summary>PL215: A <c>Who nb</c> names no speaker of the turn.</summary>
    [Level(DiagnosticSeverity.Warning)]
    WhoNamesNoSpeaker = 215,

    /// <summary>PL216: An unexpected element inside a turn; its text was kept.</summary>
    [Level(DiagnosticSeverity.Warning)]
    UnexpectedElement = 216,

    /// <summary>PL217: A time is not a number of seconds; it was ignored.</summary>
    [Level(DiagnosticSeverity.Warning)]
    TimeNotANumber = 217,


    // Writing (PL300–PL329): what a writer could not carry over as it stands
    /// <summary>PL300: A turn's speaker is not among the participants; the writer labelled it with the id.</summary>
    [Level(DiagnosticSeverity.Warning)]
    UnknownSpeaker = 300,

    /// <summary>PL301: A footnote reference points to a footnote the document does not have; the marker was written as text (TEI: an empty note).</summary>
    [Level(DiagnosticSeverity.Warning)]
    FootnoteReferenceUnresolved = 301,

    /// <summary>PL302: Two footnotes have the same id; only the first is used.</summary>
    [Level(DiagnosticSeverity.Warning)]
    DuplicateFootnoteId = 302,

    /// <summary>PL303: Two participants have the same id; turns point to the first.</summary>
    [Level(DiagnosticSeverity.Warning)]
    DuplicateParticipantId = 303,

    /// <summary>PL304: Characters the output format cannot carry (XML 1.0 forbidden characters, controls, lone surrogates) were removed.</summary>
    [Level(DiagnosticSeverity.Warning)]
    CharactersRemoved = 304,

    /// <summary>PL305: The document's language is not a BCP 47 tag; the writer used its default language.</summary>
    [Level(DiagnosticSeverity.Warning)]
    LanguageNotBcp47 = 305,

    /// <summary>PL306: A link's target is not an absolute URL; the link text was written without the link.</summary>
    [Level(DiagnosticSeverity.Warning)]
    LinkTargetNotUrl = 306,

    /// <summary>PL307: The document's date is not ISO 8601; it was left out of the EPUB metadata.</summary>
    [Level(DiagnosticSeverity.Warning)]
    DateNotIso = 307,

    /// <summary>PL308: No shipped font can draw a character; the PDF shows U+FFFD in its place.</summary>
    [Level(DiagnosticSeverity.Warning)]
    GlyphMissing = 308,

    /// <summary>PL309: A participant id is not a valid XML id; TEI writes it as another <c>xml:id</c>.</summary>
    [Level(DiagnosticSeverity.Info)]
    ParticipantIdRenamed = 309,

    /// <summary>PL310: A footnote is not referred to in the text; TEI writes it in <c>back</c>.</summary>
    [Level(DiagnosticSeverity.Info)]
    FootnoteInBack = 310,

    /// <summary>PL311: Footnotes have no marker in the text; Word references them at the end of the document.</summary>
    [Level(DiagnosticSeverity.Warning)]
    FootnoteReferencedAtEnd = 311,

    /// <summary>PL312: A turn marked as continuing the one before it has another speaker; it was written as a turn of its own.</summary>
    [Level(DiagnosticSeverity.Warning)]
    ContinuationOfOtherSpeaker = 312,
}
