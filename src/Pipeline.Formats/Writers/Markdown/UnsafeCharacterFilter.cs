namespace Pipeline.Formats.Writers.Markdown;

/// <summary>Drops characters that Markdown and EPUB XHTML cannot carry, and remembers which it dropped.</summary>
/// <remarks>Removed: C0 controls other than tab, line feed and carriage return; DEL; C1 controls; lone surrogates;
/// Unicode noncharacters. One instance serves one document; it is not thread-safe.</remarks>
internal sealed class UnsafeCharacterFilter
{
    private readonly SortedSet<int> removedCodePoints = [];
    private int removedCount;

    /// <summary>Appends the code point at <paramref name="index"/> when it is safe; returns how many UTF-16 units it spanned.</summary>
    public int Inspect(string text, int index, out bool safe)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            var codePoint = char.ConvertToUtf32(c, text[index + 1]);
            safe = !IsNoncharacter(codePoint);
            if (!safe)
                Remember(codePoint);
            return 2;
        }

        safe = IsSafe(c);
        if (!safe)
            Remember(c);
        return 1;
    }

    /// <summary>One warning summarising what was removed, or null when nothing was.</summary>
    public Diagnostic? ToDiagnostic()
    {
        if (removedCount == 0)
            return null;
        var shown = removedCodePoints.Take(12).Select(cp => "U+" + cp.ToString("X4", CultureInfo.InvariantCulture));
        var more = removedCodePoints.Count > 12 ? ", …" : "";
        return Diagnostic.Warning(DiagnosticCode.CharactersRemoved,
            $"md: removed {removedCount} character(s) that Markdown/EPUB cannot carry ({string.Join(", ", shown)}{more})").With("format", "md").With("count", removedCount);
    }

    private static bool IsSafe(char c)
    {
        if (c is '\t' or '\n' or '\r')
            return true;
        if (c < 0x20 || c is >= '\u007F' and <= '\u009F')
            return false;
        if (char.IsSurrogate(c))
            return false;
        return !IsNoncharacter(c);
    }

    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    private void Remember(int codePoint)
    {
        removedCount++;
        removedCodePoints.Add(codePoint);
    }

    /// <summary>The text without unsafe characters (for callers that need a plain string).</summary>
    public string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var length = Inspect(text, i, out var safe);
            if (safe)
                builder.Append(text, i, length);
            i += length;
        }

        return builder.ToString();
    }
}
