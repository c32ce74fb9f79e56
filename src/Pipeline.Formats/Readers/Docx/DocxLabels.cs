namespace Pipeline.Formats.Readers.Docx;

/// <summary>What a paragraph is, once the document's own habits are known.</summary>
internal enum DocxRole
{
    Empty,
    Text,
    Heading,
    Title,

    /// <summary>A speaker label standing as its own paragraph.</summary>
    Label,

    /// <summary>A paragraph that opens with a bold or styled run naming the speaker.</summary>
    RunLabel,

    /// <summary>A stage direction in a style kept for them.</summary>
    Stage,
}

/// <summary>Learns how a Word transcript marks speakers and stage directions from how it uses its styles, and classifies
/// every paragraph: labels in a style of their own (short, recurring, followed by speech), the same label texts where
/// they slipped into the body style, short name-like paragraphs before speech in a document that writes labels as
/// paragraphs, bold or styled runs opening a paragraph, headings from outline levels, and styles whose paragraphs are
/// all bracketed asides. Nothing here knows any document's names or style names.</summary>
internal sealed class DocxLabels
{
    private const int MaxLabelLength = 80;
    private const int MaxLabelWords = 10;
    private const int MaxBodyLabelWords = 6;
    private const int MinLabelStyleParagraphs = 3;
    private const double MinShare = 0.8;
    private const double MaxDistinctShare = 0.7;
    private const double MinFollowedShare = 0.5;

    private readonly List<DocxParagraph> paragraphs;
    private readonly string bodyStyle;
    private readonly HashSet<string> labelStyles = new(StringComparer.Ordinal);
    private readonly HashSet<string> stageStyles = new(StringComparer.Ordinal);
    private readonly HashSet<string> knownLabels = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> standaloneCounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> runPrefixCounts = new(StringComparer.OrdinalIgnoreCase);

    public DocxLabels(List<DocxParagraph> paragraphs)
    {
        this.paragraphs = paragraphs;
        var content = paragraphs.Where(p => !p.IsEmpty && p.TableSpeaker is null).ToList();
        bodyStyle = content.GroupBy(p => p.StyleKey).OrderByDescending(g => g.Sum(p => p.Plain.Length)).Select(g => g.Key).FirstOrDefault() ?? "";
        foreach (var style in content.Where(p => p.StyleKey != bodyStyle && p.OutlineLevel is null).GroupBy(p => p.StyleKey))
        {
            var list = style.ToList();
            if (list.Count(p => IsBracketed(p.Plain)) >= list.Count * MinShare)
            {
                stageStyles.Add(style.Key);
                continue;
            }

            var followed = list.Count(p => Next(p) is { } next && next.StyleKey != style.Key && !LabelShaped(next.Plain));
            var distinct = list.Select(p => Clean(p.Plain)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
            // Label-shaped paragraphs that recur, or that (nearly) always stand before speech.
            if (list.Count >= MinLabelStyleParagraphs && list.Count(p => LabelShaped(p.Plain)) >= list.Count * MinShare
                && ((distinct <= list.Count * MaxDistinctShare && followed >= list.Count * MinFollowedShare) || followed >= list.Count * MinShare))
                labelStyles.Add(style.Key);
        }

        foreach (var paragraph in content)
        {
            if (labelStyles.Contains(paragraph.StyleKey) && LabelShaped(paragraph.Plain))
                knownLabels.Add(Clean(paragraph.Plain));
            if (LabelShaped(paragraph.Plain) && paragraph.OutlineLevel is null && Next(paragraph) is { } next && !LabelShaped(next.Plain) && next.OutlineLevel is null)
                standaloneCounts[Clean(paragraph.Plain)] = standaloneCounts.GetValueOrDefault(Clean(paragraph.Plain)) + 1;
            if (RunPrefix(paragraph) is { } prefix)
                runPrefixCounts[prefix.Name] = runPrefixCounts.GetValueOrDefault(prefix.Name) + 1;
        }
    }

    public IReadOnlyCollection<string> LabelStyles => labelStyles;

    public IReadOnlyCollection<string> StageStyles => stageStyles;

    public string BodyStyle => bodyStyle;

    /// <summary>The paragraph's role; for labels, the name.</summary>
    public (DocxRole Role, string? Name, int PiecesUsed) Classify(DocxParagraph paragraph)
    {
        if (paragraph.IsEmpty)
            return (DocxRole.Empty, null, 0);
        if (paragraph.TableSpeaker is not null)
            return (DocxRole.Text, null, 0);
        if (paragraph.Style is { } style && (style.Name.Equals("Title", StringComparison.OrdinalIgnoreCase) || style.Id == "Title"))
            return (DocxRole.Title, null, 0);
        var text = Clean(paragraph.Plain);
        if (paragraph.OutlineLevel is not null && !(labelStyles.Contains(paragraph.StyleKey) && LabelShaped(paragraph.Plain)))
            return (DocxRole.Heading, null, 0);
        if (stageStyles.Contains(paragraph.StyleKey))
            return (DocxRole.Stage, null, 0);
        if (LabelShaped(paragraph.Plain) && IsOwnLabel(paragraph, text))
            return (DocxRole.Label, text, 0);
        if (RunPrefix(paragraph) is { } prefix && (prefix.Delimited || runPrefixCounts.GetValueOrDefault(prefix.Name) >= 2))
            return (DocxRole.RunLabel, prefix.Name, prefix.Pieces);
        return (DocxRole.Text, null, 0);
    }

    private bool IsOwnLabel(DocxParagraph paragraph, string text)
    {
        if (labelStyles.Contains(paragraph.StyleKey))
            return true;
        var next = Next(paragraph);
        var beforeSpeech = next is not null && !LabelShaped(next.Plain) && next.OutlineLevel is null && !stageStyles.Contains(next.StyleKey);
        if (!beforeSpeech)
            return false;
        if (knownLabels.Contains(text))
            return true;
        // Beyond the label texts already known, only the body style hides labels: other styles are front matter.
        if (paragraph.StyleKey != bodyStyle || next!.StyleKey != bodyStyle)
            return false;
        var words = Words(text);
        if (words > MaxBodyLabelWords || text.Any(char.IsDigit))
            return false;
        var recurs = standaloneCounts.GetValueOrDefault(text);
        var allMarked = paragraph.Pieces.OfType<DocxText>().Where(t => t.Text.Trim().Length > 0).All(t => t.Bold) || paragraph.Style?.Bold == true;
        // A document that writes its labels as paragraphs: the same convention where one slipped into another style.
        if (labelStyles.Count > 0)
            return recurs >= 2 || NameShaped(text);
        // A document with no label style: bold name-like paragraphs before speech, or the same short line before speech again and again.
        return (allMarked && (recurs >= 2 || NameShaped(text))) || (recurs >= 3 && words <= 4);
    }

    private DocxParagraph? Next(DocxParagraph paragraph)
    {
        for (var i = paragraph.Number; i < paragraphs.Count; i++)
        {
            if (!paragraphs[i].IsEmpty)
                return paragraphs[i];
        }

        return null;
    }

    /// <summary>Leading bold or styled runs that read as a label: the name, whether a delimiter (<c>:</c>, a dash, a tab)
    /// follows it, and how many pieces it takes.</summary>
    private static (string Name, bool Delimited, int Pieces)? RunPrefix(DocxParagraph paragraph)
    {
        var texts = paragraph.Pieces;
        var prefix = new System.Text.StringBuilder();
        var used = 0;
        while (used < texts.Count && texts[used] is DocxText { Marked: true } marked)
        {
            prefix.Append(marked.Text);
            used++;
        }

        if (used == 0 || used == texts.Count)
            return null;
        var rest = string.Concat(texts.Skip(used).OfType<DocxText>().Select(t => t.Text));
        if (rest.Trim().Length == 0)
            return null;
        var raw = prefix.ToString().Trim();
        var delimited = raw.EndsWith(':') || rest.TrimStart().StartsWith(':') || rest.StartsWith('\t') || rest.TrimStart().StartsWith("– ", StringComparison.Ordinal) || rest.TrimStart().StartsWith("— ", StringComparison.Ordinal);
        var name = Clean(raw);
        return LabelShaped(name) && Words(name) <= MaxBodyLabelWords ? (name, delimited, used) : null;
    }

    public static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd(':').TrimEnd();

    /// <summary>Short, starts with a capital letter, ends without sentence punctuation.</summary>
    public static bool LabelShaped(string text)
    {
        var clean = Clean(text);
        return clean.Length is > 0 and <= MaxLabelLength && char.IsLetter(clean[0]) && char.IsUpper(clean[0]) && Words(clean) <= MaxLabelWords
            && clean[^1] is not ('.' or '?' or '!' or '…' or ';' or ',' or '"' or '»' or '”' or '’');
    }

    /// <summary>Two to six words, each longer than three letters capitalised (<c>Ana Lima i Puig</c>, <c>Dr. Ada Lund</c>).</summary>
    private static bool NameShaped(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= MaxBodyLabelWords && words.Where(w => w.Length > 3).All(w => char.IsUpper(w[0])) && words.Count(w => char.IsUpper(w[0])) >= 2;
    }

    private static bool IsBracketed(string text)
    {
        var t = text.Trim();
        return t.Length > 2 && ((t[0] == '(' && t.TrimEnd('.')[^1] == ')') || (t[0] == '[' && t.TrimEnd('.')[^1] == ']'));
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
