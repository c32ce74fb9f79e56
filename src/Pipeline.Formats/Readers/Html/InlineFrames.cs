namespace Pipeline.Formats.Readers.Html;

/// <summary>The inline content of the line being built, as a stack of open formatting elements (emphasis, strong,
/// quote, link). A line break closes them all and reopens them empty on the next line.</summary>
internal sealed class InlineFrames
{
    private readonly List<Frame> frames = [new Frame(FrameKind.Line, null)];

    /// <summary>Whether the line so far ends in white space (or is empty), so collapsed spaces are not doubled.</summary>
    public bool EndsInSpace { get; private set; } = true;

    /// <summary>Whether the line has any text other than white space.</summary>
    public bool HasText { get; private set; }

    /// <summary>The last character other than white space on the line so far.</summary>
    public char LastChar { get; private set; }

    /// <summary>Opens a frame; returns false (and opens nothing) when one of the same kind is already open, since
    /// bold inside bold means nothing and the model stays shallow however deep the page nests.</summary>
    public bool TryPush(FrameKind kind, string? target = null)
    {
        if (frames.Any(f => f.Kind == kind))
            return false;
        frames.Add(new Frame(kind, target));
        return true;
    }

    /// <summary>Closes the innermost frame and adds its content, wrapped, to the frame around it.</summary>
    public void Pop()
    {
        var frame = frames[^1];
        frames.RemoveAt(frames.Count - 1);
        frame.FlushText();
        if (frame.Content.Count > 0)
        {
            frames[^1].FlushText();
            frames[^1].Content.Add(Wrap(frame));
        }
    }

    public void AppendText(string text)
    {
        if (text.Length == 0)
            return;
        // Collected in a builder until something other than text follows: a paragraph of 100,000 text pieces (spans,
        // entities) would otherwise copy its text so far once per piece.
        frames[^1].Text.Append(text);
        EndsInSpace = text[^1] is ' ' or '\t' or '\n';
        HasText |= !string.IsNullOrWhiteSpace(text);
        var trimmed = text.TrimEnd();
        if (trimmed.Length > 0)
            LastChar = trimmed[^1];
    }

    /// <summary>Ends the line: returns its content and leaves the same frames open, empty, for the next line.</summary>
    public ImmutableArray<Inline> TakeLine()
    {
        var closed = new List<Inline>();
        for (var i = frames.Count - 1; i >= 0; i--)
        {
            var frame = frames[i];
            frame.FlushText();
            var content = new List<Inline>(frame.Content);
            if (closed.Count > 0)
                content.Add(closed[0]);
            closed = i == 0 ? content : content.Count > 0 ? [Wrap(frame with { Content = content })] : [];
            frames[i] = new Frame(frame.Kind, frame.Target);
        }

        EndsInSpace = true;
        HasText = false;
        LastChar = '\0';
        return [.. closed];
    }

    private static Inline Wrap(Frame frame)
    {
        ImmutableArray<Inline> content = [.. frame.Content];
        return frame.Kind switch
        {
            FrameKind.Emphasis => new Emphasis(content),
            FrameKind.Strong => new Strong(content),
            FrameKind.Quote => new Quote(content),
            FrameKind.Link => new Link(frame.Target!, content),
            _ => throw new InvalidOperationException("the line frame is never wrapped"),
        };
    }

    private sealed record Frame(FrameKind Kind, string? Target)
    {
        public List<Inline> Content { get; init; } = [];

        /// <summary>Text appended since the last inline that is not text.</summary>
        public System.Text.StringBuilder Text { get; } = new();

        /// <summary>Moves the collected text into <see cref="Content"/> as one text inline.</summary>
        public void FlushText()
        {
            if (Text.Length == 0)
                return;
            Content.Add(new Core.Model.Text(Text.ToString()));
            Text.Clear();
        }
    }
}

/// <summary>What an open inline element becomes.</summary>
internal enum FrameKind
{
    Line,
    Emphasis,
    Strong,
    Quote,
    Link,
}
