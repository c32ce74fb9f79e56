using PdfSharp.Pdf;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>Values handed to PDFsharp as literals, each the exact bytes PDFsharp writes for the name or the array of
/// integers it stands for: saving then writes one raw string, where a name costs PDFsharp a string builder and a string
/// and an array an item and a write per number. Only for values without references: a reference must stay a
/// <see cref="PdfReference"/> item, for saving to find and renumber it.</summary>
internal static class PdfLiterals
{
    /// <summary><paramref name="name"/> (with its slash) as PDFsharp writes it; only names that PDFsharp writes unescaped
    /// (printable ASCII other than delimiters and <c>#</c>).</summary>
    public static PdfLiteral Name(string name)
    {
        if (name.Length < 2 || name[0] != '/' || name.AsSpan(1).IndexOfAnyExcept(Unescaped) >= 0)
            throw new ArgumentException($"'{name}' is not a name PDFsharp writes as it is", nameof(name));
        return new PdfLiteral(name);
    }

    /// <summary>An array of <paramref name="values"/> spaced as PDFsharp spaces a direct array of integers: <c>[0 1 2]</c>.</summary>
    public static PdfLiteral Integers(ReadOnlySpan<int> values)
    {
        var length = 2 + (values.Length * 12);
        var chars = length <= 256 ? stackalloc char[length] : new char[length];
        var at = 0;
        chars[at++] = '[';
        foreach (var value in values)
        {
            if (at > 1)
                chars[at++] = ' ';
            value.TryFormat(chars[at..], out var written, default, CultureInfo.InvariantCulture);
            at += written;
        }

        chars[at++] = ']';
        return new PdfLiteral(new string(chars[..at]));
    }

    /// <summary>The characters PDFsharp writes in a name as they are (it writes <c>#</c> and two hex digits for any other).</summary>
    private static readonly System.Buffers.SearchValues<char> Unescaped = System.Buffers.SearchValues.Create(
        "!\"$&'*+,-.0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ\\^_`abcdefghijklmnopqrstuvwxyz|~");
}
