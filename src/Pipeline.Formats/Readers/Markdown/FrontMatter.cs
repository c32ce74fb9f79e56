namespace Pipeline.Formats.Readers.Markdown;

/// <summary>The simple YAML subset that Markdown front matter uses: top-level <c>key: value</c> pairs, block lists
/// (<c>- x</c>), flow lists (<c>[a, b]</c>), plain, single- and double-quoted scalars (with escapes and line
/// continuations). Nested mappings are skipped; keys are compared without case.</summary>
internal sealed class FrontMatter
{
    private readonly Dictionary<string, List<string>> values;

    private FrontMatter(Dictionary<string, List<string>> values) => this.values = values;

    public static FrontMatter Empty { get; } = new(new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase));

    public IEnumerable<string> Keys => values.Keys;

    /// <summary>The first value of the first key present, or null.</summary>
    public string? Get(params string[] keys) =>
        keys.Select(k => values.GetValueOrDefault(k)).FirstOrDefault(v => v is { Count: > 0 })?[0];

    /// <summary>Every value of the first key present (a list's items, or the one scalar).</summary>
    public IReadOnlyList<string> GetAll(params string[] keys) =>
        keys.Select(k => values.GetValueOrDefault(k)).FirstOrDefault(v => v is { Count: > 0 }) ?? [];

    /// <summary>Parses the lines between the <c>---</c> fences (the fences themselves are skipped if present).</summary>
    public static FrontMatter Parse(IReadOnlyList<string> lines)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var body = lines.Where(l => l.Trim() is not ("---" or "...")).ToList();
        string? listKey = null;
        for (var i = 0; i < body.Count; i++)
        {
            var line = body[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
                continue;
            var indented = char.IsWhiteSpace(line[0]);
            var trimmed = line.Trim();
            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed == "-")
            {
                if (listKey is not null)
                    result[listKey].Add(Scalar(trimmed[1..].Trim(), body, ref i));
                continue;
            }

            if (indented)
                continue; // a nested mapping: not part of the subset.

            var colon = KeyColon(line);
            if (colon < 0)
            {
                listKey = null;
                continue;
            }

            var key = line[..colon].Trim().Trim('"', '\'');
            var raw = line[(colon + 1)..].Trim();
            var list = new List<string>();
            result[key] = list;
            listKey = null;
            if (raw.Length == 0)
            {
                listKey = key;
                continue;
            }

            if (raw.StartsWith('[') && raw.EndsWith(']'))
            {
                list.AddRange(SplitFlow(raw[1..^1]).Select(item => Scalar(item, [], ref i)).Where(v => v.Length > 0));
                continue;
            }

            if (raw is "|" or ">" or "|-" or ">-" or "|+" or ">+")
            {
                list.Add(BlockScalar(body, ref i, folded: raw[0] == '>'));
                continue;
            }

            list.Add(Scalar(raw, body, ref i));
        }

        return new FrontMatter(result);
    }

    /// <summary>The colon that ends a key (followed by white space or the end of the line), or -1.</summary>
    private static int KeyColon(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == ':' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'))
                return i;
        }

        return -1;
    }

    /// <summary>A scalar starting at <paramref name="raw"/>; quoted and plain scalars may continue on following
    /// more-indented lines, which advances <paramref name="index"/>.</summary>
    private static string Scalar(string raw, List<string> lines, ref int index)
    {
        if (raw.StartsWith('"') || raw.StartsWith('\''))
        {
            var doubleQuoted = raw[0] == '"';
            Func<string, int> closing = doubleQuoted ? ClosingDoubleQuote : ClosingSingleQuote;
            var text = new StringBuilder(raw[1..]);
            while (closing(text.ToString()) < 0 && index + 1 < lines.Count)
                text.Append('\n').Append(lines[++index]);
            var all = text.ToString();
            var end = closing(all);
            var folded = Fold(end < 0 ? all : all[..end]);
            return doubleQuoted ? Unescape(folded) : folded.Replace("''", "'", StringComparison.Ordinal);
        }

        var plain = new StringBuilder(StripComment(raw));
        while (index + 1 < lines.Count && lines[index + 1].Length > 0 && char.IsWhiteSpace(lines[index + 1][0])
               && !lines[index + 1].TrimStart().StartsWith('-') && KeyColon(lines[index + 1].Trim()) < 0)
            plain.Append(' ').Append(lines[++index].Trim());
        return plain.ToString().Trim();
    }

    private static string BlockScalar(List<string> lines, ref int index, bool folded)
    {
        var parts = new List<string>();
        while (index + 1 < lines.Count && (lines[index + 1].Trim().Length == 0 || char.IsWhiteSpace(lines[index + 1][0])))
            parts.Add(lines[++index].Trim());
        return string.Join(folded ? " " : "\n", parts).Trim();
    }

    private static string StripComment(string raw)
    {
        var at = raw.IndexOf(" #", StringComparison.Ordinal);
        return at < 0 ? raw : raw[..at];
    }

    private static int ClosingDoubleQuote(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
                i++;
            else if (text[i] == '"')
                return i;
        }

        return -1;
    }

    private static int ClosingSingleQuote(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\'')
                continue;
            if (i + 1 < text.Length && text[i + 1] == '\'')
                i++;
            else
                return i;
        }

        return -1;
    }

    /// <summary>YAML line folding inside quotes: a line break becomes a space (an escaped one disappears),
    /// and the next line's indentation is dropped.</summary>
    private static string Fold(string text)
    {
        var lines = text.Split('\n');
        var builder = new StringBuilder(lines[0].TrimEnd(' ', '\t'));
        for (var i = 1; i < lines.Length; i++)
        {
            var next = lines[i].TrimStart(' ', '\t');
            if (EndsWithEscape(builder))
                builder.Length--;
            else
                builder.Append(' ');
            builder.Append(i == lines.Length - 1 ? next : next.TrimEnd(' ', '\t'));
        }

        return builder.ToString();
    }

    private static bool EndsWithEscape(StringBuilder builder)
    {
        var backslashes = 0;
        for (var i = builder.Length - 1; i >= 0 && builder[i] == '\\'; i--)
            backslashes++;
        return backslashes % 2 == 1;
    }

    private static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                builder.Append(text[i]);
                continue;
            }

            var c = text[++i];
            switch (c)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case '_': builder.Append('\u00A0'); break;
                case 'N': builder.Append('\u0085'); break;
                case 'L': builder.Append('\u2028'); break;
                case 'P': builder.Append('\u2029'); break;
                case '0': builder.Append('\0'); break;
                case 'x' when TryHex(text, i + 1, 2, out var x): builder.Append((char)x); i += 2; break;
                case 'u' when TryHex(text, i + 1, 4, out var u): builder.Append((char)u); i += 4; break;
                case 'U' when TryHex(text, i + 1, 8, out var big): builder.Append(char.ConvertFromUtf32(big)); i += 8; break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    private static bool TryHex(string text, int start, int length, out int value)
    {
        value = 0;
        return start + length <= text.Length
            && int.TryParse(text.AsSpan(start, length), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out value)
            && (length < 8 || value is >= 0 and <= 0x10FFFF);
    }

    private static IEnumerable<string> SplitFlow(string inner)
    {
        var start = 0;
        char? quote = null;
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (quote is not null)
            {
                if (c == '\\' && quote == '"')
                    i++;
                else if (c == quote)
                    quote = null;
                continue;
            }

            if (c is '"' or '\'')
                quote = c;
            else if (c == ',')
            {
                yield return inner[start..i].Trim();
                start = i + 1;
            }
        }

        yield return inner[start..].Trim();
    }
}
