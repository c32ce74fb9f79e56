using Pipeline.Formats.Readers.Text;

namespace Pipeline.Formats.Readers.Xml;

using Text = Pipeline.Core.Model.Text;

/// <summary>Walks a parsed XML document in document order with an explicit stack (no recursion, whatever the depth)
/// and turns it into the source paragraphs the shared normaliser reads, guided by one <see cref="XmlDialect"/>.</summary>
/// <remarks>An element is a block (its own paragraph) when the dialect says so, or when its parent holds no text of its
/// own; inside text (mixed content) it is inline. A speaker element becomes a label (<c>Name (affiliation): </c>) at the
/// start of the speech that follows it, so the normaliser reads it as it reads any label.</remarks>
internal sealed class XmlWalker
{
    private readonly XmlDialect dialect;
    private readonly List<Diagnostic> diagnostics;
    private readonly List<SourceParagraph> paragraphs = [];
    private readonly List<SourceLine> lines = [];
    private readonly InlineBuffer buffer = new();
    private readonly Dictionary<string, string> metadata = new(StringComparer.Ordinal);
    private readonly List<string> markers = [];
    private readonly HashSet<string> ignored = new(StringComparer.Ordinal);
    private int lineStart;
    private int currentLine = 1;
    private int headingDepth;
    private int stageDepth;
    private string? pendingLabel;
    private string? paragraphSpeaker;
    private bool afterLabel;
    private bool turnEnded;

    private XmlWalker(XmlDialect dialect, List<Diagnostic> diagnostics)
    {
        this.dialect = dialect;
        this.diagnostics = diagnostics;
    }

    public static (ImmutableArray<SourceParagraph> Paragraphs, IReadOnlyDictionary<string, string> Metadata) Walk(XElement root, XmlDialect dialect, List<Diagnostic> diagnostics)
    {
        var walker = new XmlWalker(dialect, diagnostics);
        walker.Run(root);
        return ([.. walker.paragraphs], walker.metadata);
    }

    private void Run(XElement root)
    {
        var stack = new Stack<(XNode Node, bool Exit, Role Role)>();
        stack.Push((root, false, Role.None));
        while (stack.Count > 0)
        {
            var (node, exit, role) = stack.Pop();
            if (node is XText text)
            {
                AddText(text);
                continue;
            }

            if (node is not XElement element)
                continue;
            if (exit)
            {
                Leave(element, role);
                continue;
            }

            if (XmlSource.Line(element) is { } line)
                currentLine = line;
            var (entered, descend) = Enter(element);
            stack.Push((element, true, entered));
            if (!descend)
                continue;
            var children = element.Nodes().ToList();
            for (var i = children.Count - 1; i >= 0; i--)
                stack.Push((children[i], false, Role.None));
        }

        FlushParagraph();
        if (pendingLabel is not null)
            EmitLabelAlone();
        if (markers.Count > 0)
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.MarkersRemoved, $"{markers.Count} column/page marker(s) removed from the text: {string.Join(", ", markers.Take(10))}{(markers.Count > 10 ? ", …" : "")}").With("count", markers.Count));
        if (ignored.Count > 0)
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.ElementsLeftOut, $"not transcript text, left out: {string.Join(", ", ignored.Order(StringComparer.Ordinal).Select(n => "<" + n + ">"))}").With("elements", string.Join(",", ignored.Order(StringComparer.Ordinal))));
    }

    private (Role Role, bool Descend) Enter(XElement element)
    {
        if (TakeMetadata(element))
            return (Role.None, false);

        if (XmlDialect.Matches(dialect.Ignore, element))
        {
            ignored.Add(element.Name.LocalName);
            foreach (var inside in element.Descendants())
                TakeMetadata(inside);
            return (Role.None, false);
        }

        if (XmlDialect.Matches(dialect.Marker, element))
        {
            var marker = XmlSource.Collapse(TextOf(element)).Trim();
            markers.Add(marker.Length > 0 ? $"{element.Name.LocalName} {marker}" : element.Name.LocalName + (element.Attr("src") is { } src ? " " + src : ""));
            return (Role.None, false);
        }

        if (XmlDialect.Matches(dialect.Speaker, element))
        {
            StartSpeaker(element);
            return (Role.None, false);
        }

        if (XmlDialect.Matches(dialect.RawText, element))
        {
            AddRawText(element);
            return (Role.None, false);
        }

        if (XmlDialect.Matches(dialect.ParagraphBreak, element))
        {
            if (headingDepth > 0 || stageDepth > 0)
                buffer.AddText(" ");
            else
                FlushParagraph();
            return (Role.None, false);
        }

        if (XmlDialect.Matches(dialect.LineBreak, element))
        {
            if (headingDepth > 0)
                buffer.AddText(" ");
            else
                EndLine();
            return (Role.None, false);
        }

        if (XmlDialect.Matches(dialect.Emphasis, element))
        {
            buffer.Push(InlineKind.Emphasis);
            return (Role.Emphasis, true);
        }

        if (XmlDialect.Matches(dialect.Strong, element))
        {
            buffer.Push(InlineKind.Strong);
            return (Role.Strong, true);
        }

        if (XmlDialect.Matches(dialect.Heading, element))
        {
            FlushParagraph();
            headingDepth++;
            return (Role.Heading, true);
        }

        if (XmlDialect.Matches(dialect.Stage, element) || XmlDialect.Matches(dialect.Note, element))
        {
            FlushParagraph();
            stageDepth++;
            return (Role.Stage, true);
        }

        var isTurn = XmlDialect.Matches(dialect.Turn, element);
        if (isTurn || XmlDialect.Matches(dialect.Paragraph, element) || XmlDialect.Matches(dialect.Section, element) || !InMixedContent(element))
        {
            if (headingDepth == 0 && stageDepth == 0)
                FlushParagraph();
            else
                buffer.AddText(" ");
            return (isTurn ? Role.Turn : Role.Block, true);
        }

        return (Role.None, true);
    }

    private void Leave(XElement element, Role role)
    {
        switch (role)
        {
            case Role.Emphasis or Role.Strong:
                buffer.Pop();
                break;
            case Role.Heading:
                headingDepth--;
                if (headingDepth == 0)
                    FlushParagraph(SourceParagraphKind.Heading, 1 + element.Ancestors().Count(a => XmlDialect.Matches(dialect.Section, a)));
                break;
            case Role.Stage:
                stageDepth--;
                if (stageDepth == 0)
                    FlushStage();
                break;
            case Role.Block:
                if (headingDepth == 0 && stageDepth == 0)
                    FlushParagraph();
                break;
            case Role.Turn:
                FlushParagraph();
                if (pendingLabel is not null)
                    EmitLabelAlone();
                turnEnded = true;
                break;
        }
    }

    /// <summary>Fills the metadata fields the dialect reads from this element; true when its text went to the metadata.</summary>
    private bool TakeMetadata(XElement element)
    {
        var consumed = false;
        foreach (var rule in dialect.Metadata)
        {
            if (!Selector.Parse(rule.Element).Matches(element))
                continue;
            var value = rule.Attribute is null ? XmlSource.Collapse(TextOf(element)).Trim() : element.Attr(rule.Attribute)?.Trim();
            if (!string.IsNullOrEmpty(value) && (rule.Field != "date" || XmlTranscriptReader.IsoDate(value) is not null))
                metadata.TryAdd(rule.Field, value);
            consumed |= rule.Attribute is null;
        }

        return consumed;
    }

    /// <summary>Whether the element stands inside text: its parent holds text of its own besides white space.</summary>
    private static bool InMixedContent(XElement element) =>
        element.Parent is { } parent && parent.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value));

    /// <summary>The label a speaker element gives: its name, with the affiliation in parentheses when the name lacks it.</summary>
    private void StartSpeaker(XElement element)
    {
        var name = new StringBuilder();
        var affiliation = new StringBuilder();
        foreach (var text in element.DescendantNodes().OfType<XText>())
        {
            if (text.Ancestors().TakeWhile(a => a != element).Any(a => XmlDialect.Matches(dialect.Ignore, a)))
                continue;
            var inAffiliation = text.Ancestors().TakeWhile(a => a != element).Any(a => XmlDialect.Matches(dialect.Affiliation, a));
            (inAffiliation ? affiliation : name).Append(text.Value).Append(' ');
        }

        var main = Clean(name.ToString());
        var aff = Clean(affiliation.ToString());
        var label = main.Length == 0 ? aff : aff.Length == 0 || main.Contains(aff, StringComparison.Ordinal) ? main : $"{main} ({aff})";
        if (label.Length == 0)
            return;
        if (pendingLabel is not null)
            EmitLabelAlone();
        if (buffer.HasText && headingDepth == 0 && stageDepth == 0)
        {
            // Text before the name in the same paragraph (a question number) stays before the label.
            buffer.AddText(buffer.EndsInSpace ? "" : " ");
            buffer.AddText(label + ": ");
            afterLabel = true;
            return;
        }

        pendingLabel = label;

        static string Clean(string text) => XmlSource.Collapse(text).Trim().TrimEnd(':', ' ', '\u00A0').Trim();
    }

    private void EmitLabelAlone()
    {
        var label = pendingLabel!;
        pendingLabel = null;
        FlushParagraph();
        buffer.AddText(label + ":");
        lineStart = currentLine;
        FlushParagraph();
    }

    private void AddRawText(XElement element)
    {
        FlushParagraph();
        var raw = TextOf(element).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var offset = (XmlSource.Line(element) ?? 1) - 1;
        foreach (var paragraph in PlainTextReader.SplitParagraphs(raw))
            paragraphs.Add(new SourceParagraph([.. paragraph.Lines.Select(l => l with { Line = l.Line + offset })]));
        diagnostics.Add(Diagnostic.Info(DiagnosticCode.ElementAsPlainText, $"<{element.Name.LocalName}> read as plain text, line by line", XmlSource.Line(element)).With("element", element.Name.LocalName));
    }

    private void AddText(XText node)
    {
        var value = node.Value;
        if (value.Length == 0)
            return;
        if (!buffer.HasText && string.IsNullOrWhiteSpace(value))
            return;
        if (!buffer.HasText)
        {
            if (pendingLabel is { } label && headingDepth == 0 && stageDepth == 0)
            {
                // The speaker the markup names: a hint, so the normaliser takes the name whatever its shape.
                FlushParagraph();
                pendingLabel = null;
                paragraphSpeaker = label;
                afterLabel = true;
            }

            lineStart = (XmlSource.Line(node) ?? currentLine) + value.TakeWhile(char.IsWhiteSpace).Count(c => c == '\n');
        }

        if (afterLabel && !string.IsNullOrWhiteSpace(value))
        {
            afterLabel = false;
            var trimmed = value.TrimStart();
            if (trimmed.StartsWith(':'))
                value = trimmed[1..];
        }

        buffer.AddText(value);
    }

    private void EndLine()
    {
        var content = buffer.Take();
        if (!content.IsEmpty)
            lines.Add(new SourceLine(content, lineStart > 0 ? lineStart : currentLine));
        lineStart = 0;
    }

    private void FlushParagraph(SourceParagraphKind kind = SourceParagraphKind.Text, int level = 0)
    {
        EndLine();
        if (lines.Count == 0)
            return;
        var speaker = kind == SourceParagraphKind.Text && paragraphSpeaker is { } name ? new SpeakerHint(name) { Attribution = SpeakerAttribution.Labelled } : null;
        paragraphs.Add(new SourceParagraph([.. lines]) { Kind = kind, HeadingLevel = level, NewSpeaker = kind == SourceParagraphKind.Text && turnEnded && speaker is null, Speaker = speaker });
        if (kind == SourceParagraphKind.Text)
        {
            turnEnded = false;
            paragraphSpeaker = null;
        }
        lines.Clear();
    }

    /// <summary>A stage direction or note as a paragraph in parentheses, the form the normaliser reads as one.</summary>
    private void FlushStage()
    {
        var content = buffer.Take();
        var line = lineStart > 0 ? lineStart : currentLine;
        lineStart = 0;
        if (content.IsEmpty)
            return;
        var plain = InlineText.ToPlainText(content).Trim();
        if (!(plain.StartsWith('(') && plain.EndsWith(')')))
        {
            var bracketed = plain.StartsWith('[') && plain.EndsWith(']');
            content = [new Text("("), .. bracketed ? InlineBuffer.Unwrap(content) : content, new Text(")")];
        }

        lines.Add(new SourceLine(InlineBuffer.Merge(content), line));
        FlushParagraph();
    }

    /// <summary>All text below an element, in order, read iteratively.</summary>
    private static string TextOf(XElement element) =>
        string.Concat(element.DescendantNodes().OfType<XText>().Select(t => t.Value));

    private enum Role
    {
        None,
        Block,
        Turn,
        Heading,
        Stage,
        Emphasis,
        Strong,
    }
}

/// <summary>The inline content of the line being read: text with XML white space collapsed, inside emphasis and strong
/// frames.</summary>
internal sealed class InlineBuffer
{
    private readonly List<(InlineKind Kind, List<Inline> Items)> frames = [(InlineKind.Root, [])];
    private readonly StringBuilder pending = new();

    public bool HasText { get; private set; }

    public bool EndsInSpace => pending.Length > 0 ? pending[^1] == ' ' : !HasText;

    public void AddText(string text)
    {
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                if (HasText && !EndsInSpace)
                    pending.Append(' ');
                continue;
            }

            pending.Append(c);
            HasText = true;
        }
    }

    public void Push(InlineKind kind)
    {
        FlushPending();
        frames.Add((kind, []));
    }

    public void Pop()
    {
        FlushPending();
        if (frames.Count <= 1)
            return;
        var (kind, items) = frames[^1];
        frames.RemoveAt(frames.Count - 1);
        if (items.Count == 0)
            return;
        frames[^1].Items.Add(kind == InlineKind.Emphasis ? new Emphasis([.. items]) : new Strong([.. items]));
    }

    /// <summary>The line so far, frames closed (and opened again for what follows), trailing space removed.</summary>
    public ImmutableArray<Inline> Take()
    {
        FlushPending();
        var kinds = frames.Skip(1).Select(f => f.Kind).ToList();
        while (frames.Count > 1)
            Pop();
        var content = Merge(frames[0].Items);
        frames[0].Items.Clear();
        foreach (var kind in kinds)
            frames.Add((kind, []));
        HasText = false;
        return TrimEnd(content);
    }

    private void FlushPending()
    {
        if (pending.Length == 0)
            return;
        frames[^1].Items.Add(new Text(pending.ToString()));
        pending.Clear();
    }

    /// <summary>Neighbouring text inlines joined.</summary>
    public static ImmutableArray<Inline> Merge(IEnumerable<Inline> inlines)
    {
        var result = ImmutableArray.CreateBuilder<Inline>();
        foreach (var inline in inlines)
        {
            if (inline is Text next && result.Count > 0 && result[^1] is Text previous)
                result[^1] = new Text(previous.Value + next.Value);
            else
                result.Add(inline);
        }

        return result.ToImmutable();
    }

    /// <summary>Content without the square brackets that open and close it.</summary>
    public static ImmutableArray<Inline> Unwrap(ImmutableArray<Inline> content)
    {
        var merged = Merge(content).ToBuilder();
        if (merged.Count > 0 && merged[0] is Text first)
            merged[0] = new Text(first.Value.TrimStart()[1..]);
        if (merged.Count > 0 && merged[^1] is Text last)
            merged[^1] = new Text(last.Value.TrimEnd()[..^1]);
        return [.. merged.Where(i => i is not Text { Value.Length: 0 })];
    }

    private static ImmutableArray<Inline> TrimEnd(ImmutableArray<Inline> content)
    {
        if (content.IsEmpty || content[^1] is not Text last)
            return content;
        var trimmed = last.Value.TrimEnd(' ');
        return trimmed.Length == 0 ? content.RemoveAt(content.Length - 1) : content.SetItem(content.Length - 1, new Text(trimmed));
    }
}

/// <summary>What an inline frame wraps.</summary>
internal enum InlineKind
{
    Root,
    Emphasis,
    Strong,
}
