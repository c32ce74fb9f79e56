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

    public static ImmutableArray<Footnote> Link(List<SourceUnit> units, List<Diagnostic> diagnostics)
    {
        var footnotes = ImmutableArray.CreateBuilder<Footnote>();
        for (var i = 0; i < units.Count; i++)
        {
            var body = BodyOf(units[i]);
            if (body is null)
                continue;
            var (marker, markerLength, paragraphs) = body.Value;
            var id = $"fn{footnotes.Count + 1}";
            paragraphs[0] = InlineEdit.Trim(InlineEdit.DropStart(paragraphs[0], markerLength));
            footnotes.Add(new Footnote(id, marker, [.. paragraphs.Where(p => !p.IsEmpty).Select(p => new Paragraph(InlineConventions.Apply(p)))]));
            if (!PlaceReference(units, i, marker, id))
                diagnostics.Add(Diagnostic.Warning(DiagnosticCode.FootnoteUnreferenced, $"footnote '{marker}' has no marker in the text before it; kept as an unreferenced footnote", units[i].Line).With("marker", marker));
            else
                diagnostics.Add(Diagnostic.Info(DiagnosticCode.FootnoteAttached, $"footnote '{marker}' attached to its marker", units[i].Line).With("marker", marker));
            units.RemoveAt(i);
            i--;
        }

        return footnotes.ToImmutable();
    }

    private static (string Marker, int MarkerLength, List<ImmutableArray<Inline>> Paragraphs)? BodyOf(SourceUnit unit)
    {
        if (unit.IsBracketed)
        {
            var inner = unit.InnerParagraphs();
            if (inner.Count > 0 && BracketedBodyMarker().Match(InlineEdit.Plain(inner[0])) is { Success: true } m)
                return (m.Groups["m"].Value, m.Length, inner);
            return null;
        }

        var paragraphs = unit.Paragraphs.Select(p => InlineEdit.Trim(InlineEdit.JoinLines(p.Select(l => l.Content)))).ToList();
        if (NumberedBodyMarker().Match(InlineEdit.Plain(paragraphs[0])) is { Success: true } n)
            return (n.Groups["m"].Value, n.Length, paragraphs);
        return null;
    }

    private static bool PlaceReference(List<SourceUnit> units, int bodyIndex, string marker, string id)
    {
        var pattern = MarkerPattern(marker);
        for (var u = bodyIndex - 1; u >= 0 && u >= bodyIndex - MaxUnitsBack; u--)
        {
            foreach (var paragraph in units[u].Paragraphs.AsEnumerable().Reverse())
            {
                for (var l = paragraph.Count - 1; l >= 0; l--)
                {
                    if (Replace(paragraph[l].Content, pattern, marker, id) is { } replaced)
                    {
                        paragraph[l] = paragraph[l] with { Content = replaced };
                        units[u].ContentChanged();
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The content with the last free occurrence of the marker replaced by a reference, or null.</summary>
    private static ImmutableArray<Inline>? Replace(ImmutableArray<Inline> content, Regex pattern, string marker, string id)
    {
        for (var i = content.Length - 1; i >= 0; i--)
        {
            if (content[i] is not Text text)
                continue;
            var matches = pattern.Matches(text.Value);
            if (matches.Count == 0)
                continue;
            var match = matches[^1];
            var before = text.Value[..match.Index];
            var after = text.Value[(match.Index + match.Length)..];
            var replacement = new List<Inline>();
            if (before.Length > 0)
                replacement.Add(new Text(before));
            replacement.Add(new FootnoteReference(id, marker));
            if (after.Length > 0)
                replacement.Add(new Text(after));
            return content.RemoveAt(i).InsertRange(i, replacement);
        }

        return null;
    }

    /// <summary>Marker patterns by marker: a document has a handful of distinct markers, reused across documents.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    private static Regex MarkerPattern(string marker) => Patterns.Count < 256 ? Patterns.GetOrAdd(marker, NewMarkerPattern) : NewMarkerPattern(marker);

    private static Regex NewMarkerPattern(string marker) => char.IsDigit(marker[0])
        ? new Regex(@"(?<=\S)\[" + Regex.Escape(marker) + @"\]", RegexOptions.CultureInvariant)
        : new Regex(@"(?<=[\p{L}\p{N}\p{P}])(?<![*†‡])" + Regex.Escape(marker) + @"(?![\p{L}\p{N}*†‡])", RegexOptions.CultureInvariant);
}
