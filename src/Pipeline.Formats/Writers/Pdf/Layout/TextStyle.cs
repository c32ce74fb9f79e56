using Pipeline.Formats.Writers.Pdf.Fonts;

namespace Pipeline.Formats.Writers.Pdf.Layout;

/// <summary>The colour a run is drawn in.</summary>
public enum Ink
{
    Text,

    /// <summary>Grey: editorial text, incidents, timestamps, header and footer.</summary>
    Muted,

    /// <summary>Blue: hyperlinks.</summary>
    Link,
}

/// <summary>How a run of text looks: face, size in points, colour, and whether it is raised as a superscript.</summary>
public sealed record TextStyle(FontFace Face, double Size, Ink Ink = Ink.Text, bool Superscript = false)
{
    /// <summary>The same style with another face.</summary>
    public TextStyle WithFace(FontFace face) => face == Face ? this : this with { Face = face };
}

/// <summary>Text in one style. A run whose text is <c>"\n"</c> is a forced line break.</summary>
/// <param name="LinkTarget">The URL the run links to, if any.</param>
/// <param name="FootnoteId">The footnote this run is the marker of, if any: the footnote goes on the page that carries the run.</param>
public sealed record StyledRun(string Text, TextStyle Style, string? LinkTarget = null, string? FootnoteId = null)
{
    /// <summary>The text of a forced line break run.</summary>
    public const string LineBreak = "\n";
}
