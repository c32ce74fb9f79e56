using System.Globalization;
using PdfSharp.Pdf;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>The document information dictionary (PDFsharp derives its XMP stream from it at save): title, author
/// (participants, else the publisher), subject, keywords and dates, from the document or the build time.</summary>
internal static class PdfDocumentInfo
{
    public static void Apply(PdfDocument pdf, TranscriptDocument document, WriterOptions options)
    {
        var meta = document.Metadata;
        var title = DocumentComposer.TitleOf(document, options);
        var author = Author(document);
        var subject = GlyphFallback.CleanPlain(meta.Description ?? meta.Subtitle ?? "");
        var keywords = Keywords(document);
        var date = DateOf(meta.Date, options.BuildTime);
        pdf.Info.Title = title;
        pdf.Info.Author = author;
        pdf.Info.Subject = subject;
        pdf.Info.Keywords = keywords;
        pdf.Info.Creator = "Pipeline transcript converter";
        pdf.Info.CreationDate = date;
        pdf.Info.ModificationDate = date;
        pdf.ViewerPreferences.DisplayDocTitle = true;
    }

    /// <summary>The BCP 47 language of the document; English when the document does not say.</summary>
    public static string LanguageOf(TranscriptDocument document) =>
        string.IsNullOrWhiteSpace(document.Metadata.Language) ? "en" : document.Metadata.Language.Trim();

    /// <summary>The document's date (ISO 8601: year, month or day precision), else the build time, else the Unix epoch; UTC.</summary>
    public static DateTime DateOf(string? isoDate, DateTimeOffset? buildTime)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (isoDate is not null && DateTime.TryParseExact(isoDate.Trim(), formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
            return DateTime.SpecifyKind(parsed, DateTimeKind.Utc);
        return (buildTime ?? DateTimeOffset.UnixEpoch).UtcDateTime;
    }

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

}
