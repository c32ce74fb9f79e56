namespace Pipeline.Core.Model;

/// <summary>A run of blocks under one level-1 heading (or before the first: the front matter).</summary>
/// <param name="Heading">Null for the front matter.</param>
/// <param name="Number">1-based section number; 0 for the front matter.</param>
public sealed record Section(Heading? Heading, int Number, ImmutableArray<Block> Blocks);

/// <summary>The shared pre-pass that turns the flat block list into sections.</summary>
public static class DocumentSections
{
    /// <summary>Splits blocks at level-1 headings. The front matter comes first and is returned even when empty.</summary>
    public static ImmutableArray<Section> Split(IEnumerable<Block> blocks)
    {
        var sections = ImmutableArray.CreateBuilder<Section>();
        var current = ImmutableArray.CreateBuilder<Block>();
        Heading? heading = null;
        var number = 0;
        foreach (var block in blocks)
        {
            if (block is Heading { Level: 1 } next)
            {
                sections.Add(new Section(heading, number, current.ToImmutable()));
                current.Clear();
                heading = next;
                number++;
                continue;
            }

            current.Add(block);
        }

        sections.Add(new Section(heading, number, current.ToImmutable()));
        return sections.ToImmutable();
    }
}
