using Pipeline.Core.Debugging;

namespace Pipeline.Formats.Writers.Markdown;

/// <summary>Writes inlines as pandoc Markdown: emphasis with asterisks, footnote references as <c>[^n]</c>, incidents
/// and timestamps as bracketed literal text, quotations with the language's quotation marks.</summary>
/// <remarks>Markdown cannot nest links, notes inside links or notes inside notes: a nested link keeps only its text, a
/// note reference inside a link moves right after it, and a reference inside a footnote becomes the text <c>[n]</c>.
/// One instance serves one document.</remarks>
internal sealed class MarkdownInlineRenderer(
    MarkdownBuffer buffer,
    FootnoteOrder footnotes,
    QuoteMarks quoteMarks,
    Action<Diagnostic> report)
{
    private static readonly string[] LinkSchemes = ["http", "https", "mailto", "ftp"];

    private int emphasisDepth;
    private int strongDepth;
    private int quoteDepth;
    private List<FootnoteReference>? deferredReferences;

    /// <summary>Whether references are written as plain text (inside a footnote body).</summary>
    public bool InsideFootnote { get; set; }

    public void Write(ImmutableArray<Inline> inlines)
    {
        foreach (var inline in inlines)
            Write(inline);
    }

    private void Write(Inline inline)
    {
        switch (inline)
        {
            case Text text:
                buffer.Text(text.Value);
                break;
            case Emphasis emphasis:
                Delimited(emphasis.Content, "*", ref emphasisDepth);
                break;
            case Strong strong:
                Delimited(strong.Content, "**", ref strongDepth);
                break;
            case Quote quote:
                quoteDepth++;
                buffer.Text(quoteDepth % 2 == 1 ? quoteMarks.Open : quoteMarks.InnerOpen);
                Write(quote.Content);
                buffer.Text(quoteDepth % 2 == 1 ? quoteMarks.Close : quoteMarks.InnerClose);
                quoteDepth--;
                break;
            case Link link:
                WriteLink(link);
                break;
            case FootnoteReference reference:
                WriteReference(reference);
                break;
            case Incident incident:
                buffer.Text("[" + incident.Description + "]");
                break;
            case Timestamp timestamp:
                buffer.Text(timestamp.Original.Length > 0 ? timestamp.Original : "[" + ModelDump.FormatTime(timestamp.Time) + "]");
                break;
            case LineBreak:
                buffer.HardBreak();
                break;
            default:
                throw new NotSupportedException($"Unknown inline {inline.GetType().Name}.");
        }
    }

    /// <summary>Emphasis inside emphasis (and strong inside strong) is written flat: it would mean nothing in HTML.</summary>
    private void Delimited(ImmutableArray<Inline> content, string delimiter, ref int depth)
    {
        if (depth > 0)
        {
            Write(content);
            return;
        }

        depth++;
        buffer.Markup(delimiter);
        Write(content);
        buffer.Markup(delimiter);
        depth--;
    }

    private void WriteLink(Link link)
    {
        var content = link.Content.IsEmpty ? InlineText.Of(link.Target) : link.Content;
        if (deferredReferences is not null)
        {
            Write(content);
            return;
        }

        if (!IsAbsoluteUrl(link.Target))
        {
            report(Diagnostic.Warning(DiagnosticCode.LinkTargetNotUrl, $"md: link target '{link.Target}' is not an absolute URL; written as text").With("format", "md").With("target", link.Target));
            Write(content);
            buffer.Text(" (" + link.Target + ")");
            return;
        }

        deferredReferences = [];
        buffer.Markup("[");
        Write(content);
        buffer.Markup("](" + EncodeUrl(link.Target) + ")");
        var deferred = deferredReferences;
        deferredReferences = null;
        foreach (var reference in deferred)
            WriteReference(reference);
    }

    private void WriteReference(FootnoteReference reference)
    {
        if (deferredReferences is not null)
        {
            deferredReferences.Add(reference);
            return;
        }

        var number = footnotes.NumberOf(reference.FootnoteId);
        if (number is null)
        {
            report(Diagnostic.Warning(DiagnosticCode.FootnoteReferenceUnresolved, $"md: footnote reference '{reference.FootnoteId}' has no footnote; marker written as text").With("format", "md").With("footnote", reference.FootnoteId).With("marker", reference.Marker));
            buffer.Text(reference.Marker);
            return;
        }

        var n = number.Value.ToString(CultureInfo.InvariantCulture);
        if (InsideFootnote)
            buffer.Text("[" + n + "]");
        else
            buffer.Markup("[^" + n + "]");
    }

    private static bool IsAbsoluteUrl(string target) =>
        Uri.TryCreate(target, UriKind.Absolute, out var uri) && LinkSchemes.Contains(uri.Scheme, StringComparer.Ordinal);

    /// <summary>The URL as <see cref="Uri.AbsoluteUri"/> (spaces, quotes, angle brackets and non-ASCII percent-encoded),
    /// with parentheses and backslashes encoded too, so the Markdown link destination cannot end early.</summary>
    private static string EncodeUrl(string target) =>
        new Uri(target, UriKind.Absolute).AbsoluteUri
            .Replace("(", "%28", StringComparison.Ordinal)
            .Replace(")", "%29", StringComparison.Ordinal)
            .Replace("\\", "%5C", StringComparison.Ordinal);
}
