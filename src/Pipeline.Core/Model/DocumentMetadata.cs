namespace Pipeline.Core.Model;

/// <summary>Bibliographic facts about a transcript.</summary>
/// <remarks><see cref="Date"/> is ISO 8601 (<c>2021-06-11</c>, or <c>2021-06</c> / <c>2021</c> when only that is known);
/// <see cref="Language"/> is a BCP 47 tag.</remarks>
public sealed record DocumentMetadata
{
    /// <summary>An empty metadata record.</summary>
    public static DocumentMetadata Empty { get; } = new();

    public string? Title { get; init; }
    public string? Subtitle { get; init; }
    public string? Date { get; init; }
    public string? Place { get; init; }
    public string? Language { get; init; }
    public string? Publisher { get; init; }
    public string? Identifier { get; init; }
    public string? Rights { get; init; }
    public string? Description { get; init; }

    /// <summary>Notes on the document as a whole, such as <c>extracts</c>.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];
}
