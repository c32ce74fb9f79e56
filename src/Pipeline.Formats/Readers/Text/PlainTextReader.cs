namespace Pipeline.Formats.Readers.Text;

/// <summary>Reads plain-text transcripts: decodes them, splits them into paragraphs at blank lines and hands
/// those to the shared normaliser.</summary>
public sealed class PlainTextReader() : Reader("text",
    "Plain-text transcript (UTF-8, UTF-16 with BOM, or a legacy code page)",
    [".txt", ".text"])
{
    public override TranscriptDocument Read(ReaderInput input)
    {
        var decoded = TextDecoder.Decode(input.Path, input.Content.Span);
        if (decoded.Text.Trim().Length == 0)
            throw new TranscriptException(input.Path, "empty file: no text to convert");
        var diagnostics = new List<Diagnostic>(decoded.Diagnostics);
        var paragraphs = LineNumberedLayout.TryUnwrap(decoded.Text, diagnostics) ?? SplitParagraphs(decoded.Text);
        return TranscriptNormalizer.Normalize(NormalizerInput.For(input, Name, decoded.EncodingName, paragraphs, DocumentMetadata.Empty, diagnostics));
    }

    /// <summary>Paragraphs are runs of non-blank lines; each line keeps its number and its leading white space.</summary>
    internal static ImmutableArray<SourceParagraph> SplitParagraphs(string text)
    {
        var paragraphs = ImmutableArray.CreateBuilder<SourceParagraph>();
        var lines = new List<SourceLine>();
        var number = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            number++;
            var line = text[range];
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }

            lines.Add(new SourceLine([new Core.Model.Text(line.TrimEnd())], number));
        }

        Flush();
        return paragraphs.ToImmutable();

        void Flush()
        {
            if (lines.Count > 0)
                paragraphs.Add(new SourceParagraph([.. lines]));
            lines = [];
        }
    }
}
