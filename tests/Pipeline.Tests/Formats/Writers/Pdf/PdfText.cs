using System.Collections.Immutable;
using Pipeline.Core.Model;
using UglyToad.PdfPig;

namespace Pipeline.Tests.Formats.Writers.Pdf;

/// <summary>Text read back from a PDF with PdfPig, and the words a document should show.</summary>
internal static class PdfText
{
    private const double BodyTextMinSize = 9.4;

    /// <summary>Body words in reading order: letters in the body area (no running header/footer) at body sizes
    /// (no superscript markers, no footnotes), punctuation-only quote marks removed.</summary>
    public static List<string> BodyWords(byte[] pdf, double topMargin = 60, double bottomMargin = 60)
    {
        using var document = PdfDocument.Open(pdf);
        var words = new List<string>();
        foreach (var page in document.GetPages())
        {
            foreach (var word in page.GetWords())
            {
                var y = word.BoundingBox.Bottom;
                if (y > page.Height - topMargin || y < bottomMargin)
                    continue;
                var text = string.Concat(word.Letters.Where(l => l.PointSize >= BodyTextMinSize).Select(l => l.Value));
                text = Normalise(text);
                if (text.Length > 0)
                    words.Add(text);
            }
        }

        return words;
    }

    /// <summary>All words of all pages, as PdfPig finds them.</summary>
    public static List<string> AllWords(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
    }

    /// <summary>The words of headings, paragraphs, turns and editorial notes in document order (footnote markers excluded).</summary>
    public static List<string> SourceWords(TranscriptDocument document)
    {
        var words = new List<string>();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading heading:
                    Add(words, heading.Content);
                    break;
                case Paragraph paragraph:
                    Add(words, paragraph.Content);
                    break;
                case Turn turn:
                    foreach (var p in turn.Paragraphs)
                        Add(words, p.Content);
                    break;
                case EditorialNote note:
                    foreach (var p in note.Paragraphs)
                        Add(words, p.Content);
                    break;
                default:
                    throw new NotSupportedException(block.GetType().Name);
            }
        }

        return words;
    }

    /// <summary>The index of the first expected word missing from <paramref name="actual"/> in order, or -1 when all are there in order.</summary>
    public static int FirstMissingInOrder(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var at = 0;
        for (var i = 0; i < expected.Count; i++)
        {
            while (at < actual.Count && actual[at] != expected[i])
                at++;
            if (at == actual.Count)
                return i;
            at++;
        }

        return -1;
    }

    public static string Normalise(string word) =>
        new(word.Where(c => c is not ('“' or '”' or '«' or '»' or '„') && !char.IsControl(c)).ToArray());

    /// <summary>What the writer draws for characters no font (or no text mapping) has: U+FFFD.</summary>
    private static string Undrawable(string word) =>
        string.Concat(word.EnumerateRunesOrReplacement().Select(r => r.Value > 0xFFFF || r.Value is 0xFFFE or 0xFFFF ? "\uFFFD" : r.ToString()));

    private static void Add(List<string> words, ImmutableArray<Inline> inlines)
    {
        var text = Plain(inlines);
        words.AddRange(text.Split([' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(w => Undrawable(Normalise(w))).Where(w => w.Length > 0));
    }

    private static string Plain(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        FootnoteReference => "",
        Emphasis e => Plain(e.Content),
        Strong s => Plain(s.Content),
        Quote q => Plain(q.Content),
        Link l => Plain(l.Content),
        _ => InlineText.ToPlainText([i]),
    }));
}

/// <summary>Rune enumeration that turns lone surrogates into U+FFFD, as the writer does.</summary>
internal static class RuneExtensions
{
    public static IEnumerable<System.Text.Rune> EnumerateRunesOrReplacement(this string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (System.Text.Rune.TryGetRuneAt(text, i, out var rune))
            {
                yield return rune;
                i += rune.Utf16SequenceLength - 1;
            }
            else
            {
                yield return System.Text.Rune.ReplacementChar;
            }
        }
    }
}
