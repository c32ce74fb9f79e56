using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Emphasis = Pipeline.Core.Model.Emphasis;
using FootnoteReference = DocumentFormat.OpenXml.Wordprocessing.FootnoteReference;
using Inline = Pipeline.Core.Model.Inline;
using ModelFootnoteReference = Pipeline.Core.Model.FootnoteReference;
using ModelText = Pipeline.Core.Model.Text;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Turns model inlines into WordprocessingML runs and hyperlinks for one part (the body or the footnotes).</summary>
/// <param name="nativeFootnotes">True in the body: the first marker of a footnote becomes a Word footnote reference.
/// In footnotes (where Word allows none) markers stay literal superscript text.</param>
internal sealed class DocxInlines(DocxSession session, OpenXmlPart part, bool nativeFootnotes)
{
    private readonly DocxHyperlinks hyperlinks = new(part);

    /// <summary>Runs for <paramref name="inlines"/>; <paramref name="place"/> names them in diagnostics (e.g. <c>block 12</c>).</summary>
    public List<OpenXmlElement> Render(IEnumerable<Inline> inlines, string place, DocxRunFormat format = default)
    {
        var elements = new List<OpenXmlElement>();
        foreach (var inline in inlines)
            Append(elements, inline, format, place);
        return elements;
    }

    /// <summary>One run of text (tabs and line feeds become <c>w:tab</c>/<c>w:br</c>); null when nothing is left after cleaning.</summary>
    public Run? TextRun(string raw, DocxRunFormat format, string place)
    {
        var text = session.Cleaner.Clean(raw, place);
        if (text.Length == 0)
            return null;
        var run = new Run();
        if (format.ToProperties() is { } properties)
            run.Append(properties);
        var pending = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\t' or '\n' or '\r'))
            {
                pending.Append(c);
                continue;
            }

            Flush(run, pending);
            if (c == '\t')
                run.Append(new TabChar());
            else if (c == '\n' || i + 1 >= text.Length || text[i + 1] != '\n')
                run.Append(new Break());
        }

        Flush(run, pending);
        return run;
    }

    private void Append(List<OpenXmlElement> elements, Inline inline, DocxRunFormat format, string place)
    {
        switch (inline)
        {
            case ModelText text:
                AddText(elements, text.Value, format, place);
                break;
            case Emphasis emphasis:
                AppendAll(elements, emphasis.Content, format with { Italic = true }, place);
                break;
            case Strong strong:
                AppendAll(elements, strong.Content, format with { Bold = true }, place);
                break;
            case Quote quote:
                var (open, close) = session.Labels.QuoteMarks(format.QuoteDepth);
                var quoted = format with { QuoteDepth = format.QuoteDepth + 1 };
                AddText(elements, open, quoted, place);
                AppendAll(elements, quote.Content, quoted, place);
                AddText(elements, close, quoted, place);
                break;
            case Link link:
                AppendLink(elements, link, format, place);
                break;
            case ModelFootnoteReference reference:
                elements.Add(FootnoteRun(reference, format, place));
                break;
            case Incident incident:
                AddText(elements, "[" + incident.Description + "]", format with { Style = DocxStyleIds.Incident }, place);
                break;
            case Timestamp timestamp:
                var shown = string.IsNullOrEmpty(timestamp.Original) ? FormatTime(timestamp.Time) : timestamp.Original;
                AddText(elements, shown, format with { Style = DocxStyleIds.Timestamp }, place);
                break;
            case LineBreak:
                var lineBreak = new Run();
                if (format.ToProperties() is { } properties)
                    lineBreak.Append(properties);
                lineBreak.Append(new Break());
                elements.Add(lineBreak);
                break;
            default:
                throw new NotSupportedException($"The DOCX writer does not know the inline {inline.GetType().Name}.");
        }
    }

    /// <summary><c>[hh:mm:ss]</c>, or <c>[hh:mm:ss.fff]</c> when there are milliseconds (a subtitle cue at 4.5 s is not
    /// shown as 4 s), the form the writer shows turn start times in.</summary>
    public static string FormatTime(TimeSpan time) => "[" + Pipeline.Core.Debugging.ModelDump.FormatTime(time.Duration()) + "]";

    private void AppendAll(List<OpenXmlElement> elements, IEnumerable<Inline> inlines, DocxRunFormat format, string place)
    {
        foreach (var inline in inlines)
            Append(elements, inline, format, place);
    }

    private void AppendLink(List<OpenXmlElement> elements, Link link, DocxRunFormat format, string place)
    {
        if (format.InLink)
        {
            AppendAll(elements, link.Content, format, place);
            return;
        }

        var target = session.Cleaner.Clean(link.Target, place);
        var id = hyperlinks.IdFor(target);
        if (id is null)
        {
            session.Warn(Core.Diagnostics.DiagnosticCode.LinkTargetNotUrl, $"{place}: link target '{target}' is not a URI; kept the link text without the link", ("target", target));
            AppendAll(elements, link.Content, format, place);
            return;
        }

        var runs = new List<OpenXmlElement>();
        AppendAll(runs, link.Content, format with { Style = DocxStyleIds.Hyperlink, InLink = true }, place);
        if (runs.Count == 0)
            AddText(runs, target, format with { Style = DocxStyleIds.Hyperlink, InLink = true }, place);
        elements.Add(new Hyperlink(runs) { Id = id, History = OnOffValue.FromBoolean(true) });
    }

    private Run FootnoteRun(ModelFootnoteReference reference, DocxRunFormat format, string place)
    {
        var markFormat = format with { Style = DocxStyleIds.FootnoteReference, Bold = false, Italic = false };
        var footnote = session.Footnotes.Find(reference.FootnoteId);
        if (footnote is null)
        {
            session.Warn(Core.Diagnostics.DiagnosticCode.FootnoteReferenceUnresolved, $"{place}: footnote marker '{reference.Marker}' refers to '{reference.FootnoteId}', which the document does not have; kept the marker as text", ("footnote", reference.FootnoteId), ("marker", reference.Marker));
            return TextRun(reference.Marker, markFormat, place) ?? new Run();
        }

        var number = session.Footnotes.NumberOf(footnote.Id);
        if (nativeFootnotes && number is null)
        {
            var id = session.Footnotes.Assign(footnote);
            return new Run(markFormat.ToProperties()!, new FootnoteReference { Id = id });
        }

        // Word allows one reference per footnote and none inside footnotes: later markers show the number as text.
        var shown = number?.ToString(CultureInfo.InvariantCulture) ?? reference.Marker;
        return TextRun(shown, markFormat, place) ?? new Run();
    }

    private void AddText(List<OpenXmlElement> elements, string raw, DocxRunFormat format, string place)
    {
        if (TextRun(raw, format, place) is { } run)
            elements.Add(run);
    }

    private static void Flush(Run run, StringBuilder pending)
    {
        if (pending.Length == 0)
            return;
        var value = pending.ToString();
        var text = new Text(value);
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
            text.Space = SpaceProcessingModeValues.Preserve;
        run.Append(text);
        pending.Clear();
    }
}
