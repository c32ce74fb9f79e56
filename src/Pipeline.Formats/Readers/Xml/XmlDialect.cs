using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Formats.Readers.Xml;

/// <summary>What one XML dialect's element names mean, kept as data (an embedded JSON file per dialect under
/// <c>Dialects/</c>): how the dialect is recognised (root element, namespace) and which elements are speaker names,
/// affiliations, turns, paragraphs, headings, sections, column or page markers, stage directions and notes.</summary>
/// <remarks>An element list entry is a local name, optionally with one attribute test: <c>p[@klasse=redner]</c>.</remarks>
internal sealed record XmlDialect
{
    public required string Name { get; init; }

    public string Description { get; init => field = value ?? ""; } = "";

    /// <summary>Root element local names that identify the dialect; empty for the generic fallback.</summary>
    public ImmutableArray<string> Roots { get; init => field = OrEmpty(value); } = [];

    /// <summary>Root namespaces that identify the dialect (with any root name).</summary>
    public ImmutableArray<string> Namespaces { get; init => field = OrEmpty(value); } = [];

    /// <summary>Elements whose text names the speaker of what follows (a label).</summary>
    public ImmutableArray<string> Speaker { get; init => field = OrEmpty(value); } = [];

    /// <summary>Elements inside a speaker element that give the affiliation (kept in the label, in parentheses).</summary>
    public ImmutableArray<string> Affiliation { get; init => field = OrEmpty(value); } = [];

    /// <summary>Elements that hold one speaker's turn: the speaker named in them ends with them.</summary>
    public ImmutableArray<string> Turn { get; init => field = OrEmpty(value); } = [];

    public ImmutableArray<string> Paragraph { get; init => field = OrEmpty(value); } = [];

    public ImmutableArray<string> Heading { get; init => field = OrEmpty(value); } = [];

    /// <summary>Elements that nest sections: a heading's level is the number of them around it.</summary>
    public ImmutableArray<string> Section { get; init => field = OrEmpty(value); } = [];

    /// <summary>Column and page markers: removed from the text (each counted in a diagnostic).</summary>
    public ImmutableArray<string> Marker { get; init => field = OrEmpty(value); } = [];

    /// <summary>Stage directions and procedural notes: a paragraph of their own, in parentheses.</summary>
    public ImmutableArray<string> Stage { get; init => field = OrEmpty(value); } = [];

    /// <summary>Editorial notes: as stage directions.</summary>
    public ImmutableArray<string> Note { get; init => field = OrEmpty(value); } = [];

    /// <summary>Elements whose whole content is not transcript text (metadata blocks, duplicated name parts).</summary>
    public ImmutableArray<string> Ignore { get; init => field = OrEmpty(value); } = [];

    /// <summary>Elements that hold the transcript as raw text, handed to the normaliser line by line.</summary>
    public ImmutableArray<string> RawText { get; init => field = OrEmpty(value); } = [];

    public ImmutableArray<string> LineBreak { get; init => field = OrEmpty(value); } = [];

    /// <summary>Empty elements that separate paragraphs (historic Hansard's <c>lb</c>).</summary>
    public ImmutableArray<string> ParagraphBreak { get; init => field = OrEmpty(value); } = [];

    public ImmutableArray<string> Emphasis { get; init => field = OrEmpty(value); } = [];

    public ImmutableArray<string> Strong { get; init => field = OrEmpty(value); } = [];

    public ImmutableArray<MetadataRule> Metadata { get; init => field = OrEmpty(value); } = [];

    /// <summary>Roots of XML that is clearly not a transcript (a sitemap, a feed, a build file), refused with a note.</summary>
    public ImmutableArray<RefusedRoot> Refuse { get; init => field = OrEmpty(value); } = [];

    /// <summary>True for the fallback that no root selects.</summary>
    [JsonIgnore]
    public bool IsGeneric => Roots.IsEmpty && Namespaces.IsEmpty;

    public bool Recognises(XName root) =>
        Roots.Contains(root.LocalName, StringComparer.Ordinal) || (root.NamespaceName.Length > 0 && Namespaces.Contains(root.NamespaceName, StringComparer.Ordinal));

    /// <summary>Whether <paramref name="element"/> matches one entry of <paramref name="list"/>.</summary>
    public static bool Matches(ImmutableArray<string> list, XElement element)
    {
        foreach (var entry in list)
        {
            if (Selector.Parse(entry).Matches(element))
                return true;
        }

        return false;
    }

    /// <summary>A list the file leaves out is empty: the generated deserializer sets every init-only member, a missing
    /// one to its default (a default <see cref="ImmutableArray{T}"/>), not to the initializer's value.</summary>
    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    /// <summary>The dialects shipped as embedded JSON, the generic fallback last.</summary>
    public static ImmutableArray<XmlDialect> BuiltIn { get; } = Load();

    private static ImmutableArray<XmlDialect> Load()
    {
        var assembly = typeof(XmlDialect).Assembly;
        const string prefix = "Pipeline.Formats.Readers.Xml.Dialects.";
        var dialects = new List<XmlDialect>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            dialects.Add(JsonSerializer.Deserialize(stream, XmlDialectJsonContext.Default.XmlDialect) ?? throw new InvalidOperationException($"empty dialect file {name}"));
        }

        return [.. dialects.Where(d => !d.IsGeneric), .. dialects.Where(d => d.IsGeneric)];
    }
}

/// <summary>Where a metadata field comes from: an element's text, or one of its attributes.</summary>
internal sealed record MetadataRule
{
    /// <summary><c>title</c>, <c>subtitle</c>, <c>date</c>, <c>identifier</c>, <c>place</c>, <c>publisher</c> or <c>language</c>.</summary>
    public required string Field { get; init; }

    public required string Element { get; init; }

    /// <summary>The attribute to read; without it the element's text is read and the element is not walked as text.</summary>
    public string? Attribute { get; init; }
}

/// <summary>A root that marks XML as not a transcript.</summary>
internal sealed record RefusedRoot
{
    public required string Root { get; init; }

    /// <summary>The root's namespace, when the name alone says too little (<c>feed</c> in Atom's).</summary>
    public string? Namespace { get; init; }

    /// <summary>What such a file is: <c>a sitemap</c>.</summary>
    public required string What { get; init; }

    public bool Matches(XName root) => root.LocalName == Root && (Namespace is null || root.NamespaceName == Namespace);
}

/// <summary>A local name with an optional attribute test (<c>p[@klasse=redner]</c>).</summary>
internal sealed record Selector(string LocalName, string? Attribute, string? Value)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Selector> Cache = new(StringComparer.Ordinal);

    public static Selector Parse(string text) => Cache.GetOrAdd(text, static t =>
    {
        var open = t.IndexOf("[@", StringComparison.Ordinal);
        if (open < 0 || !t.EndsWith(']'))
            return new Selector(t, null, null);
        var test = t[(open + 2)..^1];
        var equals = test.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? new Selector(t[..open], test, null) : new Selector(t[..open], test[..equals], test[(equals + 1)..].Trim('\'', '"'));
    });

    public bool Matches(XElement element)
    {
        if (element.Name.LocalName != LocalName)
            return false;
        if (Attribute is null)
            return true;
        var value = element.Attr(Attribute);
        return value is not null && (Value is null || string.Equals(value.Trim(), Value, StringComparison.Ordinal));
    }
}
