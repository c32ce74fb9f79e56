using System.Text.RegularExpressions;
using Pipeline.Core.Chars;
using Pipeline.Core.Model;

namespace Pipeline.Tests.Formats.Writers.Docx;

/// <summary>The words a reader of the DOCX should find: metadata shown in the title block, participants, labels, blocks and footnotes.</summary>
internal static partial class DocxExpectedWords
{
    /// <summary>Every word (letters and digits) of the document's visible text, as a multiset.</summary>
    public static Dictionary<string, int> Of(TranscriptDocument document)
    {
        var texts = new List<string?>
        {
            document.Metadata.Title, document.Metadata.Subtitle, document.Metadata.Date, document.Metadata.Place,
            document.Metadata.Publisher, document.Metadata.Rights, document.Metadata.Description,
        };
        texts.AddRange(document.Metadata.Notes);
        var words = Pipeline.Formats.Writers.Interface.InterfaceWords.For(document.Metadata.Language);
        texts.AddRange(document.Participants.SelectMany(p => new[] { p.DisplayName, p.Role is null ? null : words.Role(p.Role), p.Organisation }));
        foreach (var block in document.Blocks)
        {
            texts.Add(block switch
            {
                Heading heading => InlineText.ToPlainText(heading.Content),
                Paragraph paragraph => InlineText.ToPlainText(paragraph.Content),
                Turn turn => document.FindParticipant(turn.SpeakerId)?.DisplayName + " " + InlineText.ToPlainText(turn.Paragraphs),
                EditorialNote note => InlineText.ToPlainText(note.Paragraphs),
                _ => throw new NotSupportedException(block.GetType().Name),
            });
        }

        texts.AddRange(document.Footnotes.Select(f => InlineText.ToPlainText(f.Paragraphs)));
        return Count(string.Join(" ", texts.Where(t => t is not null).Select(t => XmlChars.Clean(t!, out _))));
    }

    public static Dictionary<string, int> Count(string text) => Word().Matches(text)
        .GroupBy(m => m.Value, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>The words of <paramref name="expected"/> that <paramref name="actual"/> has fewer of, with the shortfall.</summary>
    public static List<string> Missing(Dictionary<string, int> expected, Dictionary<string, int> actual) => expected
        .Where(e => actual.GetValueOrDefault(e.Key) < e.Value)
        .Select(e => $"{e.Key} (expected {e.Value}, found {actual.GetValueOrDefault(e.Key)})")
        .Order(StringComparer.Ordinal)
        .ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
