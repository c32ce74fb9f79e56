using System.Security.Cryptography;
using Pipeline.Core.Debugging;

namespace Pipeline.Core.Model;

/// <summary>Identifiers derived from a document's content (not its source path or the reader's diagnostics), so the
/// same transcript gets the same identifier wherever it lives and whichever writer asks.</summary>
public static class ContentId
{
    /// <summary>A <c>urn:uuid:</c> (an RFC 9562 version 8 UUID built from the SHA-256 of the model dump): the EPUB
    /// identifier.</summary>
    public static string Urn(TranscriptDocument document)
    {
        var content = document with { Source = new SourceInfo("", "", null), Diagnostics = [] };
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(ModelDump.ToText(content, includeDiagnostics: false)));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash, 0, 16);
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    /// <summary><c>transcript-</c> and the first 16 hex digits of a SHA-256 over the title, participants, blocks and
    /// footnotes: the TEI <c>idno</c> of a document that has no identifier.</summary>
    public static string Short(TranscriptDocument document)
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
        foreach (var participant in OrEmpty(document.Participants))
            Add("participant", participant.Id + "\u0001" + participant.DisplayName);
        foreach (var block in OrEmpty(document.Blocks))
        {
            var (kind, text) = block switch
            {
                Heading heading => ("heading" + heading.Level, InlineText.ToPlainText(OrEmpty(heading.Content))),
                Paragraph paragraph => ("paragraph", InlineText.ToPlainText(OrEmpty(paragraph.Content))),
                Turn turn => ("turn " + turn.SpeakerId + " " + turn.Attribution, PlainText(turn.Paragraphs)),
                EditorialNote note => ("note " + note.Kind, PlainText(note.Paragraphs)),
                _ => throw new NotSupportedException($"Unknown block {block.GetType().Name}."),
            };
            Add(kind, text);
        }

        foreach (var footnote in OrEmpty(document.Footnotes))
            Add("footnote " + footnote.Id, PlainText(footnote.Paragraphs));
        return "transcript-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static string PlainText(ImmutableArray<Paragraph> paragraphs) =>
        string.Join("\n\n", OrEmpty(paragraphs).Select(p => InlineText.ToPlainText(OrEmpty(p.Content))));

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
