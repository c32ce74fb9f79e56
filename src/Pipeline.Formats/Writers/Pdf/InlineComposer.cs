using Pipeline.Formats.Writers.Pdf.Fonts;
using Pipeline.Formats.Writers.Pdf.Layout;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>Turns inline nodes into styled runs: emphasis toggles italics, strong is bold, quotes get the language's
/// quotation marks, footnote references become superscript numbers, incidents and timestamps are set in grey.</summary>
internal sealed class InlineComposer(GlyphFallback glyphs, FootnoteOrder numbering, WriterContext context, string? language)
{
    private readonly (string Open, string Close) quoteMarks = QuoteMarksFor(language);

    /// <summary>Appends to <paramref name="runs"/> the runs for <paramref name="inlines"/> drawn on top of <paramref name="baseStyle"/>.</summary>
    public void Compose(List<StyledRun> runs, ImmutableArray<Inline> inlines, TextStyle baseStyle)
    {
        var bold = baseStyle.Face is FontFace.SerifBold or FontFace.SerifBoldItalic;
        var italic = baseStyle.Face is FontFace.SerifItalic or FontFace.SerifBoldItalic;
        Append(runs, inlines, new State(baseStyle, bold, italic, baseStyle.Ink, null));
    }

    private void Append(List<StyledRun> runs, ImmutableArray<Inline> inlines, State state)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text text:
                    glyphs.Append(runs, text.Value, state.Style, state.Link);
                    break;
                case Emphasis emphasis:
                    Append(runs, emphasis.Content, state with { Italic = !state.Italic });
                    break;
                case Strong strong:
                    Append(runs, strong.Content, state with { Bold = true });
                    break;
                case Quote quote:
                    glyphs.Append(runs, quoteMarks.Open, state.Style, state.Link);
                    Append(runs, quote.Content, state);
                    glyphs.Append(runs, quoteMarks.Close, state.Style, state.Link);
                    break;
                case FootnoteReference reference:
                    AppendMarker(runs, reference, state);
                    break;
                case Incident incident:
                    glyphs.Append(runs, "[" + incident.Description + "]", (state with { Italic = true, Ink = Ink.Muted }).Style, state.Link);
                    break;
                case Timestamp timestamp:
                    glyphs.Append(runs, timestamp.Original, (state with { Ink = Ink.Muted }).Style, state.Link);
                    break;
                case Link link:
                    Append(runs, link.Content, state with { Ink = Ink.Link, Link = link.Target });
                    break;
                case LineBreak:
                    runs.Add(new StyledRun(StyledRun.LineBreak, state.Style));
                    break;
                default:
                    throw new NotSupportedException($"Unknown inline {inline.GetType().Name}.");
            }
        }
    }

    private void AppendMarker(List<StyledRun> runs, FootnoteReference reference, State state)
    {
        var style = new TextStyle(FontFace.Serif, PdfTheme.MarkerSize, state.Ink, Superscript: true);
        if (numbering.NumberOf(reference.FootnoteId) is { } number)
        {
            glyphs.Append(runs, number.ToString(System.Globalization.CultureInfo.InvariantCulture), style, footnoteId: reference.FootnoteId);
            return;
        }

        context.Report(Diagnostic.Warning(DiagnosticCode.FootnoteReferenceUnresolved, $"pdf: footnote reference '{reference.Marker}' points to a missing footnote '{reference.FootnoteId}'; its marker is shown as written").With("format", "pdf").With("footnote", reference.FootnoteId).With("marker", reference.Marker));
        glyphs.Append(runs, reference.Marker, style);
    }

    private static (string Open, string Close) QuoteMarksFor(string? language)
    {
        var primary = (language ?? "").Split('-')[0].ToLowerInvariant();
        return primary switch
        {
            "ru" or "uk" or "be" or "fr" or "es" or "it" => ("«", "»"),
            "de" or "cs" or "pl" or "bg" => ("„", "“"),
            _ => ("“", "”"),
        };
    }

    /// <summary>The style in force while composing nested inlines.</summary>
    private sealed record State(TextStyle Base, bool Bold, bool Italic, Ink Ink, string? Link)
    {
        public TextStyle Style => PdfTheme.SerifFace(Bold, Italic) is var face && face == Base.Face && Ink == Base.Ink
            ? Base
            : Base with { Face = face, Ink = Ink };
    }
}
