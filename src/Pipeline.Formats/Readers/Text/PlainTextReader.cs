namespace Pipeline.Formats.Readers.Text;

/// <summary>Reads plain-text transcripts: decodes them, splits them into paragraphs at blank lines and hands
/// those to the shared normaliser.</summary>
public sealed class PlainTextReader() : Reader("text",
    "Plain-text transcript (UTF-8, UTF-16 with BOM, or a legacy code page)",
    [".txt", ".text"])
{
    public override TranscriptDocument Read(ReaderInput input)
    {
        var diagnostics = new List<Diagnostic>();
        var (paragraphs, encoding) = Paragraphs(input, diagnostics);
        return TranscriptNormalizer.Normalize(NormalizerInput.For(input, Name, encoding, paragraphs, DocumentMetadata.Empty, diagnostics));
    }

    /// <summary>The decoded text's paragraphs. The text itself lives only in this method's frame, so it is garbage while
    /// the normaliser runs (the lines are copies): a big input's text is not held twice.</summary>
    private static (ImmutableArray<SourceParagraph> Paragraphs, string Encoding) Paragraphs(ReaderInput input, List<Diagnostic> diagnostics)
    {
        var decoded = TextDecoder.Decode(input.Path, input.Content.Span);
        if (string.IsNullOrWhiteSpace(decoded.Text))
            throw new TranscriptException(input.Path, "empty file: no text to convert");
        diagnostics.AddRange(decoded.Diagnostics);
        return (LineNumberedLayout.TryUnwrap(decoded.Text, diagnostics) ?? SplitParagraphs(decoded.Text), decoded.EncodingName);
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
            var line = text.AsSpan(range);
            if (line.IsWhiteSpace())
            {
                Flush();
                continue;
            }

            lines.Add(new SourceLine([new Core.Model.Text(new string(line.TrimEnd()))], number));
        }

        Flush();
        return paragraphs.ToImmutable();

        void Flush()
        {
            // The paragraph holds a copy, so the list is emptied and used again (a flush comes at every blank line).
            if (lines.Count > 0)
                paragraphs.Add(new SourceParagraph([.. lines]));
            lines.Clear();
        }
    }
}
