using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>The document information dictionary and the XMP packet: title, author (participants, else the
/// publisher), subject, keywords; the file's dates from <c>SOURCE_DATE_EPOCH</c> (the build time) or a fixed date,
/// never the recording date, which goes into XMP as the document's date (<c>dc:date</c>).</summary>
internal static class PdfDocumentInfo
{
    /// <summary>The creation and modification date of a file written without a build time: fixed, so that outputs
    /// are reproducible, and plainly not a real date of the recording.</summary>
    public static readonly DateTime FixedFileDate = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static void Apply(PdfDocument pdf, TranscriptDocument document, WriterOptions options)
    {
        var meta = document.Metadata;
        var title = DocumentComposer.TitleOf(document, options);
        var author = Author(document);
        var subject = GlyphFallback.CleanPlain(meta.Description ?? meta.Subtitle ?? "");
        var keywords = Keywords(document);
        var date = FileDate(options);
        var info = pdf.Info;
        info.Title = title;
        info.Author = author;
        info.Subject = subject;
        info.Keywords = keywords;
        info.Creator = "Pipeline transcript converter";
        info.CreationDate = date;
        info.ModificationDate = date;
        pdf.ViewerPreferences.DisplayDocTitle = true;
    }

    /// <summary>The BCP 47 language of the document; English when the document does not say.</summary>
    public static string LanguageOf(TranscriptDocument document) =>
        string.IsNullOrWhiteSpace(document.Metadata.Language) ? "en" : document.Metadata.Language.Trim();

    /// <summary>The file's creation and modification date: the build time (<c>SOURCE_DATE_EPOCH</c>) when set, else
    /// <see cref="FixedFileDate"/>; UTC.</summary>
    public static DateTime FileDate(WriterOptions options) => options.BuildTime?.UtcDateTime ?? FixedFileDate;

    /// <summary>The document's own date as an XMP date (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>), or null when
    /// it has none that parses.</summary>
    public static string? DocumentDate(string? isoDate)
    {
        if (isoDate is null)
            return null;
        var text = isoDate.Trim();
        foreach (var format in (string[])["yyyy-MM-dd", "yyyy-MM", "yyyy"])
        {
            if (DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                return text;
        }

        return null;
    }

    /// <summary>The XMP packet: Dublin Core title, creators, description, language and the document's date; the file
    /// dates; empty document and instance ids (<see cref="WithUuid"/> fills them in); and the PDF/UA-1 identification
    /// when <paramref name="universalAccess"/>.</summary>
    public static string Xmp(PdfDocument pdf, TranscriptDocument document, WriterOptions options, bool universalAccess)
    {
        var fileDate = FileDate(options).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var info = pdf.Info;
        var x = new StringBuilder(2048);
        x.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
            .Append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
            .Append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"")
            .Append(universalAccess ? " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"" : "")
            .Append(">\n")
            .Append("   <dc:format>application/pdf</dc:format>\n");
        x.Append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (info.Author.Length > 0)
            x.Append("   <dc:creator><rdf:Seq><rdf:li>").Append(Escape(info.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (info.Subject.Length > 0)
            x.Append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        if (DocumentDate(document.Metadata.Date) is { } date)
            x.Append("   <dc:date><rdf:Seq><rdf:li>").Append(date).Append("</rdf:li></rdf:Seq></dc:date>\n");
        x.Append("   <dc:language><rdf:Bag><rdf:li>").Append(Escape(LanguageOf(document))).Append("</rdf:li></rdf:Bag></dc:language>\n");
        if (info.Keywords.Length > 0)
            x.Append("   <pdf:Keywords>").Append(Escape(info.Keywords)).Append("</pdf:Keywords>\n");
        x.Append("   <pdf:Producer>").Append(Escape(info.Producer)).Append("</pdf:Producer>\n")
            .Append("   <xmp:CreatorTool>").Append(Escape(info.Creator)).Append("</xmp:CreatorTool>\n")
            .Append("   <xmp:CreateDate>").Append(fileDate).Append("</xmp:CreateDate>\n")
            .Append("   <xmp:ModifyDate>").Append(fileDate).Append("</xmp:ModifyDate>\n")
            .Append("   <xmp:MetadataDate>").Append(fileDate).Append("</xmp:MetadataDate>\n")
            .Append("   <xmpMM:DocumentID></xmpMM:DocumentID>\n")
            .Append("   <xmpMM:InstanceID></xmpMM:InstanceID>\n");
        if (universalAccess)
            x.Append("   <pdfuaid:part>1</pdfuaid:part>\n");
        x.Append("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.ToString();
    }

    /// <summary>The UTF-8 <paramref name="packet"/> made by <see cref="Xmp"/> with <paramref name="uuid"/> (ASCII) as its
    /// document and instance id. Their end tags are found from the end: every text before them is escaped, and nothing
    /// after them comes from the document.</summary>
    public static byte[] WithUuid(ReadOnlySpan<byte> packet, string uuid)
    {
        var documentIdEnd = packet.LastIndexOf("</xmpMM:DocumentID>"u8);
        var instanceIdEnd = packet.LastIndexOf("</xmpMM:InstanceID>"u8);
        if (documentIdEnd < 0 || instanceIdEnd < documentIdEnd)
            throw new InvalidOperationException("the XMP packet has no document and instance id");
        var result = new byte[packet.Length + (2 * uuid.Length)];
        packet[..documentIdEnd].CopyTo(result);
        var at = documentIdEnd;
        at += Encoding.ASCII.GetBytes(uuid, result.AsSpan(at));
        packet[documentIdEnd..instanceIdEnd].CopyTo(result.AsSpan(at));
        at += instanceIdEnd - documentIdEnd;
        at += Encoding.ASCII.GetBytes(uuid, result.AsSpan(at));
        packet[instanceIdEnd..].CopyTo(result.AsSpan(at));
        return result;
    }

    private static string Escape(string? text) => System.Security.SecurityElement.Escape(text ?? "");

    private static string Author(TranscriptDocument document)
    {
        var names = document.Participants.Select(p => GlyphFallback.CleanPlain(p.DisplayName)).Where(n => n.Length > 0).ToList();
        if (names.Count > 0)
            return string.Join("; ", names);
        return GlyphFallback.CleanPlain(document.Metadata.Publisher ?? "");
    }

    private static string Keywords(TranscriptDocument document)
    {
        var words = new List<string> { "transcript" };
        words.AddRange(document.Metadata.Notes);
        if (document.Metadata.Place is { } place)
            words.Add(place);
        words.AddRange(document.Blocks.OfType<Heading>().Where(h => h.Level == 1).Select(h => InlineText.ToPlainText(h.Content)));
        return string.Join("; ", words.Select(GlyphFallback.CleanPlain).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal));
    }

    /// <summary>Replaces the save-time date and random GUID PDFsharp puts on each annotation.</summary>
    public static void StampAnnotations(PdfDocument pdf, DateTime date)
    {
        var number = 0;
        foreach (var page in pdf.Pages)
        {
            foreach (var annotation in PageAnnotations.Of(page))
            {
                annotation.Elements.SetDateTime("/M", date);
                annotation.Elements.SetString("/NM", "annot-" + (++number).ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
