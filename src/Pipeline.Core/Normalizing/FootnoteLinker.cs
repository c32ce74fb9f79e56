namespace Pipeline.Core.Normalizing;

/// <summary>Finds footnote bodies (<c>[* Putin pointed out …]</c>, <c>[1] The law …</c>), takes them out of the
/// flow and puts a reference at the nearest earlier marker (<c>yours*</c>, <c>law[1]</c>).</summary>
internal static partial class FootnoteLinker
{
    private const int MaxUnitsBack = 60;

    [GeneratedRegex(@"^\s*(?<m>\*{1,3}|†|‡)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedBodyMarker();

    [GeneratedRegex(@"^\s*\[(?<m>[0-9]{1,3})\]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedBodyMarker();

    /// <remarks>Linear in the document: bodies are dropped by compacting the list in one pass (not one
    /// <c>RemoveAt</c> each), and the search for a marker resumes where the last search for the same marker in a unit
    /// stopped (see <see cref="UnitSearch"/>), so thousands of markers in one line or unit are not searched again per body.</remarks>
    public static ImmutableArray<Footnote> Link(List<SourceUnit> units, List<Diagnostic> diagnostics)
    {
        var footnotes = ImmutableArray.CreateBuilder<Footnote>();
        var searches = new Dictionary<SourceUnit, UnitSearch>(ReferenceEqualityComparer.Instance);
        var kept = 0;
        for (var i = 0; i < units.Count; i++)
        {
            var body = BodyOf(units[i]);
            if (body is null)
            {
                units[kept++] = units[i];
                continue;
            }

            var (marker, markerLength, paragraphs) = body.Value;
            var id = $"fn{footnotes.Count + 1}";
            paragraphs[0] = InlineEdit.Trim(InlineEdit.DropStart(paragraphs[0], markerLength));
            footnotes.Add(new Footnote(id, marker, [.. paragraphs.Where(p => !p.IsEmpty).Select(p => new Paragraph(InlineConventions.Apply(p)))]));
            if (!PlaceReference(units, kept, marker, id, searches))
                diagnostics.Add(Diagnostic.Warning(DiagnosticCode.FootnoteUnreferenced, $"footnote '{marker}' has no marker in the text before it; kept as an unreferenced footnote", units[i].Line).With("marker", marker));
            else
                diagnostics.Add(Diagnostic.Info(DiagnosticCode.FootnoteAttached, $"footnote '{marker}' attached to its marker", units[i].Line).With("marker", marker));
        }

        units.RemoveRange(kept, units.Count - kept);
        foreach (var search in searches.Values)
            search.WriteBack();
        return footnotes.ToImmutable();
    }

    private static (string Marker, int MarkerLength, List<ImmutableArray<Inline>> Paragraphs)? BodyOf(SourceUnit unit)
    {
        if (unit.IsBracketed)
        {
            var first = unit.FirstInnerParagraph();
            if (!first.IsDefault && BracketedBodyMarker().Match(InlineEdit.Plain(first)) is { Success: true } m)
                return (m.Groups["m"].Value, m.Length, unit.InnerParagraphs());
            return null;
        }

        // A numbered body starts with "[n]": a unit whose text starts with no bracket is none, and its paragraphs need not be joined.
        if (!StartsWithBracket(unit))
            return null;
        var paragraphs = unit.Paragraphs.Select(p => InlineEdit.Trim(InlineEdit.JoinLines(p.Select(l => l.Content)))).ToList();
        if (NumberedBodyMarker().Match(InlineEdit.Plain(paragraphs[0])) is { Success: true } n)
            return (n.Groups["m"].Value, n.Length, paragraphs);
        return null;
    }

    /// <summary>Whether the first character of the unit's first paragraph that is not white space is a <c>[</c>: asked of
    /// every unit, so its lines are not joined to ask it (joining only trims white space and puts spaces between lines).</summary>
    private static bool StartsWithBracket(SourceUnit unit)
    {
        foreach (var line in unit.Paragraphs[0])
        {
            if (InlineEdit.Plain(line.Content).AsSpan().TrimStart() is [var first, ..])
                return first == '[';
        }

        return false;
    }

    /// <summary>Puts the reference at the last free occurrence of the marker in the units before
    /// <paramref name="bodyIndex"/> (at most <see cref="MaxUnitsBack"/> of them), searching units, paragraphs and lines
    /// from the last.</summary>
    private static bool PlaceReference(List<SourceUnit> units, int bodyIndex, string marker, string id, Dictionary<SourceUnit, UnitSearch> searches)
    {
        var pattern = MarkerPattern(marker);
        for (var u = bodyIndex - 1; u >= 0 && u >= bodyIndex - MaxUnitsBack; u--)
        {
            if (!searches.TryGetValue(units[u], out var search))
                searches[units[u]] = search = new UnitSearch(units[u]);
            if (search.Replace(pattern, marker, id))
                return true;
        }

        return false;
    }

    /// <summary>The last match of <paramref name="pattern"/> in <paramref name="text"/>, found from the end. The marker
    /// patterns cannot match overlapping text, so the first match from the right is the last match from the left.</summary>
    internal static Match LastMatch(Regex pattern, string text) => RightToLeft(pattern).Match(text);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Regex, Regex> RightToLeftPatterns = [];

    private static Regex RightToLeft(Regex pattern) =>
        RightToLeftPatterns.GetValue(pattern, p => new Regex(p.ToString(), p.Options | RegexOptions.RightToLeft));

    /// <summary>One unit's lines while footnotes are linked: each line's inlines as a list that a reference is put into,
    /// and per marker how far back the unit is known to hold no free occurrence. A search goes from the last line
    /// and inline backwards and stops at the first text with an occurrence; the next search for the same marker starts
    /// there, since after a replacement only the text before the marker can still hold one (the text after it held none,
    /// and a marker needs a character before it, so none can start where the split text starts). A replacement for
    /// another marker can make the end of the text it splits match a pattern (the lookahead no longer sees the marker),
    /// so that text becomes unknown again for every other pattern.</summary>
    private sealed class UnitSearch
    {
        private readonly SourceUnit unit;
        private readonly List<(List<SourceLine> Paragraph, int Index)> lines = [];
        private readonly List<List<Inline>?> contents = [];
        private readonly Dictionary<string, (int Line, int Node)> frontiers = new(StringComparer.Ordinal);
        private readonly List<bool> edited = [];

        public UnitSearch(SourceUnit unit)
        {
            this.unit = unit;
            foreach (var paragraph in unit.Paragraphs)
            {
                for (var l = 0; l < paragraph.Count; l++)
                {
                    lines.Add((paragraph, l));
                    contents.Add(null);
                    edited.Add(false);
                }
            }
        }

        /// <summary>Replaces the last free occurrence before the pattern's frontier; false when there is none.</summary>
        public bool Replace(Regex pattern, string marker, string id)
        {
            // Positions at or after the frontier (line, inline) hold no free occurrence of the pattern.
            var (frontLine, frontNode) = frontiers.TryGetValue(marker, out var known) ? known : (lines.Count, 0);
            for (var li = Math.Min(frontLine, lines.Count - 1); li >= 0; li--)
            {
                var content = Content(li);
                var start = li == frontLine ? frontNode - 1 : content.Count - 1;
                for (var j = start; j >= 0; j--)
                {
                    if (content[j] is not Text text)
                        continue;
                    var match = LastMatch(pattern, text.Value);
                    if (!match.Success)
                        continue;
                    var before = text.Value[..match.Index];
                    var after = text.Value[(match.Index + match.Length)..];
                    var replacement = new List<Inline>(3);
                    if (before.Length > 0)
                        replacement.Add(new Text(before));
                    replacement.Add(new FootnoteReference(id, marker));
                    if (after.Length > 0)
                        replacement.Add(new Text(after));
                    content.RemoveAt(j);
                    content.InsertRange(j, replacement);
                    edited[li] = true;
                    Moved(marker, li, j, replacement.Count - 1, before.Length > 0);
                    frontiers[marker] = (li, before.Length > 0 ? j + 1 : j);
                    return true;
                }
            }

            frontiers[marker] = (0, 0);
            return false;
        }

        /// <summary>Keeps the other patterns' frontiers right after inline <paramref name="node"/> of line
        /// <paramref name="line"/> was split into <paramref name="added"/> more inlines.</summary>
        private void Moved(string replaced, int line, int node, int added, bool textBefore)
        {
            foreach (var (pattern, (frontLine, frontNode)) in frontiers.ToList())
            {
                if (pattern == replaced)
                    continue;
                if (frontLine > line || (frontLine == line && frontNode > node))
                    frontiers[pattern] = frontLine == line ? (line, frontNode + added) : (frontLine, frontNode);
                else if (textBefore)
                    frontiers[pattern] = (line, node + 1);
            }
        }

        private List<Inline> Content(int line)
        {
            if (contents[line] is { } content)
                return content;
            var (paragraph, index) = lines[line];
            return contents[line] = [.. paragraph[index].Content];
        }

        /// <summary>Puts the changed lines back into the unit.</summary>
        public void WriteBack()
        {
            if (!edited.Contains(true))
                return;
            for (var li = 0; li < lines.Count; li++)
            {
                if (!edited[li])
                    continue;
                var (paragraph, index) = lines[li];
                paragraph[index] = paragraph[index] with { Content = [.. contents[li]!] };
            }

            unit.ContentChanged();
        }
    }

    /// <summary>Marker patterns by marker: a document has a handful of distinct markers, reused across documents.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    /// <remarks>Looked up before the table is counted: <see cref="System.Collections.Concurrent.ConcurrentDictionary{TKey, TValue}.Count"/>
    /// takes every lock of the table, which cost more than the look-up.</remarks>
    internal static Regex MarkerPattern(string marker) =>
        Patterns.TryGetValue(marker, out var known) ? known : Patterns.Count < 256 ? Patterns.GetOrAdd(marker, NewMarkerPattern) : NewMarkerPattern(marker);

    private static Regex NewMarkerPattern(string marker) => char.IsDigit(marker[0])
        ? new Regex(@"(?<=\S)\[" + Regex.Escape(marker) + @"\]", RegexOptions.CultureInvariant)
        : new Regex(@"(?<=[\p{L}\p{N}\p{P}])(?<![*†‡])" + Regex.Escape(marker) + @"(?![\p{L}\p{N}*†‡])", RegexOptions.CultureInvariant);
}
