using AngleSharp.Dom;

namespace Pipeline.Formats.Readers.Html;

/// <summary>Walks the main content (iteratively, with an explicit stack) and turns it into the source paragraphs the
/// shared normaliser reads: one per text block, a line per <c>br</c> or <c>pre</c> line, inline formatting kept.
/// Headings are handed as <c>[heading]</c>, the shape the normaliser reads as a section heading.</summary>
internal sealed partial class ParagraphWalker
{
    private readonly List<SourceParagraph> paragraphs = [];
    private readonly List<SourceLine> lines = [];
    private readonly InlineFrames frames = new();
    private readonly FootnoteMap footnotes;
    private readonly HashSet<IElement> speakerTables = [];
    private int sourceLine = 1;
    private int lineStart;
    private int preDepth;
    private string? pendingPrefix;

    /// <summary>A speaker named by an attribute (<c>data-speaker</c>), waiting for the first text it speaks.</summary>
    private string? pendingSpeaker;

    /// <summary>The attributed speaker of the paragraph being collected.</summary>
    private string? paragraphSpeaker;
    private bool joinNextBlock;

    /// <summary>Elements whose text is procedural (<c>class="procedural"</c>): stage directions, never speech.</summary>
    private readonly HashSet<IElement> stageElements = [];

    /// <summary>The section topics last given in <c>data-h1</c>…<c>data-h6</c>, by level.</summary>
    private readonly string?[] topics = new string?[7];

    private readonly List<(string Name, string Value)> metadataRows = [];

    private ParagraphWalker(FootnoteMap footnotes) => this.footnotes = footnotes;

    [GeneratedRegex(@"^data-(?:[a-z]+-)*speak(?:er|ing)(?:-(?:name|attribution))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerAttribute();

    /// <summary>A media player's seek call with the time it seeks to (<c>playAt('0:1:5')</c>, as Transcriber's trs2html writes).</summary>
    [GeneratedRegex(@"\b(?:playAt|seekTo|seek|jumpTo|playFrom)\(\s*['""]?(?<h>[0-9]{1,2}):(?<m>[0-9]{1,2}):(?<s>[0-9]{1,2})(?:\.[0-9]+)?['""]?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex PlayerSeek();

    /// <summary>A class that marks an element holding only a speaker's name (<c>&lt;p class="speaker"&gt;</c>).</summary>
    [GeneratedRegex(@"^(?:speaker|speaker-?name|spkr)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerClass();

    /// <summary>A class that marks procedural text, set apart from speech (<c>&lt;p class="procedural"&gt;</c>).</summary>
    [GeneratedRegex(@"^(?:procedural|procedure|stage-?direction|stage)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StageClass();

    /// <summary>A section topic carried as an attribute of the speech it heads (<c>data-h2="Le discours du Trône"</c>).</summary>
    [GeneratedRegex(@"^data-h([1-6])$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TopicAttribute();

    public static WalkResult Walk(IElement root)
    {
        var walker = new ParagraphWalker(FootnoteMap.Build(root));
        walker.Run(root);
        return new WalkResult([.. walker.paragraphs], walker.metadataRows);
    }

    private void Run(IElement root)
    {
        var stack = new Stack<Step>();
        stack.Push(new Step(root, Exit: false, Effect.None));
        while (stack.Count > 0)
        {
            var step = stack.Pop();
            if (step.Node is IElement element)
            {
                if (step.Exit)
                {
                    Leave(element, step.Effect);
                    continue;
                }

                var (effect, descend) = Enter(element);
                stack.Push(step with { Exit = true, Effect = effect });
                if (!descend)
                    continue;
                for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
                    stack.Push(new Step(element.ChildNodes[i], Exit: false, Effect.None));
            }
            else if (step.Node.NodeType == NodeType.Text)
            {
                AddText(step.Node.TextContent);
            }
        }

        FlushParagraph();
    }

    private (Effect Effect, bool Descend) Enter(IElement element)
    {
        if (element.SourceReference?.Position.Line is int line and > 0)
            sourceLine = line;
        var name = element.LocalName;

        if (footnotes.ReferenceNumber(element) is { } number)
        {
            AddText($"[{number}]");
            return (Effect.None, false);
        }

        if (footnotes.IsBackLink(element))
            return (Effect.None, false);

        var effect = Effect.None;
        if (name != "br" && DomWalk.BlockElements.Contains(name))
        {
            effect = Effect.Block;
            if (!(name == "dd" && joinNextBlock) && !IsCellAfterFirst(element))
                FlushParagraph();
            joinNextBlock = false;
            if (IsCellAfterFirst(element))
                AddText(" ");
        }

        EmitTopics(element);
        if (element.ClassList.Any(c => StageClass().IsMatch(c)) && effect == Effect.Block)
            stageElements.Add(element);

        if (footnotes.BodyNumber(element) is { } body)
        {
            pendingPrefix = $"[{body}] ";
            if (WordCount.Of(DomWalk.Text(element)) == 0 || DomWalk.Text(element).Trim().Trim('[', ']', '.').Trim() == body)
                return (effect, false);
        }

        if (SpeakerAttributeOf(element) is { } speaker && !DomWalk.Text(element).TrimStart().StartsWith(speaker, StringComparison.Ordinal))
            pendingSpeaker = speaker;

        if (SpeakerClassName(element) is { } named)
        {
            pendingSpeaker = named;
            return (effect, false);
        }

        if (element.GetAttribute("onclick") is { } onclick && PlayerSeek().Match(onclick) is { Success: true } seek)
        {
            // The link's own content is a play symbol; the time it plays from is what it says.
            AddText($"[{int.Parse(seek.Groups["h"].Value, CultureInfo.InvariantCulture):00}:{int.Parse(seek.Groups["m"].Value, CultureInfo.InvariantCulture):00}:{int.Parse(seek.Groups["s"].Value, CultureInfo.InvariantCulture):00}] ");
            return (effect, false);
        }

        switch (name)
        {
            case "br":
                EndLine();
                return (effect, false);
            case "pre":
                preDepth++;
                return (Effect.Pre, true);
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                return (Effect.Heading, true);
            case "table" when MetadataTable.Read(element) is { } rows:
                metadataRows.AddRange(rows);
                return (effect, false);
            case "table" when SpeakerTable.Qualifies(element):
                speakerTables.Add(element);
                return (effect, true);
            case "img" or "hr" or "wbr":
                return (effect, false);
        }

        var kind = name switch
        {
            "em" or "i" or "cite" or "dfn" or "var" => FrameKind.Emphasis,
            "strong" or "b" => FrameKind.Strong,
            "q" => FrameKind.Quote,
            "a" when LinkTarget(element) is not null => FrameKind.Link,
            _ => FrameKind.Line,
        };
        if (kind != FrameKind.Line && frames.TryPush(kind, kind == FrameKind.Link ? LinkTarget(element) : null))
            return (effect == Effect.Block ? Effect.BlockAndFrame : Effect.Frame, true);
        return (effect, true);
    }

    private void Leave(IElement element, Effect effect)
    {
        if (stageElements.Remove(element))
        {
            if (effect == Effect.BlockAndFrame)
                frames.Pop();
            FlushParagraph(SourceParagraphKind.StageDirection);
            return;
        }

        switch (effect)
        {
            case Effect.Frame:
                frames.Pop();
                return;
            case Effect.BlockAndFrame:
                frames.Pop();
                break;
            case Effect.Pre:
                preDepth--;
                FlushParagraph();
                return;
            case Effect.Heading:
                FlushParagraph(SourceParagraphKind.Heading, element.LocalName[1] - '0');
                return;
        }

        if (effect is Effect.None)
            return;
        var name = element.LocalName;
        if (name == "dt")
        {
            EndWithColon();
            joinNextBlock = true;
            return;
        }

        if (name is "td" or "th" && element.ParentElement is { } row && IsFirstCellOfSpeakerRow(element, row))
        {
            EndWithColon();
            return;
        }

        if (IsCellAfterFirst(element))
            return;
        FlushParagraph();
    }

    private bool IsFirstCellOfSpeakerRow(IElement cell, IElement row) =>
        row.Closest("table") is { } table && speakerTables.Contains(table) && row.Children.FirstOrDefault(c => c.LocalName is "td" or "th") == cell;

    private bool IsCellAfterFirst(IElement element) =>
        element.LocalName is "td" or "th" && element.ParentElement is { } row && row.Closest("table") is { } table && speakerTables.Contains(table)
        && row.Children.FirstOrDefault(c => c.LocalName is "td" or "th") != element;

    /// <summary>Ends a name (a <c>dt</c>, a name cell) with a colon, so the normaliser reads it as a speaker label.</summary>
    private void EndWithColon()
    {
        if (!frames.HasText)
            return;
        if (frames.LastChar != ':')
            frames.AppendText(":");
        frames.AppendText(" ");
    }

    private void AppendLine(ImmutableArray<Inline> content) =>
        lines.Add(new SourceLine(content, lineStart > 0 ? lineStart : sourceLine));

    private void AddText(string text)
    {
        if (preDepth > 0)
        {
            var parts = text.Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    var blank = !frames.HasText;
                    EndLine();
                    sourceLine++;
                    if (blank)
                        FlushParagraph();
                }

                Append(parts[i].Replace('\t', ' '));
            }

            return;
        }

        var leading = text.Length - text.TrimStart().Length;
        var before = text.AsSpan(0, leading).Count('\n');
        sourceLine += before;
        var collapsed = Collapse(text, out var newlines);
        newlines -= before;
        if (collapsed.Length > 0 && collapsed != " ")
        {
            if (collapsed[0] == ' ' && frames.EndsInSpace)
                collapsed = collapsed[1..];
            Append(collapsed);
        }
        else if (collapsed == " " && !frames.EndsInSpace)
        {
            frames.AppendText(" ");
        }

        sourceLine += newlines;
    }

    private void Append(string text)
    {
        if (text.Length == 0)
            return;
        if (!frames.HasText && lines.Count == 0 && string.IsNullOrWhiteSpace(text))
            return;
        if (!frames.HasText)
            lineStart = sourceLine;
        if (pendingSpeaker is not null && stageElements.Count == 0 && !string.IsNullOrWhiteSpace(text))
        {
            // Text already collected belongs to someone else: the attributed speech starts a paragraph of its own.
            if (lines.Count > 0 || frames.HasText)
                FlushParagraph();
            paragraphSpeaker = pendingSpeaker;
            pendingSpeaker = null;
        }

        if (pendingPrefix is { } prefix && !string.IsNullOrWhiteSpace(text))
        {
            pendingPrefix = null;
            frames.AppendText(prefix);
            text = text.TrimStart();
        }

        frames.AppendText(text);
    }

    private void EndLine()
    {
        if (!frames.HasText)
        {
            frames.TakeLine();
            return;
        }

        AppendLine(frames.TakeLine());
        lineStart = 0;
    }

    private void FlushParagraph(SourceParagraphKind kind = SourceParagraphKind.Text, int headingLevel = 0)
    {
        EndLine();
        if (lines.Count > 0)
        {
            var speaker = kind == SourceParagraphKind.Text && paragraphSpeaker is { } name ? new SpeakerHint(name) { Attribution = SpeakerAttribution.Labelled } : null;
            paragraphs.Add(new SourceParagraph([.. lines]) { Kind = kind, HeadingLevel = headingLevel, Speaker = speaker });
            paragraphSpeaker = null;
        }

        lines.Clear();
    }

    /// <summary>A heading for each section topic an element's <c>data-h1</c>…<c>data-h6</c> attributes give, where it
    /// changes from the last one given; a new topic at one level ends the topics below it.</summary>
    private void EmitTopics(IElement element)
    {
        var given = new SortedDictionary<int, string>();
        foreach (var attribute in element.Attributes)
        {
            if (TopicAttribute().Match(attribute.Name) is { Success: true } match && Collapse(attribute.Value, out _).Trim() is { Length: > 0 } value)
                given[match.Groups[1].Value[0] - '0'] = value;
        }

        foreach (var (level, value) in given)
        {
            if (topics[level] == value)
                continue;
            FlushParagraph();
            for (var deeper = level; deeper < topics.Length; deeper++)
                topics[deeper] = null;
            topics[level] = value;
            paragraphs.Add(SourceParagraph.FromText(value, sourceLine) with { Kind = SourceParagraphKind.Heading, HeadingLevel = level });
        }
    }

    /// <summary>HTML white space collapsed to single spaces (no-break spaces are kept, as browsers keep them).</summary>
    private static string Collapse(string text, out int newlines)
    {
        newlines = 0;
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c == '\n')
                newlines++;
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (!space)
                    builder.Append(' ');
                space = true;
                continue;
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>An absolute http(s) or mailto target; anything else (relative, <c>javascript:</c>) is no link.</summary>
    private static string? LinkTarget(IElement element)
    {
        var href = element.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href) || !Uri.TryCreate(href, UriKind.Absolute, out var uri))
            return null;
        return uri.Scheme is "http" or "https" or "mailto" ? href : null;
    }

    /// <summary>The name in an element whose class says it holds only a speaker's name, when it is short enough to be one.</summary>
    private static string? SpeakerClassName(IElement element)
    {
        if (!element.ClassList.Any(c => SpeakerClass().IsMatch(c)))
            return null;
        var text = DomWalk.Text(element).Trim().TrimEnd(':').Trim();
        return text.Length is > 0 and <= 80 && WordCount.Of(text) <= 8 && char.IsLetter(text[0]) ? text : null;
    }

    private static string? SpeakerAttributeOf(IElement element)
    {
        foreach (var attribute in element.Attributes)
        {
            if (SpeakerAttribute().IsMatch(attribute.Name) && attribute.Value.Trim() is { Length: > 0 } value && char.IsLetter(value[0]) && !value.All(char.IsLower))
                return value;
        }

        return null;
    }

    /// <summary>The paragraphs of the main content and the rows of its metadata tables.</summary>
    internal sealed record WalkResult(ImmutableArray<SourceParagraph> Paragraphs, IReadOnlyList<(string Name, string Value)> MetadataRows);

    private sealed record Step(INode Node, bool Exit, Effect Effect);

    private enum Effect
    {
        None,
        Block,
        Frame,
        BlockAndFrame,
        Pre,
        Heading,
    }
}
