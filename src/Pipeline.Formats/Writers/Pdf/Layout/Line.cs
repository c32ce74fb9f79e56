namespace Pipeline.Formats.Writers.Pdf.Layout;

/// <summary>Text in one style at a horizontal offset within its line. <paramref name="Characters"/> is usually a slice of
/// its run's text: a line is drawn from it without a copy of its own.</summary>
public sealed record Fragment(ReadOnlyMemory<char> Characters, TextStyle Style, double X, double Width, string? LinkTarget)
{
    /// <summary>A fragment of <paramref name="text"/> whole.</summary>
    public Fragment(string text, TextStyle style, double x, double width, string? linkTarget)
        : this(text.AsMemory(), style, x, width, linkTarget)
    {
    }

    /// <summary>The fragment's text as a string (a copy, unless it is a whole string).</summary>
    public string Text => Characters.ToString();
}

/// <summary>One laid-out line: fragments left to right, its height, the baseline's distance from its top,
/// and the footnotes whose markers it carries.</summary>
public sealed record Line(ImmutableArray<Fragment> Fragments, double Width, double Height, double Baseline, ImmutableArray<string> FootnoteIds)
{
    /// <summary>The line's text, fragments joined.</summary>
    public string Text => string.Concat(Fragments.Select(f => f.Text));
}
