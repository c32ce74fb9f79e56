namespace Pipeline.Formats.Readers;

/// <summary>How deep the structure of an input may nest. Readers refuse deeper input with a
/// <see cref="Pipeline.Core.Diagnostics.TranscriptException"/> naming the file and line, before any code that walks the
/// tree recursively (readers, the normaliser, the writers) sees it, so hostile nesting can never overflow the stack.</summary>
public static class ReaderLimits
{
    /// <summary>Levels of nested elements in an XML file (TEI, Transcriber, any other XML), or of nested blocks and inlines in a Markdown document. Real
    /// transcripts nest a few dozen levels at most.</summary>
    public const int MaxNesting = 256;

    /// <summary>HTML elements left open at one time. The page is refused before the HTML parser, whose cost grows with the
    /// square of this number, spends minutes on it; the DOM it builds is capped at 512 levels anyway.</summary>
    public const int MaxOpenHtmlElements = 4096;
}
