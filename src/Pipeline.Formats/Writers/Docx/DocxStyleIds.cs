namespace Pipeline.Formats.Writers.Docx;

/// <summary>The style ids the DOCX writer defines in <c>styles.xml</c> and refers to from the body.</summary>
internal static class DocxStyleIds
{
    public const string Normal = "Normal";
    public const string DefaultParagraphFont = "DefaultParagraphFont";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string DocumentInfo = "DocumentInfo";
    public const string Participant = "Participant";
    public const string ParticipantsHeading = "ParticipantsHeading";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Turn = "Turn";
    public const string TurnContinuation = "TurnContinuation";
    public const string Paraphrase = "Paraphrase";
    public const string ParaphraseContinuation = "ParaphraseContinuation";
    public const string EditorialNote = "EditorialNote";
    public const string FootnoteText = "FootnoteText";
    public const string Footer = "Footer";
    public const string Speaker = "Speaker";
    public const string Incident = "Incident";
    public const string Timestamp = "Timestamp";
    public const string Emphasis = "Emphasis";
    public const string Strong = "Strong";
    public const string Quotation = "Quotation";
    public const string Hyperlink = "Hyperlink";
    public const string FootnoteReference = "FootnoteReference";

    /// <summary>The heading style for a model heading level; levels deeper than 3 share Heading 3.</summary>
    public static string ForHeading(int level) => level switch
    {
        <= 1 => Heading1,
        2 => Heading2,
        _ => Heading3,
    };
}
