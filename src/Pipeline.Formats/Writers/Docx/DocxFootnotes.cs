using System.Xml;
using ModelFootnote = Pipeline.Core.Model.Footnote;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Writes <c>footnotes.xml</c>: the separator (-1) and continuation separator (0), then the numbered footnotes.</summary>
internal static class DocxFootnotes
{
    /// <summary>Writes the footnotes part for every footnote the body numbered, its runs through <paramref name="inlines"/>.</summary>
    public static void Write(DocxSession session, DocxInlines inlines)
    {
        var writer = inlines.Writer;
        WriteSeparators(writer);
        var numbered = session.Footnotes.InNumberOrder;
        for (var i = 0; i < numbered.Count; i++)
        {
            writer.WriteStartElement("w", "footnote", DocxXml.W);
            writer.WriteAttributeString("w", "id", DocxXml.W, (i + 1).ToString(CultureInfo.InvariantCulture));
            Paragraphs(inlines, numbered[i]);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>Writes the footnotes part of a document whose body numbered no footnote: the separators alone, the same
    /// in every such document.</summary>
    public static void WriteWithoutNotes(XmlWriter writer)
    {
        WriteSeparators(writer);
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>Starts the part and writes the separator (-1) and continuation separator (0) that every part has.</summary>
    private static void WriteSeparators(XmlWriter writer)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement("w", "footnotes", DocxXml.W);
        Separator(writer, "separator", "-1", "separator");
        Separator(writer, "continuationSeparator", "0", "continuationSeparator");
    }

    /// <summary>Writes, in the body, a paragraph that refers to the footnotes no marker in the text referred to, so they are
    /// not lost; nothing when there are none.</summary>
    public static void WriteUnmarkedReference(DocxSession session, DocxInlines inlines)
    {
        var unmarked = session.Footnotes.Unnumbered.ToList();
        if (unmarked.Count == 0)
            return;
        session.Warn(Core.Diagnostics.DiagnosticCode.FootnoteReferencedAtEnd, "footnote(s) " + string.Join(", ", unmarked.Select(f => f.Id)) +
                     " have no marker in the text; referenced at the end of the document", ("footnotes", string.Join(",", unmarked.Select(f => f.Id))));
        var writer = inlines.Writer;
        DocxParagraphs.Start(writer, DocxStyleIds.EditorialNote);
        for (var i = 0; i < unmarked.Count; i++)
        {
            if (i > 0)
                Space(writer);
            inlines.WriteFootnoteReference(new DocxRunFormat(DocxStyleIds.FootnoteReference), session.Footnotes.Assign(unmarked[i]));
        }

        DocxParagraphs.End(writer);
    }

    private static void Paragraphs(DocxInlines inlines, ModelFootnote footnote)
    {
        var writer = inlines.Writer;
        var place = "footnote " + footnote.Id;
        var mark = new DocxRunFormat(DocxStyleIds.FootnoteReference);
        if (footnote.Paragraphs.IsEmpty)
        {
            DocxParagraphs.Start(writer, DocxStyleIds.FootnoteText);
            inlines.MarkRun(mark, "footnoteRef");
            DocxParagraphs.End(writer);
            return;
        }

        for (var index = 0; index < footnote.Paragraphs.Length; index++)
        {
            DocxParagraphs.Start(writer, DocxStyleIds.FootnoteText);
            if (index == 0)
            {
                inlines.MarkRun(mark, "footnoteRef");
                Space(writer);
            }

            inlines.Render(footnote.Paragraphs[index].Content, new DocxPlace(place, Paragraph: index + 1));
            DocxParagraphs.End(writer);
        }
    }

    /// <summary>A run holding one space.</summary>
    private static void Space(XmlWriter writer)
    {
        writer.WriteStartElement("w", "r", DocxXml.W);
        writer.WriteStartElement("w", "t", DocxXml.W);
        writer.WriteAttributeString("xml", "space", null, "preserve");
        writer.WriteString(" ");
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Separator(XmlWriter writer, string type, string id, string mark)
    {
        writer.WriteStartElement("w", "footnote", DocxXml.W);
        writer.WriteAttributeString("w", "type", DocxXml.W, type);
        writer.WriteAttributeString("w", "id", DocxXml.W, id);
        writer.WriteStartElement("w", "p", DocxXml.W);
        writer.WriteStartElement("w", "pPr", DocxXml.W);
        writer.WriteStartElement("w", "spacing", DocxXml.W);
        writer.WriteAttributeString("w", "after", DocxXml.W, "0");
        writer.WriteAttributeString("w", "line", DocxXml.W, "240");
        writer.WriteAttributeString("w", "lineRule", DocxXml.W, "auto");
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement("w", "r", DocxXml.W);
        DocxXml.Empty(writer, mark);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
