namespace Pipeline.Core.Normalizing;

/// <summary>What a transcript's title line says about the document: date, place, a trailing note such as
/// <c>[extracts]</c>, and who interviews whom.</summary>
internal sealed partial record TitleFacts(string Title, string? Note, string? Date, string? Place)
{
    [GeneratedRegex(@"\s*\[(?<note>[^\[\]]{1,40})\]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingNote();

    [GeneratedRegex(@"\b(?:took place|held|recorded|conducted|filmed|given|made|taped|interviewed|speaking|spoke)\s+(?:in|at)\s+(?<place>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex PlacePhrase();

    [GeneratedRegex(@"\b(?:in|at)\s+(?<place>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),?\s+(?:on\s+)?(?=\p{Lu}\p{Ll}+\s+[0-9]|[0-9]{1,2}\s+\p{L}+\s+[0-9]{4}|[0-9]{4}-)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBeforeDate();

    public static TitleFacts Parse(string line)
    {
        var title = line.Trim();
        string? note = null;
        var trailing = TrailingNote().Match(title);
        if (trailing.Success && trailing.Index > 0)
        {
            note = trailing.Groups["note"].Value.Trim();
            title = title[..trailing.Index].TrimEnd();
        }

        return new TitleFacts(title, note, DateFinder.Find(title), FindPlace(title));
    }

    private static string? FindPlace(string title)
    {
        var match = PlacePhrase().Match(title);
        if (!match.Success)
            match = PlaceBeforeDate().Match(title);
        if (!match.Success)
            return null;
        var words = match.Groups["place"].Value.Split(' ').TakeWhile(w => !DateFinder.IsMonth(w)).ToList();
        return words.Count == 0 ? null : string.Join(" ", words).TrimEnd('.', ',');
    }
}
