namespace Pipeline.Formats.Writers.Markdown;

/// <summary>Stable, unique ASCII heading identifiers (<c>early-life</c>, <c>section-3</c>) that never clash with the
/// ids pandoc generates for footnotes and the EPUB navigation.</summary>
internal sealed partial class HeadingIds
{
    /// <summary>The id given to the front-matter chapter (participants, notes, preamble).</summary>
    public const string FrontMatter = "front-matter";

    /// <summary>The id of the chapter that holds the speech before the first section heading.</summary>
    public const string Transcript = "transcript";

    private readonly HashSet<string> used = new(StringComparer.Ordinal) { FrontMatter, Transcript, "footnotes", "toc", "toc-title", "landmarks", "cover", "title-page", "title-block-header" };
    private int count;

    /// <summary>The id for the next heading, from its plain text.</summary>
    public string Next(string plainText)
    {
        count++;
        var slug = Slug(plainText);
        if (slug.Length == 0)
            slug = "section-" + count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        else if (!char.IsAsciiLetter(slug[0]) || PandocReserved().IsMatch(slug))
            slug = "section-" + slug;
        var id = slug;
        for (var n = 2; !used.Add(id); n++)
            id = slug + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return id;
    }

    private static string Slug(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, 64));
        var pendingDash = false;
        foreach (var c in text)
        {
            if (builder.Length >= 60)
                break;
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && builder.Length > 0)
                    builder.Append('-');
                builder.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("^(fn|fnref|toc-li|epub-creator|ch)[0-9-]*$")]
    private static partial Regex PandocReserved();
}
