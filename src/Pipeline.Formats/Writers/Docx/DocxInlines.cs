using System.Xml;
using Emphasis = Pipeline.Core.Model.Emphasis;
using Inline = Pipeline.Core.Model.Inline;
using ModelFootnoteReference = Pipeline.Core.Model.FootnoteReference;
using ModelText = Pipeline.Core.Model.Text;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Writes model inlines as WordprocessingML runs and hyperlinks into one part (the body or the footnotes).</summary>
/// <param name="writer">The part's XML, positioned inside a paragraph whenever runs are written.</param>
/// <param name="hyperlinks">The part's hyperlink relationships.</param>
/// <param name="nativeFootnotes">True in the body: the first marker of a footnote becomes a Word footnote reference.
/// In footnotes (where Word allows none) markers stay literal superscript text.</param>
internal sealed class DocxInlines(DocxSession session, XmlWriter writer, DocxHyperlinks hyperlinks, bool nativeFootnotes)
{
    /// <summary>The relationship id of a hyperlink whose start is not written yet: it is written before its first run, so a
    /// link whose content gives no run can still fall back to showing its target.</summary>
    private string? pendingLink;

    /// <summary>The part's XML writer.</summary>
    public XmlWriter Writer => writer;

    /// <summary>Writes the runs for <paramref name="inlines"/>; <paramref name="place"/> names them in diagnostics (e.g. <c>block 12</c>).</summary>
    public void Render(ImmutableArray<Inline> inlines, DocxPlace place, DocxRunFormat format = default)
    {
        foreach (var inline in inlines)
            Append(inline, format, place);
    }

    /// <summary>Writes one run of text (tabs and line feeds become <c>w:tab</c>/<c>w:br</c>); false, writing nothing, when
    /// nothing is left after cleaning.</summary>
    public bool TextRun(string raw, DocxRunFormat format, DocxPlace place)
    {
        var text = session.Cleaner.Clean(raw, place);
        if (text.Length == 0)
            return false;
        StartRun(format);
        var start = 0;
        int i;
        while ((i = text.AsSpan(start).IndexOfAny('\t', '\n', '\r')) >= 0)
        {
            i += start;
            var c = text[i];
            WriteText(text, start, i);
            start = i + 1;
            if (c == '\t')
                DocxXml.Empty(writer, "tab");
            else if (c == '\n' || i + 1 >= text.Length || text[i + 1] != '\n')
                DocxXml.Empty(writer, "br");
        }

        WriteText(text, start, text.Length);
        writer.WriteEndElement();
        return true;
    }

    /// <summary><c>[hh:mm:ss]</c>, or <c>[hh:mm:ss.fff]</c> when there are milliseconds (a subtitle cue at 4.5 s is not
    /// shown as 4 s), the form the writer shows turn start times in.</summary>
    public static string FormatTime(TimeSpan time) => "[" + Pipeline.Core.Debugging.ModelDump.FormatTime(time.Duration()) + "]";

    private void Append(Inline inline, DocxRunFormat format, DocxPlace place)
    {
        switch (inline)
        {
            case ModelText text:
                TextRun(text.Value, format, place);
                break;
            case Emphasis emphasis:
                Render(emphasis.Content, place, format with { Italic = true });
                break;
            case Strong strong:
                Render(strong.Content, place, format with { Bold = true });
                break;
            case Quote quote:
                var (open, close) = session.Labels.QuoteMarks(format.QuoteDepth);
                var quoted = format with { QuoteDepth = format.QuoteDepth + 1 };
                TextRun(open, quoted, place);
                Render(quote.Content, place, quoted);
                TextRun(close, quoted, place);
                break;
            case Link link:
                AppendLink(link, format, place);
                break;
            case ModelFootnoteReference reference:
                FootnoteRun(reference, format, place);
                break;
            case Incident incident:
                TextRun("[" + incident.Description + "]", format with { Style = DocxStyleIds.Incident }, place);
                break;
            case Timestamp timestamp:
                var shown = string.IsNullOrEmpty(timestamp.Original) ? FormatTime(timestamp.Time) : timestamp.Original;
                TextRun(shown, format with { Style = DocxStyleIds.Timestamp }, place);
                break;
            case LineBreak:
                StartRun(format);
                DocxXml.Empty(writer, "br");
                writer.WriteEndElement();
                break;
            default:
                throw new NotSupportedException($"The DOCX writer does not know the inline {inline.GetType().Name}.");
        }
    }

    private void AppendLink(Link link, DocxRunFormat format, DocxPlace place)
    {
        if (format.InLink)
        {
            Render(link.Content, place, format);
            return;
        }

        var target = session.Cleaner.Clean(link.Target, place);
        var id = hyperlinks.IdFor(target);
        if (id is null)
        {
            session.Warn(Core.Diagnostics.DiagnosticCode.LinkTargetNotUrl, $"{place}: link target '{target}' is not a URI; kept the link text without the link", ("target", target));
            Render(link.Content, place, format);
            return;
        }

        var linkFormat = format with { Style = DocxStyleIds.Hyperlink, InLink = true };
        pendingLink = id;
        Render(link.Content, place, linkFormat);
        if (pendingLink is not null)
            TextRun(target, linkFormat, place);
        if (pendingLink is not null)
        {
            // Nothing at all to show (cannot happen: a target that parsed is not blank): an empty hyperlink, as before.
            OpenPendingLink();
        }

        writer.WriteEndElement();
    }

    private void FootnoteRun(ModelFootnoteReference reference, DocxRunFormat format, DocxPlace place)
    {
        var markFormat = format with { Style = DocxStyleIds.FootnoteReference, Bold = false, Italic = false };
        var footnote = session.Footnotes.Find(reference.FootnoteId);
        if (footnote is null)
        {
            session.Warn(Core.Diagnostics.DiagnosticCode.FootnoteReferenceUnresolved, $"{place}: footnote marker '{reference.Marker}' refers to '{reference.FootnoteId}', which the document does not have; kept the marker as text", ("footnote", reference.FootnoteId), ("marker", reference.Marker));
            TextRunOrEmpty(reference.Marker, markFormat, place);
            return;
        }

        var number = session.Footnotes.NumberOf(footnote.Id);
        if (nativeFootnotes && number is null)
        {
            WriteFootnoteReference(markFormat, session.Footnotes.Assign(footnote));
            return;
        }

        // Word allows one reference per footnote and none inside footnotes: later markers show the number as text.
        var shown = number?.ToString(CultureInfo.InvariantCulture) ?? reference.Marker;
        TextRunOrEmpty(shown, markFormat, place);
    }

    /// <summary>Writes a run holding the Word footnote reference <paramref name="id"/>.</summary>
    public void WriteFootnoteReference(DocxRunFormat format, int id)
    {
        StartRun(format);
        writer.WriteStartElement("w", "footnoteReference", DocxXml.W);
        writer.WriteAttributeString("w", "id", DocxXml.W, id.ToString(CultureInfo.InvariantCulture));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>Writes a run holding only <paramref name="mark"/> (an empty element such as <c>footnoteRef</c>).</summary>
    public void MarkRun(DocxRunFormat format, string mark)
    {
        StartRun(format);
        DocxXml.Empty(writer, mark);
        writer.WriteEndElement();
    }

    /// <summary>A text run, or an empty run where nothing is left of the text.</summary>
    private void TextRunOrEmpty(string raw, DocxRunFormat format, DocxPlace place)
    {
        if (TextRun(raw, format, place))
            return;
        StartRun(default);
        writer.WriteEndElement();
    }

    /// <summary>Starts <c>w:r</c> and its properties, opening a pending hyperlink first.</summary>
    private void StartRun(DocxRunFormat format)
    {
        if (pendingLink is not null)
            OpenPendingLink();
        writer.WriteStartElement("w", "r", DocxXml.W);
        format.WriteProperties(writer);
    }

    private void OpenPendingLink()
    {
        writer.WriteStartElement("w", "hyperlink", DocxXml.W);
        writer.WriteAttributeString("w", "history", DocxXml.W, "true");
        writer.WriteAttributeString("r", "id", DocxXml.R, pendingLink);
        pendingLink = null;
    }

    /// <summary>Writes <c>w:t</c> for <c>text[start..end)</c>, preserving space when it starts or ends with white space.</summary>
    private void WriteText(string text, int start, int end)
    {
        if (end <= start)
            return;
        writer.WriteStartElement("w", "t", DocxXml.W);
        if (char.IsWhiteSpace(text[start]) || char.IsWhiteSpace(text[end - 1]))
            writer.WriteAttributeString("xml", "space", null, "preserve");
        if (start == 0 && end == text.Length)
            writer.WriteString(text);
        else
            writer.WriteString(text.Substring(start, end - start));
        writer.WriteEndElement();
    }
}
