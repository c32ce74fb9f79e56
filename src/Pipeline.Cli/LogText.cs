namespace Pipeline.Cli;

/// <summary>Makes text safe for one plain log line: a file name may hold any character but <c>/</c> and NUL, and a
/// newline in one must not start a line of its own (under GitHub Actions such a line could be read as a workflow
/// command such as <c>::error</c>), nor may an escape sequence recolour or rewrite the terminal.</summary>
internal static class LogText
{
    /// <summary>Control characters as <c>\n</c>, <c>\r</c>, <c>\t</c> or <c>\u001b</c>; line and paragraph separators
    /// and the bidirectional overrides (which reorder what a reader sees) as <c>\uXXXX</c>; everything else kept.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return text ?? "";
        if (!text.Any(NeedsEscape))
            return text;
        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n':
                    result.Append("\\n");
                    break;
                case '\r':
                    result.Append("\\r");
                    break;
                case '\t':
                    result.Append("\\t");
                    break;
                default:
                    if (NeedsEscape(c))
                        result.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) // C0, DEL, C1
        || c is '\u2028' or '\u2029' or '\u061c' or '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');
}
