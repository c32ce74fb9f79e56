using Pipeline.Core.Chars;

namespace Pipeline.Formats.Writers.Docx;

/// <summary>Removes the characters XML 1.0 forbids from everything one DOCX write puts in the package, and reports once what it removed.</summary>
/// <remarks>One instance per write: it counts, so it is not shared between threads.</remarks>
internal sealed class DocxTextCleaner
{
    private int removed;
    private DocxPlace? firstPlace;

    /// <summary>The text without forbidden characters; <paramref name="place"/> names where it came from for the diagnostic.</summary>
    public string Clean(string text, DocxPlace place)
    {
        var cleaned = XmlChars.Clean(text, out var count);
        if (count > 0)
        {
            removed += count;
            firstPlace ??= place;
        }

        return cleaned;
    }

    /// <summary>Reports a warning when anything was removed.</summary>
    public void ReportTo(WriterContext context)
    {
        if (removed > 0)
        {
            context.Report(Diagnostic.Warning(DiagnosticCode.CharactersRemoved,
                $"docx: removed {removed} character(s) that XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF); first in {firstPlace}").With("format", "docx").With("count", removed));
        }
    }
}
