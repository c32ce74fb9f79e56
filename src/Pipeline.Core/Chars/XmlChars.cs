using System.Buffers;

namespace Pipeline.Core.Chars;

/// <summary>Characters XML 1.0 forbids, and removing them.</summary>
public static class XmlChars
{
    /// <summary>U+0020–U+D7FF, where almost all text lies. A search for what lies outside goes through SearchValues: the
    /// generic <c>IndexOfAnyExceptInRange</c> boxes its characters in unoptimized JIT code (some 300 bytes a call), which
    /// runs for many documents of a batch before the method is recompiled.</summary>
    private static readonly SearchValues<char> Ordinary = SearchValues.Create(AllChars(' ', '\uD7FF'));

    /// <summary>Whether a UTF-16 code unit (not part of a surrogate pair) may appear in XML 1.0.</summary>
    public static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);

    /// <summary>The text with every character XML 1.0 forbids removed (lone surrogates included); <paramref name="removed"/> counts them.</summary>
    public static string Clean(string text, out int removed)
    {
        removed = 0;
        var first = IndexOfForbidden(text);
        if (first < 0)
            return text;

        var builder = new StringBuilder(text, 0, first, text.Length);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else if (IsAllowed(c))
                builder.Append(c);
            else
                removed++;
        }

        return builder.ToString();
    }

    private static char[] AllChars(char first, char last)
    {
        var chars = new char[last - first + 1];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = (char)(first + i);
        return chars;
    }

    /// <summary>The index of the first character XML 1.0 forbids (a lone surrogate included), or -1 when there is none.</summary>
    /// <remarks>Almost all text lies in U+0020–U+D7FF, which one vectorized search skips; it stops only at line breaks,
    /// tabs, private-use or other high BMP characters and surrogate pairs, which are checked one at a time.</remarks>
    private static int IndexOfForbidden(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (true)
        {
            var next = text[i..].IndexOfAnyExcept(Ordinary);
            if (next < 0)
                return -1;
            i += next;
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i += 2;
            else if (IsAllowed(c))
                i++;
            else
                return i;
        }
    }
}
