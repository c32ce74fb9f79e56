using System.Globalization;
using System.Text;

namespace Pipeline.Benchmarks.Generation;

/// <summary>The dimensions the growth benchmark stretches: one input shape each, whose cost once grew faster than its size.</summary>
public enum GrowthDimension
{
    /// <summary>A plain-text transcript with <c>n</c> footnote markers (<c>word*</c>) and their bracketed bodies.</summary>
    FootnoteMarkers,

    /// <summary>An HTML page with <c>n</c> footnote links (<c>&lt;sup&gt;&lt;a href="#fnN"&gt;</c>) and a list of their bodies.</summary>
    HtmlFootnotes,

    /// <summary>A Markdown transcript with <c>n</c> footnotes (<c>[^N]</c> and <c>[^N]: …</c>).</summary>
    MarkdownFootnotes,

    /// <summary>An HTML page whose elements nest <c>n</c> deep.</summary>
    HtmlNesting,

    /// <summary>An SRT file with <c>n</c> cues.</summary>
    SubtitleCues,

    /// <summary>A plain-text transcript of <c>n</c> KB.</summary>
    TextSize,
}

/// <summary>Generates the hostile inputs of the growth benchmark: invented words only, deterministic (the same
/// dimension and size give the same bytes).</summary>
public static class HostileInputs
{
    private static readonly string[] Names = ["MARA VOSTRIK", "TEODOR PLANE", "ISKRA DUNNE"];

    /// <summary>The size at 1× of each dimension (markers, links, footnotes, levels, cues, KB).</summary>
    public static int BaseSize(GrowthDimension dimension) => dimension switch
    {
        GrowthDimension.FootnoteMarkers => 160,
        GrowthDimension.HtmlFootnotes => 160,
        GrowthDimension.MarkdownFootnotes => 160,
        GrowthDimension.HtmlNesting => 1000,
        GrowthDimension.SubtitleCues => 200,
        GrowthDimension.TextSize => 200,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    /// <summary>The unit <see cref="BaseSize"/> counts.</summary>
    public static string Unit(GrowthDimension dimension) => dimension switch
    {
        GrowthDimension.FootnoteMarkers => "markers",
        GrowthDimension.HtmlFootnotes => "links",
        GrowthDimension.MarkdownFootnotes => "footnotes",
        GrowthDimension.HtmlNesting => "levels",
        GrowthDimension.SubtitleCues => "cues",
        GrowthDimension.TextSize => "KB",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    /// <summary>The file ending the reader is chosen by.</summary>
    public static string Extension(GrowthDimension dimension) => dimension switch
    {
        GrowthDimension.FootnoteMarkers or GrowthDimension.TextSize => ".txt",
        GrowthDimension.HtmlFootnotes or GrowthDimension.HtmlNesting => ".html",
        GrowthDimension.MarkdownFootnotes => ".md",
        GrowthDimension.SubtitleCues => ".srt",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    /// <summary>The input of <paramref name="dimension"/> at size <paramref name="n"/>, as UTF-8 bytes.</summary>
    public static byte[] Generate(GrowthDimension dimension, int n) => Encoding.UTF8.GetBytes(dimension switch
    {
        GrowthDimension.FootnoteMarkers => FootnoteMarkers(n),
        GrowthDimension.HtmlFootnotes => HtmlFootnotes(n),
        GrowthDimension.MarkdownFootnotes => MarkdownFootnotes(n),
        GrowthDimension.HtmlNesting => HtmlNesting(n),
        GrowthDimension.SubtitleCues => SubtitleCues(n),
        GrowthDimension.TextSize => new TranscriptGenerator(7, timestamps: true).Hearing(int.MaxValue, n * 1000),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    });

    /// <summary>Turns that each end in a footnote marker, every turn followed by its bracketed footnote body.</summary>
    public static string FootnoteMarkers(int markers)
    {
        var text = new StringBuilder("Talk at the Quarry Hall, March 3, 2024\n\n");
        for (var i = 0; i < markers; i++)
        {
            text.Append(Inv($"{Names[i % 2]}: We spoke of the brask {i} and the tolver that followed it, as the record says*. Then we moved on.\n\n"));
            text.Append(Inv($"[* The brask {i} is described in the minutes of the session.]\n\n"));
        }

        return text.ToString();
    }

    /// <summary>Paragraphs with footnote links in superscripts, and an ordered list of the bodies with links back.</summary>
    public static string HtmlFootnotes(int links)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Talk at the Quarry Hall</title></head><body><main>\n<h1>Talk at the Quarry Hall</h1>\n");
        for (var i = 1; i <= links; i++)
            html.Append(Inv($"<p><b>{Names[i % 2]}:</b> We spoke of the brask {i} and the tolver that followed it<sup id=\"r{i}\"><a href=\"#fn{i}\">{i}</a></sup>. Then we moved on.</p>\n"));
        html.Append("<hr>\n<ol class=\"footnotes\">\n");
        for (var i = 1; i <= links; i++)
            html.Append(Inv($"<li id=\"fn{i}\">The brask {i} is described in the minutes of the session. <a href=\"#r{i}\">↩</a></li>\n"));
        html.Append("</ol>\n</main></body></html>\n");
        return html.ToString();
    }

    /// <summary>Labelled turns with Markdown footnote references, and the definitions at the end.</summary>
    public static string MarkdownFootnotes(int footnotes)
    {
        var md = new StringBuilder("---\ntitle: Talk at the Quarry Hall\n---\n\n");
        for (var i = 1; i <= footnotes; i++)
            md.Append(Inv($"**{Names[i % 2]}:** We spoke of the brask {i} and the tolver that followed it.[^{i}] Then we moved on.\n\n"));
        for (var i = 1; i <= footnotes; i++)
            md.Append(Inv($"[^{i}]: The brask {i} is described in the minutes of the session.\n\n"));
        return md.ToString();
    }

    /// <summary>A page whose body nests <paramref name="depth"/> <c>div</c> elements, with a labelled turn at the bottom.</summary>
    public static string HtmlNesting(int depth)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Deep talk</title></head><body>\n");
        for (var i = 0; i < depth; i++)
            html.Append("<div>");
        html.Append("<p><b>MARA VOSTRIK:</b> We spoke of the brask at the bottom of the page.</p>");
        for (var i = 0; i < depth; i++)
            html.Append("</div>");
        html.Append("\n</body></html>\n");
        return html.ToString();
    }

    /// <summary>SubRip cues, two seconds each, alternating dialogue dashes and labelled lines.</summary>
    public static string SubtitleCues(int cues)
    {
        var srt = new StringBuilder();
        for (var i = 1; i <= cues; i++)
        {
            var start = TimeSpan.FromSeconds((i - 1) * 2);
            var end = start + TimeSpan.FromMilliseconds(1800);
            srt.Append(Inv($"{i}\n{start:hh\\:mm\\:ss\\,fff} --> {end:hh\\:mm\\:ss\\,fff}\n"));
            srt.Append(i % 3 == 0
                ? Inv($"- Was the brask {i} there?\n- It was, by the tolver.\n\n")
                : Inv($"{Names[i % 2]}: We spoke of the brask {i}\nand the tolver that followed it.\n\n"));
        }

        return srt.ToString();
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
