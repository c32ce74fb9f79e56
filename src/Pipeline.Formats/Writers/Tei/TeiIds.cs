namespace Pipeline.Formats.Writers.Tei;

/// <summary>The <c>xml:id</c> values of one TEI file: valid NCNames, unique within the file.</summary>
/// <remarks>Ids are restricted to ASCII letters, digits, <c>.</c>, <c>-</c> and <c>_</c>, so that every XML
/// parser and every version of the NCName rules (XML 1.0 4th and 5th editions) accepts them.</remarks>
internal sealed class TeiIds
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    /// <summary>Claims an id that must be exactly <paramref name="id"/> (fixed ids such as category names).</summary>
    public string Reserve(string id)
    {
        if (!IsSafeNcName(id) || !used.Add(id))
            throw new InvalidOperationException($"The TEI id '{id}' is not a free, valid NCName.");
        return id;
    }

    /// <summary>Claims a valid, unused id as close to <paramref name="wanted"/> as possible.</summary>
    /// <param name="wanted">The preferred id, possibly not an NCName at all.</param>
    /// <param name="fallback">Used when nothing usable is left of <paramref name="wanted"/> (e.g. <c>person3</c>).</param>
    public string Claim(string wanted, string fallback)
    {
        var baseId = Sanitize(wanted);
        if (baseId.Length == 0)
            baseId = Sanitize(fallback);
        if (used.Add(baseId))
            return baseId;
        for (var n = 2; ; n++)
        {
            var candidate = baseId + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (used.Add(candidate))
                return candidate;
        }
    }

    /// <summary>Whether <paramref name="id"/> is an NCName made only of the ASCII characters these ids use.</summary>
    public static bool IsSafeNcName(string id)
    {
        if (id.Length == 0 || !IsStart(id[0]))
            return false;
        foreach (var c in id)
        {
            if (!IsPart(c))
                return false;
        }

        return true;
    }

    /// <summary>Keeps ASCII letters, digits, <c>.</c>, <c>-</c>, <c>_</c>; runs of anything else become one <c>-</c>;
    /// an id that would not start with a letter or <c>_</c> gets the prefix <c>id-</c>. Empty when nothing is left.</summary>
    public static string Sanitize(string text)
    {
        if (IsSafeNcName(text))
            return text;
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text)
        {
            if (IsPart(c))
            {
                if (pendingDash && builder.Length > 0)
                    builder.Append('-');
                pendingDash = false;
                builder.Append(c);
            }
            else
            {
                pendingDash = true;
            }
        }

        var result = builder.ToString().Trim('-', '.');
        if (result.Length == 0 || !result.Any(char.IsAsciiLetterOrDigit))
            return "";
        return IsStart(result[0]) ? result : "id-" + result;
    }

    private static bool IsStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_';
}
