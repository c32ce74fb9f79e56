using System.Security.Cryptography;

namespace Pipeline.Formats.Writers.Tei;

/// <summary>A stable identifier derived from a document's content, for documents that have none.</summary>
internal static class TeiContentId
{
    /// <summary><c>transcript-</c> and the first 16 hex digits of a SHA-256 over the title, participants, blocks and
    /// footnotes (not the source path, so the same transcript gets the same id wherever it lives).</summary>
    public static string Compute(TranscriptDocument document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string kind, string? value)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(kind));
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes(value ?? ""));
            hash.AppendData([0]);
        }

        Add("title", document.Metadata.Title);
        Add("subtitle", document.Metadata.Subtitle);
        Add("date", document.Metadata.Date);
        foreach (var participant in Items(document.Participants))
            Add("participant", participant.Id + "\u0001" + participant.DisplayName);
        foreach (var block in Items(document.Blocks))
        {
            switch (block)
            {
                case Heading heading:
                    Add("heading" + heading.Level, InlineText.ToPlainText(Items(heading.Content)));
                    break;
                case Paragraph paragraph:
                    Add("paragraph", InlineText.ToPlainText(Items(paragraph.Content)));
                    break;
                case Turn turn:
                    Add("turn " + turn.SpeakerId + " " + turn.Attribution, ParagraphsText(turn.Paragraphs));
                    break;
                case EditorialNote note:
                    Add("note " + note.Kind, ParagraphsText(note.Paragraphs));
                    break;
                default:
                    throw new NotSupportedException($"Unknown block {block.GetType().Name}.");
            }
        }

        foreach (var footnote in Items(document.Footnotes))
            Add("footnote " + footnote.Id, ParagraphsText(footnote.Paragraphs));
        return "transcript-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static string ParagraphsText(ImmutableArray<Paragraph> paragraphs) =>
        string.Join("\n\n", Items(paragraphs).Select(p => InlineText.ToPlainText(Items(p.Content))));

    private static ImmutableArray<T> Items<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
