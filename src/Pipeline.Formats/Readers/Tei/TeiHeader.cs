namespace Pipeline.Formats.Readers.Tei;

/// <summary>Document metadata from a <c>teiHeader</c>: titles, publisher, identifier, licence, date, place,
/// language, abstract and notes. Dates are given as ISO 8601 (<c>@when</c>, else the shared date finder).</summary>
internal static class TeiHeader
{
    public static DocumentMetadata Read(XElement root)
    {
        var header = root.Child("teiHeader");
        var language = Clean(TeiText.Lang(root)) ?? header?.Below("language").Select(l => Clean(l.Attr("ident"))).FirstOrDefault(l => l is not null);
        if (header is null)
            return new DocumentMetadata { Language = language };

        var titleStmt = header.Below("titleStmt").FirstOrDefault();
        var titles = titleStmt?.Children("title").ToList() ?? [];
        var publication = header.Below("publicationStmt").FirstOrDefault();
        var setting = header.Below("setting").FirstOrDefault();
        return new DocumentMetadata
        {
            // A derived title (subtype "derived": our writer's title for an untitled work, from its first heading or file
            // name) or a "desc" title describes the work rather than naming it: reading it back leaves the work untitled.
            Title = Text(Pick(titles.Where(t => t.Attr("type") is null or "main" && !IsDescriptive(t)), language) ?? titles.FirstOrDefault(t => !IsDescriptive(t))),
            Subtitle = Text(Pick(titles.Where(t => t.Attr("type") == "sub"), language)),
            Date = Date(header.Below("sourceDesc").SelectMany(s => s.Below("date")).FirstOrDefault()
                        ?? setting?.Below("date").FirstOrDefault()),
            Place = Text(setting?.Below("placeName").FirstOrDefault()
                         ?? setting?.Below("name").FirstOrDefault(n => n.Attr("type") is "city" or "place")),
            Language = language,
            Publisher = Text(Publisher(publication)),
            Identifier = Text(publication?.Children("idno").FirstOrDefault(i => i.Attr("type") != "content-hash")),
            Rights = Text(publication?.Below("licence").FirstOrDefault() ?? publication?.Below("availability").FirstOrDefault()),
            Description = Text(header.Below("abstract").FirstOrDefault()),
            Notes = [.. header.Below("notesStmt").SelectMany(n => n.Children("note")).Select(Text).OfType<string>()],
        };
    }

    /// <summary>The element in the document's language, else the first.</summary>
    private static XElement? Pick(IEnumerable<XElement> elements, string? language)
    {
        var list = elements.ToList();
        return list.FirstOrDefault(e => TeiText.Lang(e) == language) ?? list.FirstOrDefault();
    }

    private static XElement? Publisher(XElement? publication)
    {
        var publisher = publication?.Child("publisher");
        return publisher?.Child("orgName") ?? publisher;
    }

    private static string? Date(XElement? date)
    {
        if (date is null)
            return null;
        var text = TeiText.Plain(date);
        return Clean(date.Attr("when")) ?? ReaderConventions.IsoDate(text) ?? Clean(text);
    }

    private static string? Text(XElement? element) => element is null ? null : Clean(TeiText.Plain(element));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsDescriptive(XElement title) => title.Attr("type") == "desc" || title.Attr("subtype") == "derived";
}
