using System.Net;
using FsCheck;
using FsCheck.Fluent;

namespace Pipeline.Tests.Properties;

/// <summary>A generated transcript: its source and the words it holds outside speaker labels.</summary>
public sealed record GeneratedTranscript(string Source, string ContentText, IReadOnlyList<string> Speakers)
{
    public override string ToString() => Source;
}

/// <summary>FsCheck generators of transcript-like text and HTML, and of hostile noise.</summary>
internal static class TranscriptGen
{
    private static readonly string[] Vocabulary =
    [
        "harbour", "tide", "gull", "lantern", "storm", "quay", "net", "keel", "herring", "rope", "winter", "morning",
        "café", "naïve", "Zürich", "правда", "море", "1962", "42", "don't", "it's", "O'Neill", "élan", "fjord", "Ålesund",
    ];

    private static readonly string[] Punctuation = ["", "", "", ",", ".", "?", "!", ";", " —", " &", " <", " >", " *", " _", " #", " `", " |", " \\"];

    private static readonly string[] Speakers = ["ANNA LEE", "BEN OKAFOR", "Carla Diaz", "DMITRI VOLKOV"];

    private static readonly string[] NoiseTokens =
    [
        "a", "Z", " ", "  ", "\n", "\n\n", "\t", "\r\n", ":", "ANNA LEE:", "[", "]", "(", ")", "*", "_", "#", "`", "|", "-", "<", ">", "&", ";",
        "[laughter]", "[1]", "[* note]", "[00:01:02]", "Q:", "A:", "---", "> ", "1. ", "- ", "```", "&amp;", "&#0;", "&#xD800;",
        "\0", "\u0001", "\u001B", "\u007F", "\u0085", "\u2028", "\u00A0", "\uFFFD", "\uFFFE", "\uD800", "\uDC00", "😀", "\u202E", "é", "Я",
    ];

    private static readonly string[] HtmlTokens =
    [
        "<div>", "</div>", "<p>", "</p>", "<span>", "</span>", "<b>", "</b>", "<i>", "</i>", "<em>", "<table>", "<tr>", "<td>", "</td>",
        "<th>", "</table>", "<ul>", "<li>", "</ul>", "<dl>", "<dt>", "<dd>", "<h1>", "</h1>", "<h3>", "<pre>", "</pre>", "<br>", "<hr>",
        "<a href=\"#fn1\">", "<a id=\"fn1\">", "</a>", "<sup>", "</sup>", "<q>", "<script>", "</script>", "<style>", "<!--", "-->",
        "<![CDATA[", "]]>", "<?xml version=\"1.0\"?>", "<html>", "<body>", "</body>", "<nav>", "<article>", "<img src=\"http://127.0.0.1:9/x\">",
        "<p data-speaker=\"Anna Lee\">", "<td class=\"speaker\">", "<meta charset=\"windows-1251\">", "<title>", "</title>", "&nbsp;", "&lt;",
        "ANNA LEE:", "words", "[laughter]", "\n", " ", "é", "\0", "\u0007",
    ];

    /// <summary>Plain-text transcripts: a title line, then labelled or unlabelled paragraphs, bracketed notes and headings.</summary>
    public static Arbitrary<GeneratedTranscript> PlainText() => Arb.From(Gen.Sized(size =>
        from title in Sentence(2, 6)
        from paragraphs in Gen.ListOf(Paragraph(), Math.Clamp(size / 4, 1, 12))
        select Assemble(title, [.. paragraphs], p => p.Label is null ? p.Text : $"{p.Label}: {p.Text}", "\n\n")));

    /// <summary>HTML pages: a title and paragraphs with labels and inline markup, inside a few wrapping elements.</summary>
    public static Arbitrary<GeneratedTranscript> Html() => Arb.From(Gen.Sized(size =>
        from title in Sentence(2, 6)
        from paragraphs in Gen.ListOf(Paragraph(), Math.Clamp(size / 4, 1, 12))
        from wrappers in Gen.ListOf(Gen.Elements("div", "section", "article", "main", "span"), 3)
        select Page(title, [.. paragraphs], [.. wrappers])));

    /// <summary>Random text made of the characters and constructs readers find hardest.</summary>
    public static Arbitrary<string> Noise() => Arb.From(Gen.Elements(NoiseTokens).Or(Sentence(1, 3)).ListOf().Select(string.Concat));

    /// <summary>Random tag soup.</summary>
    public static Arbitrary<string> TagSoup() => Arb.From(Gen.Elements(HtmlTokens).Or(Sentence(1, 3)).ListOf().Select(string.Concat));

    /// <summary>Random bytes.</summary>
    public static Arbitrary<byte[]> Bytes() => Arb.From(Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf());

    private static Gen<string> Sentence(int min, int max) =>
        from count in Gen.Choose(min, max)
        from words in Gen.Elements(Vocabulary).ArrayOf(count)
        from end in Gen.Elements(Punctuation)
        select string.Join(' ', words) + end;

    private static Gen<(string? Label, string Text)> Paragraph() =>
        from label in Gen.Elements(Speakers).OrNull()
        from sentences in Gen.ListOf(Sentence(1, 12), 3)
        from shape in Gen.Choose(0, 9)
        let text = string.Join(' ', sentences)
        select shape switch
        {
            0 => ((string?)null, $"[{text}]"),
            1 => (null, $"[{sentences[0]}]"),
            _ => (label, text),
        };

    private static GeneratedTranscript Assemble(string title, IReadOnlyList<(string? Label, string Text)> paragraphs, Func<(string? Label, string Text), string> render, string separator)
    {
        var source = title + separator + string.Join(separator, paragraphs.Select(render)) + "\n";
        var content = title + "\n" + string.Join("\n", paragraphs.Select(p => p.Text));
        return new GeneratedTranscript(source, content, [.. paragraphs.Select(p => p.Label).OfType<string>().Distinct()]);
    }

    private static GeneratedTranscript Page(string title, IReadOnlyList<(string? Label, string Text)> paragraphs, IReadOnlyList<string> wrappers)
    {
        var open = string.Concat(wrappers.Select(w => $"<{w}>"));
        var close = string.Concat(wrappers.Reverse().Select(w => $"</{w}>"));
        var body = string.Concat(paragraphs.Select((p, i) => $"<p>{(p.Label is null ? "" : $"<b>{p.Label}:</b> ")}{Markup(p.Text, i)}</p>\n"));
        var source = $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head>\n"
                     + $"<body><nav>Home | About</nav>{open}<h1>{WebUtility.HtmlEncode(title)}</h1>\n{body}{close}<footer>Copyright</footer></body></html>\n";
        var content = title + "\n" + string.Join("\n", paragraphs.Select(p => p.Text));
        return new GeneratedTranscript(source, content, [.. paragraphs.Select(p => p.Label).OfType<string>().Distinct()]);
    }

    /// <summary>Encodes the text and wraps one of its words in inline markup.</summary>
    private static string Markup(string text, int seed)
    {
        var words = text.Split(' ').Select(WebUtility.HtmlEncode).ToArray();
        var at = seed % words.Length;
        words[at] = (seed % 4) switch
        {
            0 => $"<em>{words[at]}</em>",
            1 => $"<strong>{words[at]}</strong>",
            2 => $"<a href=\"https://example.org/{seed}\">{words[at]}</a>",
            _ => $"<span class=\"x\">{words[at]}</span>",
        };
        return string.Join(' ', words);
    }
}
