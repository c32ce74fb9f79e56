using System.Security.Cryptography;
using Pipeline.Core.Debugging;

namespace Pipeline.Core.Model;

/// <summary>Identifiers derived from a document's content (not its source path or the reader's diagnostics), so the
/// same transcript gets the same identifier wherever it lives and whichever writer asks.</summary>
public static class ContentId
{
    /// <summary>Characters the hashed text is encoded in at a time: the text itself is never held whole.</summary>
    private const int HashBufferChars = 2048;

    /// <summary>A <c>urn:uuid:</c> (an RFC 9562 version 8 UUID built from the SHA-256 of the model dump): the EPUB
    /// identifier.</summary>
    public static string Urn(TranscriptDocument document)
    {
        var content = document with { Source = new SourceInfo("", "", null), Diagnostics = [] };
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var text = HashedText(hash))
            ModelDump.Write(text, content, includeDiagnostics: false);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        hash.GetHashAndReset(digest);
        digest[6] = (byte)((digest[6] & 0x0F) | 0x80);
        digest[8] = (byte)((digest[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(digest[..16]);
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    /// <summary><c>transcript-</c> and the first 16 hex digits of a SHA-256 over the title, participants, blocks and
    /// footnotes: the TEI <c>idno</c> of a document that has no identifier.</summary>
    public static string Short(TranscriptDocument document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var text = HashedText(hash))
        {
            // Each field is its kind and its value, each ended by a NUL, in UTF-8.
            void Add(string kind, string? value)
            {
                EndField(text, kind);
                EndField(text, value);
            }

            Add("title", document.Metadata.Title);
            Add("subtitle", document.Metadata.Subtitle);
            Add("date", document.Metadata.Date);
            foreach (var participant in OrEmpty(document.Participants))
            {
                EndField(text, "participant");
                text.Write(participant.Id);
                text.Write('\u0001');
                EndField(text, participant.DisplayName);
            }

            foreach (var block in OrEmpty(document.Blocks))
            {
                switch (block)
                {
                    case Heading heading:
                        text.Write("heading");
                        Add(heading.Level.ToString(CultureInfo.InvariantCulture), InlineText.ToPlainText(OrEmpty(heading.Content)));
                        break;
                    case Paragraph paragraph:
                        Add("paragraph", InlineText.ToPlainText(OrEmpty(paragraph.Content)));
                        break;
                    case Turn turn:
                        text.Write("turn ");
                        text.Write(turn.SpeakerId);
                        text.Write(' ');
                        EndField(text, turn.Attribution.ToString());
                        EndPlainTextField(text, turn.Paragraphs);
                        break;
                    case EditorialNote note:
                        text.Write("note ");
                        EndField(text, note.Kind.ToString());
                        EndPlainTextField(text, note.Paragraphs);
                        break;
                    default:
                        throw new NotSupportedException($"Unknown block {block.GetType().Name}.");
                }
            }

            foreach (var footnote in OrEmpty(document.Footnotes))
            {
                text.Write("footnote ");
                EndField(text, footnote.Id);
                EndPlainTextField(text, footnote.Paragraphs);
            }
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        hash.GetHashAndReset(digest);
        return "transcript-" + Convert.ToHexStringLower(digest[..8]);
    }

    /// <summary>The last part of a field and the NUL that ends it.</summary>
    private static void EndField(TextWriter text, string? value)
    {
        text.Write(value);
        text.Write('\0');
    }

    /// <summary>The paragraphs' plain text, separated by blank lines, as a field.</summary>
    private static void EndPlainTextField(TextWriter text, ImmutableArray<Paragraph> paragraphs)
    {
        var first = true;
        foreach (var paragraph in OrEmpty(paragraphs))
        {
            if (!first)
                text.Write("\n\n");
            first = false;
            text.Write(InlineText.ToPlainText(OrEmpty(paragraph.Content)));
        }

        text.Write('\0');
    }

    /// <summary>A writer that feeds the UTF-8 of what is written to <paramref name="hash"/>; the whole text is hashed once
    /// it is disposed. UTF-8 without a byte order mark, split surrogate pairs joined across its buffer: the same bytes as
    /// <see cref="Encoding.UTF8"/> gives for the text as one string.</summary>
    private static StreamWriter HashedText(IncrementalHash hash) =>
        new(new HashingStream(hash), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), HashBufferChars);

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    /// <summary>A write-only stream that appends every byte written to it to a hash.</summary>
    private sealed class HashingStream(IncrementalHash hash) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(ReadOnlySpan<byte> buffer) => hash.AppendData(buffer);

        public override void Write(byte[] buffer, int offset, int count) => hash.AppendData(buffer, offset, count);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
