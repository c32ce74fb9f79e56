using AngleSharp.Dom;

namespace Pipeline.Formats.Readers.Html;

/// <summary>Finds the element that holds the page's main content. SmartReader (a Readability port) judges what the
/// article is; its choice is mapped back onto the cleaned page, so markup and source lines survive. When SmartReader
/// would throw away transcript text (it keeps under <see cref="MinKeptShare"/> of the cleaned body's words), the whole
/// cleaned body is used.</summary>
internal static class MainContentFinder
{
    /// <summary>The share of the cleaned body's words SmartReader must keep to be trusted.</summary>
    public const double MinKeptShare = 0.8;

    private const double SubtreeCoverage = 0.95;
    private const int MaxDepthForSmartReader = 300;

    /// <summary>SmartReader's cost grows with the square of the page (its post-processing walks the article again for every
    /// link: 1,600 footnote links took 3.8 s, 16,000 more than 5 minutes), so a page with more elements than this is read
    /// whole, cleaned, as a page nested too deep is. Real transcript pages have a few hundred to about 1,600.</summary>
    internal const int MaxElementsForSmartReader = 3000;
    private const int MaxDescent = 200;

    public static IElement Find(IElement body, string html, List<Diagnostic> diagnostics)
    {
        if (DomWalk.Depth(body) > MaxDepthForSmartReader)
        {
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.WholeBodyRead, $"page nests deeper than {MaxDepthForSmartReader} elements; the whole cleaned body is read").With("reason", "depth"));
            return body;
        }

        if (DomWalk.Descendants(body).Skip(MaxElementsForSmartReader).Any())
        {
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.WholeBodyRead, $"page has more than {MaxElementsForSmartReader} elements; the whole cleaned body is read").With("reason", "size"));
            return body;
        }

        var article = ReadArticle(html);
        if (article is null)
            return body;

        var bodyBag = WordCount.Bag(DomWalk.Text(body));
        var articleBag = WordCount.Bag(article);
        var kept = WordCount.Coverage(bodyBag, articleBag);
        if (kept < MinKeptShare)
        {
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.WholeBodyRead, $"readability extraction keeps {kept:P0} of the page's words; the whole cleaned body is read").With("reason", "too-little-kept"));
            return body;
        }

        var current = body;
        for (var step = 0; step < MaxDescent; step++)
        {
            var best = current.Children
                .Select(c => (Element: c, Bag: WordCount.Bag(DomWalk.Text(c))))
                .OrderByDescending(c => c.Bag.Values.Sum())
                .FirstOrDefault();
            if (best.Element is null || WordCount.Coverage(articleBag, best.Bag) < SubtreeCoverage)
                break;
            current = best.Element;
        }

        if (current != body)
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.MainContentFound, $"main content found in <{current.LocalName}> (line {current.SourceReference?.Position.Line})").With("element", current.LocalName));
        return current;
    }

    /// <summary>The article text SmartReader finds, or null when it finds none. SmartReader is only given the text:
    /// it fetches nothing.</summary>
    private static string? ReadArticle(string html)
    {
        try
        {
            var article = new SmartReader.Reader("http://localhost/", html).GetArticle();
            return article.IsReadable && !string.IsNullOrWhiteSpace(article.TextContent) ? article.TextContent : null;
        }
#pragma warning disable CA1031 // A third-party heuristic failing only means we read the whole body.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
