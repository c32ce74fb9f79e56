namespace Pipeline.Core.Chars;

/// <summary>Characters XML 1.0 forbids, and removing them.</summary>
public static class XmlChars
{
    /// <summary>Whether a UTF-16 code unit (not part of a surrogate pair) may appear in XML 1.0.</summary>
    public static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);

    /// <summary>The text with every character XML 1.0 forbids removed (lone surrogates included); <paramref name="removed"/> counts them.</summary>
    public static string Clean(string text, out int removed)
    {
        removed = 0;
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var keep = IsAllowed(c);
            var pairLength = 1;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                keep = true;
                pairLength = 2;
            }

            if (keep && builder is null)
            {
                i += pairLength - 1;
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length);
            if (keep)
                builder.Append(text, i, pairLength);
            else
                removed++;
            i += pairLength - 1;
        }

        return builder?.ToString() ?? text;
    }
}
