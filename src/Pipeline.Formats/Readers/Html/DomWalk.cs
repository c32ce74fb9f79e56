using AngleSharp.Dom;

namespace Pipeline.Formats.Readers.Html;

/// <summary>Depth-first walks over the DOM with an explicit stack, so that very deep nesting cannot overflow the call stack.</summary>
internal static class DomWalk
{
    /// <summary>Elements that start a new text block; others run inline.</summary>
    public static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "body", "br", "caption", "center", "dd", "details", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend",
        "li", "main", "menu", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    /// <summary>The elements under <paramref name="root"/> (not itself), in document order.</summary>
    public static IEnumerable<IElement> Descendants(INode root)
    {
        var stack = new Stack<INode>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is not IElement element)
                continue;
            yield return element;
            PushChildren(stack, element);
        }
    }

    /// <summary>The text of the text nodes under <paramref name="root"/>, separated by spaces where a block starts.</summary>
    public static string Text(INode root)
    {
        var builder = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.NodeType == NodeType.Text)
                builder.Append(node.TextContent);
            else if (node is IElement element && BlockElements.Contains(element.LocalName))
                builder.Append(' ');
            PushChildren(stack, node);
        }

        return builder.ToString();
    }

    /// <summary>How deep the element tree under <paramref name="root"/> goes.</summary>
    public static int Depth(INode root)
    {
        var max = 0;
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            max = Math.Max(max, depth);
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement)
                    stack.Push((child, depth + 1));
            }
        }

        return max;
    }

    private static void PushChildren(Stack<INode> stack, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
            stack.Push(children[i]);
    }
}
