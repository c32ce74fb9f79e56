namespace Pipeline.Core.Model;

/// <summary>Where a document's title came from.</summary>
public enum TitleSource
{
    /// <summary>The document's metadata names it.</summary>
    Metadata,

    /// <summary>Derived: the text of the document's first heading.</summary>
    FirstHeading,

    /// <summary>Derived: the source file's name without its ending.</summary>
    FileStem,

    /// <summary>Nothing to derive a title from: writers show their localised word for an untitled transcript.</summary>
    None,
}

/// <summary>The one title every writer shows: the metadata title, else one derived from the first heading, else from the
/// file stem. Computed here once, so the four writers never disagree about an untitled document.</summary>
/// <param name="Text">The title, whitespace collapsed; empty when <paramref name="Source"/> is <see cref="TitleSource.None"/>.</param>
/// <param name="Source">Where it came from.</param>
public sealed record DocumentTitle(string Text, TitleSource Source)
{
    /// <summary>True when the document itself gives no title and the text was derived (or is missing).</summary>
    public bool IsDerived => Source != TitleSource.Metadata;

    /// <summary>The title of <paramref name="document"/> by the one rule.</summary>
    public static DocumentTitle Of(TranscriptDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (Collapse(document.Metadata.Title) is { Length: > 0 } title)
            return new DocumentTitle(title, TitleSource.Metadata);
        foreach (var heading in document.Blocks.OfType<Heading>())
        {
            if (Collapse(InlineText.ToPlainText(heading.Content)) is { Length: > 0 } text)
                return new DocumentTitle(text, TitleSource.FirstHeading);
        }

        if (Stem(document.Source?.Path) is { Length: > 0 } stem)
            return new DocumentTitle(stem, TitleSource.FileStem);
        return new DocumentTitle("", TitleSource.None);
    }

    /// <summary>The file name without directories and without its ending (<c>talk.txt</c> and <c>talk.tei.xml</c> → <c>talk</c>); null for
    /// standard input (<c>-</c>) or a name with no letter or digit.</summary>
    private static string? Stem(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
            return null;
        var name = path[(path.LastIndexOfAny(['/', '\\']) + 1)..];
        var dot = name.LastIndexOf('.');
        if (dot >= 0)
            name = name[..dot];
        if (name.EndsWith(".tei", StringComparison.OrdinalIgnoreCase) && name.Length > 4)
            name = name[..^4];
        var stem = Collapse(name);
        return stem is not null && stem.Any(char.IsLetterOrDigit) ? stem : null;
    }

    /// <summary>Whitespace runs as one space, trimmed; null for null. Other characters are left for each writer to clean.</summary>
    private static string? Collapse(string? text)
    {
        if (text is null)
            return null;
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
