using AngleSharp.Dom;

namespace Pipeline.Formats.Readers.Html;

/// <summary>Removes what is not the page's content: navigation, page headers and footers, scripts, forms,
/// cookie banners and similar blocks named by their id or class, and hidden elements.</summary>
internal static class BoilerplateRemover
{
    private static readonly HashSet<string> DroppedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "footer", "aside", "script", "style", "noscript", "form", "template", "iframe", "object", "embed",
        "svg", "canvas", "button", "select", "textarea", "input", "dialog", "head", "audio", "video", "map",
    };

    private static readonly string[] BoilerplateWords =
        ["cookie", "consent", "banner", "nav", "menu", "sidebar", "footer", "breadcrumb", "share", "social", "advert"];

    /// <summary>Removes boilerplate under <paramref name="root"/>. A block named like boilerplate is kept when it holds
    /// most of the page's words, since then the name describes the layout and not the content.</summary>
    public static void Remove(IElement root)
    {
        var totalWords = WordCount.Of(DomWalk.Text(root));
        var doomed = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element != root && IsBoilerplate(element, totalWords))
            {
                doomed.Add(element);
                continue;
            }

            // Children is a live collection: each index walks it again, which made a <main> of 32,000 paragraphs quadratic.
            var children = element.Children.ToArray();
            for (var i = children.Length - 1; i >= 0; i--)
                stack.Push(children[i]);
        }

        foreach (var element in doomed)
            element.Remove();
    }

    private static bool IsBoilerplate(IElement element, int totalWords)
    {
        if (DroppedElements.Contains(element.LocalName) || IsHidden(element))
            return true;
        if (element.LocalName == "header" && element.Closest("article, main") is null)
            return true;
        if (element.LocalName is "main" or "article" or "body" || !NamedLikeBoilerplate(element))
            return false;
        return WordCount.Of(DomWalk.Text(element)) * 2 < totalWords;
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
            return true;
        var style = element.GetAttribute("style");
        if (style is null)
            return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    private static bool NamedLikeBoilerplate(IElement element)
    {
        var names = (element.Id ?? "") + " " + (element.GetAttribute("class") ?? "") + " " + (element.GetAttribute("role") ?? "");
        foreach (var token in names.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token is "navigation" or "banner" or "contentinfo" || BoilerplateWords.Any(w => token.Contains(w, StringComparison.Ordinal)))
                return true;
        }

        return false;
    }
}
