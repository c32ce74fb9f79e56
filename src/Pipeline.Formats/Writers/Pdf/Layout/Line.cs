namespace Pipeline.Formats.Writers.Pdf.Layout;

/// <summary>Text in one style at a horizontal offset within its line.</summary>
public sealed record Fragment(string Text, TextStyle Style, double X, double Width, string? LinkTarget);

/// <summary>One laid-out line: fragments left to right, its height, the baseline's distance from its top,
/// and the footnotes whose markers it carries.</summary>
public sealed record Line(ImmutableArray<Fragment> Fragments, double Width, double Height, double Baseline, ImmutableArray<string> FootnoteIds)
{
    /// <summary>The line's text, fragments joined.</summary>
    public string Text => string.Concat(Fragments.Select(f => f.Text));
}
