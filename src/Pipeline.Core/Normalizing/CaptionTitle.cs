namespace Pipeline.Core.Normalizing;

/// <summary>The title a court transcript's caption gives when nothing else does: the parties stacked around a
/// <c>v.</c> line (<c>DEPARTMENT OF …, Petitioners</c> / <c>v.</c> / <c>FLORIDA, ET AL.</c>), or one caption line
/// <c>X v. Y</c>, near the top and before anyone speaks. Keys on the caption's shape only, never on a name.</summary>
internal static partial class CaptionTitle
{
    /// <summary>Units from the top that may hold the caption.</summary>
    private const int MaxCaptionUnits = 8;

    /// <summary>Lines of a party's name (with its role line) above or below the <c>v.</c> line.</summary>
    private const int MaxPartyLines = 4;

    private const int MaxTitleLength = 200;

    [GeneratedRegex(@"^(?:v|vs|versus)\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Versus();

    [GeneratedRegex(@"^(?<a>\p{Lu}.{2,}?)\s+(?:v|vs)\.\s+(?<b>\p{Lu}.{2,})$", RegexOptions.CultureInvariant)]
    private static partial Regex VersusLine();

    /// <summary>The caption's right-hand column (<c>HUMAN SERVICES, ET AL.,      :    No. 11-398</c>): from a colon set
    /// off by a run of spaces to the line's end.</summary>
    [GeneratedRegex(@"\s{2,}:.*$|\s+:\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionColumn();

    /// <summary>The title, or null when the top of the document has no caption. <paramref name="isSpeech"/> says whether
    /// a line opens a turn (a speaker label): the caption stands before the first one.</summary>
    public static string? Find(IReadOnlyList<SourceUnit> units, Func<string, bool> isSpeech)
    {
        var lines = TopLines(units, isSpeech);
        for (var i = 0; i < lines.Count; i++)
        {
            if (Versus().IsMatch(lines[i]))
            {
                var before = Party(lines, i - 1, -1);
                var after = Party(lines, i + 1, 1);
                if (before.Count > 0 && after.Count > 0)
                    return Title(string.Join(" ", before) + " " + lines[i] + " " + string.Join(" ", after));
            }
            else if (VersusLine().IsMatch(lines[i]) && lines[i].Length <= MaxTitleLength)
            {
                return Title(lines[i]);
            }
        }

        return null;
    }

    /// <summary>Whether the top of the document, before anyone speaks, has a caption's shape: a rule line
    /// (<c>- - - - - x</c>) or a line that opens with <c>v.</c> between the parties.</summary>
    public static bool HasCaption(IReadOnlyList<SourceUnit> units, Func<string, bool> isSpeech) =>
        TopLines(units, isSpeech).Any(l => IsRule(l) || Versus().IsMatch(l) || VersusLine().IsMatch(l) || VersusFirst().IsMatch(l));

    [GeneratedRegex(@"^(?:v|vs)\.\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VersusFirst();

    /// <summary>The lines of the units at the top, up to the first that opens a turn, without the caption's right-hand column.</summary>
    private static List<string> TopLines(IReadOnlyList<SourceUnit> units, Func<string, bool> isSpeech)
    {
        var lines = new List<string>();
        foreach (var unit in units.Take(MaxCaptionUnits))
        {
            if (unit.Kind != SourceParagraphKind.Text || unit.Speaker is not null)
                break;
            foreach (var line in unit.Paragraphs.SelectMany(p => p))
            {
                var plain = InlineEdit.Plain(line.Content).Trim();
                if (isSpeech(plain))
                    return lines;
                lines.Add(CaptionColumn().Replace(plain, "").Trim());
            }
        }

        return lines;
    }

    /// <summary>A party's lines next to the <c>v.</c> line, in reading order, up to a rule line, an empty line or
    /// <see cref="MaxPartyLines"/>.</summary>
    private static List<string> Party(List<string> lines, int start, int step)
    {
        var party = new List<string>();
        for (var i = start; i >= 0 && i < lines.Count && party.Count < MaxPartyLines; i += step)
        {
            var line = lines[i];
            if (line.Length == 0 || !line.Any(char.IsLetter) || IsRule(line) || Versus().IsMatch(line))
                break;
            party.Add(line);
        }

        if (step < 0)
            party.Reverse();
        return party;
    }

    /// <summary>A caption's rule (<c>- - - - - - x</c>, <c>-----X</c>): dashes and at most one letter.</summary>
    private static bool IsRule(string line) => line.Count(c => c is '-' or '_' or '=') >= 3 && line.Count(char.IsLetter) <= 1;

    private static string? Title(string text)
    {
        var title = InlineConventions.CollapseSpaces(text).Trim().TrimEnd(',', ';', ':').Trim();
        return title.Length is > 0 and <= MaxTitleLength ? title : null;
    }
}
