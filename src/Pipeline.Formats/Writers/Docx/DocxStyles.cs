using DocumentFormat.OpenXml.Wordprocessing;
using Ids = Pipeline.Formats.Writers.Docx.DocxStyleIds;
using Emphasis = DocumentFormat.OpenXml.Wordprocessing.Emphasis;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Builds <c>styles.xml</c>: every style the body uses, with the document language in the defaults.</summary>
internal static class DocxStyles
{
    private const string BodyFont = "Times New Roman";
    private const string HeadingFont = "Arial";
    private const string Grey = "595959";
    private const string LinkBlue = "0563C1";

    /// <summary>The styles part content for a document in <paramref name="language"/>.</summary>
    public static Styles Build(DocxLanguage language) => new(
        DocDefaults(language),
        Paragraph(Ids.Normal, "Normal", basedOn: null, isDefault: true, look: new ParagraphLook { RightToLeft = language.IsRightToLeft }),
        Character(Ids.DefaultParagraphFont, "Default Paragraph Font", basedOn: null, isDefault: true),
        Paragraph(Ids.Title, "Title", next: Ids.Subtitle,
            look: new ParagraphLook { SpacingAfter = 120, KeepNext = true },
            run: new RunLook { Font = HeadingFont, Bold = true, HalfPoints = 48 }),
        Paragraph(Ids.Subtitle, "Subtitle", next: Ids.DocumentInfo,
            look: new ParagraphLook { SpacingAfter = 160, KeepNext = true },
            run: new RunLook { Font = HeadingFont, Color = Grey, HalfPoints = 30 }),
        Paragraph(Ids.DocumentInfo, "Document Info", custom: true, next: Ids.Participant,
            look: new ParagraphLook { SpacingAfter = 60 },
            run: new RunLook { Color = Grey }),
        Paragraph(Ids.ParticipantsHeading, "Participants Heading", custom: true, next: Ids.Participant,
            look: new ParagraphLook { SpacingBefore = 240, SpacingAfter = 60, KeepNext = true },
            run: new RunLook { Font = HeadingFont, Bold = true, Color = Grey, HalfPoints = 22 }),
        Paragraph(Ids.Participant, "Participant", custom: true,
            look: new ParagraphLook { SpacingAfter = 0, Left = 360 }),
        Paragraph(Ids.Heading1, "heading 1", next: Ids.Normal,
            look: new ParagraphLook { SpacingBefore = 360, SpacingAfter = 120, KeepNext = true, OutlineLevel = 0 },
            run: new RunLook { Font = HeadingFont, Bold = true, HalfPoints = 32 }),
        Paragraph(Ids.Heading2, "heading 2", next: Ids.Normal,
            look: new ParagraphLook { SpacingBefore = 240, SpacingAfter = 80, KeepNext = true, OutlineLevel = 1 },
            run: new RunLook { Font = HeadingFont, Bold = true, HalfPoints = 28 }),
        Paragraph(Ids.Heading3, "heading 3", next: Ids.Normal,
            look: new ParagraphLook { SpacingBefore = 200, SpacingAfter = 60, KeepNext = true, OutlineLevel = 2 },
            run: new RunLook { Font = HeadingFont, Bold = true, Italic = true, HalfPoints = 24 }),
        Paragraph(Ids.Turn, "Turn", custom: true, next: Ids.TurnContinuation,
            look: new ParagraphLook { Left = 720, Hanging = 720 }),
        Paragraph(Ids.TurnContinuation, "Turn Continuation", custom: true, next: Ids.TurnContinuation,
            look: new ParagraphLook { Left = 720 }),
        Paragraph(Ids.Paraphrase, "Paraphrase", basedOn: Ids.Turn, custom: true, next: Ids.ParaphraseContinuation,
            run: new RunLook { Italic = true }),
        Paragraph(Ids.ParaphraseContinuation, "Paraphrase Continuation", basedOn: Ids.TurnContinuation, custom: true,
            run: new RunLook { Italic = true }),
        Paragraph(Ids.EditorialNote, "Editorial Note", custom: true,
            run: new RunLook { Italic = true, Color = Grey }),
        Paragraph(Ids.FootnoteText, "footnote text",
            look: new ParagraphLook { SpacingAfter = 0 },
            run: new RunLook { HalfPoints = 20 }),
        Paragraph(Ids.Footer, "footer",
            look: new ParagraphLook { SpacingAfter = 0, Centered = true },
            run: new RunLook { Color = Grey, HalfPoints = 18 }),
        Character(Ids.Speaker, "Speaker", custom: true, run: new RunLook { Bold = true }),
        Character(Ids.Incident, "Incident", custom: true, run: new RunLook { Italic = true, Color = Grey }),
        Character(Ids.Timestamp, "Timestamp", custom: true, run: new RunLook { Color = Grey }),
        Character(Ids.Emphasis, "Emphasis", run: new RunLook { Italic = true }),
        Character(Ids.Strong, "Strong", run: new RunLook { Bold = true }),
        Character(Ids.Quotation, "Quotation", custom: true),
        Character(Ids.Hyperlink, "Hyperlink", run: new RunLook { Color = LinkBlue, Underline = true }),
        Character(Ids.FootnoteReference, "footnote reference", run: new RunLook { Superscript = true }));

    private static DocDefaults DocDefaults(DocxLanguage language)
    {
        var languages = new Languages { Val = language.Tag };
        if (language.IsEastAsian)
            languages.EastAsia = language.Tag;
        if (language.IsRightToLeft)
            languages.Bidi = language.Tag;
        return new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = BodyFont, HighAnsi = BodyFont, ComplexScript = BodyFont, EastAsia = BodyFont },
                new FontSize { Val = "24" },
                new FontSizeComplexScript { Val = "24" },
                languages)),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto })));
    }

    private static Style Paragraph(
        string id, string name, string? basedOn = Ids.Normal, string? next = null, bool isDefault = false, bool custom = false,
        ParagraphLook? look = null, RunLook? run = null)
    {
        var style = Start(StyleValues.Paragraph, id, name, basedOn, isDefault, custom);
        if (next is not null)
            style.Append(new NextParagraphStyle { Val = next });
        style.Append(new PrimaryStyle());
        if (look is not null)
            style.Append(look.ToProperties());
        if (run is not null)
            style.Append(run.ToProperties());
        return style;
    }

    private static Style Character(string id, string name, string? basedOn = Ids.DefaultParagraphFont, bool isDefault = false, bool custom = false, RunLook? run = null)
    {
        var style = Start(StyleValues.Character, id, name, basedOn, isDefault, custom);
        if (isDefault)
            style.Append(new SemiHidden(), new UnhideWhenUsed());
        else
            style.Append(new PrimaryStyle());
        if (run is not null)
            style.Append(run.ToProperties());
        return style;
    }

    private static Style Start(StyleValues type, string id, string name, string? basedOn, bool isDefault, bool custom)
    {
        var style = new Style { Type = type, StyleId = id };
        if (isDefault)
            style.Default = true;
        if (custom)
            style.CustomStyle = true;
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
            style.Append(new BasedOn { Val = basedOn });
        return style;
    }

    /// <summary>Paragraph formatting of a style, in twentieths of a point.</summary>
    private sealed record ParagraphLook
    {
        public bool KeepNext { get; init; }
        public bool RightToLeft { get; init; }
        public int? SpacingBefore { get; init; }
        public int? SpacingAfter { get; init; }
        public int? Left { get; init; }
        public int? Hanging { get; init; }
        public bool Centered { get; init; }
        public int? OutlineLevel { get; init; }

        public StyleParagraphProperties ToProperties()
        {
            var properties = new StyleParagraphProperties();
            if (KeepNext)
                properties.Append(new KeepNext());
            if (RightToLeft)
                properties.Append(new BiDi());
            if (SpacingBefore is not null || SpacingAfter is not null)
                properties.Append(Measured(new SpacingBetweenLines(), (SpacingBefore, (e, v) => e.Before = v), (SpacingAfter, (e, v) => e.After = v)));
            if (Left is not null || Hanging is not null)
                properties.Append(Measured(new Indentation(), (Left, (e, v) => e.Left = v), (Hanging, (e, v) => e.Hanging = v)));
            if (Centered)
                properties.Append(new Justification { Val = JustificationValues.Center });
            if (OutlineLevel is not null)
                properties.Append(new OutlineLevel { Val = OutlineLevel });
            return properties;
        }

        /// <summary>The element with each measure the style has set in twips; a measure it lacks stays unwritten (an
        /// attribute set to null would still be written, as <c>""</c>).</summary>
        private static T Measured<T>(T element, params (int? Value, Action<T, string> Set)[] measures)
        {
            foreach (var (value, set) in measures)
            {
                if (value is { } twips)
                    set(element, twips.ToString(CultureInfo.InvariantCulture));
            }

            return element;
        }
    }

    /// <summary>Character formatting of a style; sizes in half-points.</summary>
    private sealed record RunLook
    {
        public string? Font { get; init; }
        public bool Bold { get; init; }
        public bool Italic { get; init; }
        public string? Color { get; init; }
        public int? HalfPoints { get; init; }
        public bool Underline { get; init; }
        public bool Superscript { get; init; }

        public StyleRunProperties ToProperties()
        {
            var properties = new StyleRunProperties();
            if (Font is not null)
                properties.Append(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font });
            if (Bold)
                properties.Append(new Bold(), new BoldComplexScript());
            if (Italic)
                properties.Append(new Italic(), new ItalicComplexScript());
            if (Color is not null)
                properties.Append(new Color { Val = Color });
            if (HalfPoints is { } size)
            {
                var text = size.ToString(System.Globalization.CultureInfo.InvariantCulture);
                properties.Append(new FontSize { Val = text }, new FontSizeComplexScript { Val = text });
            }

            if (Underline)
                properties.Append(new Underline { Val = UnderlineValues.Single });
            if (Superscript)
                properties.Append(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript });
            return properties;
        }
    }
}
