namespace Pipeline.Formats.Writers.Docx;

/// <summary>Where text in the package comes from, as a diagnostic names it (<c>block 12</c>, <c>footnote n1 paragraph
/// 2</c>, <c>title block</c>): kept in parts and put together only when a diagnostic reports it, not for every block.</summary>
/// <param name="Name">The place, or what is numbered (<c>block</c>).</param>
/// <param name="Number">The number after <paramref name="Name"/>; none when 0.</param>
/// <param name="Paragraph">The paragraph within the place, from 1; none when 0.</param>
internal readonly record struct DocxPlace(string Name, int Number = 0, int Paragraph = 0)
{
    public static implicit operator DocxPlace(string name) => new(name);

    public override string ToString()
    {
        var place = Number > 0 ? Name + " " + Number.ToString(CultureInfo.InvariantCulture) : Name;
        return Paragraph > 0 ? place + " paragraph " + Paragraph.ToString(CultureInfo.InvariantCulture) : place;
    }
}
