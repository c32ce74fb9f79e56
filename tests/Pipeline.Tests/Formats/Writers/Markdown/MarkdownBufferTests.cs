using System.Text;
using Pipeline.Formats.Writers.Markdown;

namespace Pipeline.Tests.Formats.Writers.Markdown;

/// <summary>The escapes of <see cref="MarkdownBuffer.Text"/> where a run of plain text meets periods, hyphens, colons,
/// parentheses and letters beyond ASCII: the same at the start of a line (where each is looked at) and inside one.</summary>
public sealed class MarkdownBufferTests
{
    [Theory]
    [InlineData("He met Mr. Smith. Then e.g. this and that.", "He met Mr\\. Smith. Then e.g\\. this and that.", "He met Mr\\. Smith. Then e.g\\. this and that.")]
    [InlineData("well-known -- dash, a---b and a::b c:d (aside) x.", "well-known -\\- dash, a-\\-\\-b and a:\\:b c:d (aside) x.", "well-known -\\- dash, a-\\-\\-b and a:\\:b c:d (aside) x.")]
    [InlineData("Привет, мир. Ещё — текст: «да» (нет).", "Привет, мир. Ещё — текст: «да» (нет).", "Привет, мир. Ещё — текст: «да» (нет).")]
    [InlineData("end.\nnext Dr.\tX and St.", "end. next Dr\\. X and St.", "end. next Dr\\. X and St.")]
    [InlineData("1. item (iv) x", "1\\. item (iv) x", "1. item (iv) x")]
    [InlineData("(iv) starts", "\\(iv) starts", "(iv) starts")]
    [InlineData("a- -b a.b. ok. ", "a- -b a.b. ok. ", "a- -b a.b. ok. ")]
    [InlineData("x\u00A0y\U0001F600z. \uFDD0 e.g.", "x\u00A0y\U0001F600z.  e.g.", "x\u00A0y\U0001F600z.  e.g.")]
    [InlineData("::x:: --y-- ((z)) ..", "\\:\\:x:\\: -\\-y-\\- ((z)) ..", ":\\:x:\\: -\\-y-\\- ((z)) ..")]
    public void Escapes_only_what_pandoc_would_read_as_structure(string text, string atLineStart, string insideLine)
    {
        Assert.Equal(atLineStart, Written(text, markupBefore: ""));
        Assert.Equal(insideLine, Written(text, markupBefore: "x"));
    }

    private static string Written(string text, string markupBefore)
    {
        var output = new StringBuilder();
        var buffer = new MarkdownBuffer(new UnsafeCharacterFilter(), output);
        if (markupBefore.Length > 0)
            buffer.Markup(markupBefore);
        buffer.Text(text);
        return output.ToString()[markupBefore.Length..];
    }
}
