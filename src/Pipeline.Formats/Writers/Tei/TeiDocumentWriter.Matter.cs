namespace Pipeline.Formats.Writers.Tei;

/// <summary>Front and back matter: a record's caption, appearances and contents in <c>front</c>, its word index in
/// <c>back</c> (only with <c>--keep-index</c>).</summary>
internal sealed partial class TeiDocumentWriter
{
    /// <summary>The index to write, or null: it is left out unless the options ask for it.</summary>
    private WordIndex? IndexToWrite => context.Options.KeepIndex && document.Index is { Entries.IsEmpty: false } index ? index : null;

    private void WriteFront()
    {
        if (document.Front is not { } front || Items(front.Paragraphs).IsEmpty)
            return;
        place = new Place("front matter");
        Open("front");
        Open("div");
        Attribute("type", "preliminaries");
        foreach (var paragraph in front.Paragraphs)
        {
            OpenMixed("p");
            WriteInlines(paragraph.Content);
            EndMixed();
        }

        Close();
        Close();
    }

    /// <summary>The word index as a list of items, each its term and the references printed after it.</summary>
    private void WriteIndex(WordIndex index)
    {
        place = new Place("index");
        Open("div");
        Attribute("type", "index");
        Open("list");
        foreach (var entry in index.Entries)
        {
            OpenMixed("item");
            if (entry.Term.Length > 0)
            {
                Inline("term");
                Text(entry.Term);
                xml.WriteEndElement();
                Text(" ");
            }

            Text(string.Join(" ", entry.References));
            EndMixed();
        }

        Close();
        Close();
    }
}
