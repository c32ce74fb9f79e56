namespace Pipeline.Core.Model;

/// <summary>The bibliographic fields a transcript's metadata and its sidecar (<c>NAME.meta.json</c>) share.</summary>
/// <remarks><see cref="Date"/> is ISO 8601 (<c>2021-06-11</c>, or <c>2021-06</c> / <c>2021</c> when only that is known);
/// <see cref="Language"/> is a BCP 47 tag.</remarks>
public abstract record BibliographicFields
{
    public string? Title { get; init; }
    public string? Subtitle { get; init; }
    public string? Date { get; init; }
    public string? Place { get; init; }
    public string? Language { get; init; }
    public string? Publisher { get; init; }
    public string? Identifier { get; init; }
    public string? Rights { get; init; }
    public string? Description { get; init; }

    /// <summary>Each field by its lower-case name, in the order above (for dumps and JSON that list them all).</summary>
    public IEnumerable<(string Name, string? Value)> Named() =>
    [
        ("title", Title), ("subtitle", Subtitle), ("date", Date), ("place", Place), ("language", Language),
        ("publisher", Publisher), ("identifier", Identifier), ("rights", Rights), ("description", Description),
    ];
}

/// <summary>Bibliographic facts about a transcript.</summary>
public sealed record DocumentMetadata : BibliographicFields
{
    /// <summary>An empty metadata record.</summary>
    public static DocumentMetadata Empty { get; } = new();

    /// <summary>Notes on the document as a whole, such as <c>extracts</c>.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>This metadata with every field <paramref name="overrides"/> sets taking the place of ours.</summary>
    public DocumentMetadata OverriddenBy(BibliographicFields overrides) => this with
    {
        Title = overrides.Title ?? Title,
        Subtitle = overrides.Subtitle ?? Subtitle,
        Date = overrides.Date ?? Date,
        Place = overrides.Place ?? Place,
        Language = overrides.Language ?? Language,
        Publisher = overrides.Publisher ?? Publisher,
        Identifier = overrides.Identifier ?? Identifier,
        Rights = overrides.Rights ?? Rights,
        Description = overrides.Description ?? Description,
    };
}
