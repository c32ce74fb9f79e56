using System.Buffers;
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
        using (var text = new HashedText(hash))
            ModelDump.Write(text, content, includeDiagnostics: false);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        hash.GetHashAndReset(digest);
        digest[6] = (byte)((digest[6] & 0x0F) | 0x80);
        digest[8] = (byte)((digest[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(digest[..16]);
        return $"urn:uuid:{hex.AsSpan(0, 8)}-{hex.AsSpan(8, 4)}-{hex.AsSpan(12, 4)}-{hex.AsSpan(16, 4)}-{hex.AsSpan(20, 12)}";
    }

    /// <summary><c>transcript-</c> and the first 16 hex digits of a SHA-256 over the title, participants, blocks and
    /// footnotes: the TEI <c>idno</c> of a document that has no identifier.</summary>
    public static string Short(TranscriptDocument document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var text = new HashedText(hash))
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

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    /// <summary>A writer that feeds the UTF-8 of what is written to a hash; the whole text is hashed once it is disposed.
    /// UTF-8 without a byte order mark, split surrogate pairs joined across its buffer: the same bytes as
    /// <see cref="Encoding.UTF8"/> gives for the text as one string.</summary>
    /// <remarks>A <see cref="StreamWriter"/> over a hashing stream did the same with two fresh buffers (about 10 KB) per
    /// content id; these are rented from the pool.</remarks>
    private sealed class HashedText(IncrementalHash hash) : TextWriter
    {
        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

        private readonly Encoder encoder = Utf8.GetEncoder();
        private char[]? chars = ArrayPool<char>.Shared.Rent(HashBufferChars);
        private byte[]? bytes = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(HashBufferChars));
        private int used;

        public override Encoding Encoding => Utf8;

        public override void Write(char value)
        {
            if (used == HashBufferChars)
                Hash(flush: false);
            chars![used++] = value;
        }

        public override void Write(string? value) => Write(value.AsSpan());

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> value)
        {
            while (!value.IsEmpty)
            {
                if (used == HashBufferChars)
                    Hash(flush: false);
                var taken = Math.Min(value.Length, HashBufferChars - used);
                value[..taken].CopyTo(chars.AsSpan(used));
                used += taken;
                value = value[taken..];
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && chars is not null)
            {
                Hash(flush: true);
                ArrayPool<char>.Shared.Return(chars);
                ArrayPool<byte>.Shared.Return(bytes!);
                chars = null;
                bytes = null;
            }

            base.Dispose(disposing);
        }

        /// <summary>Encodes the buffered characters (all of them; a high surrogate at the end waits in the encoder
        /// unless <paramref name="flush"/>) and appends their bytes to the hash.</summary>
        private void Hash(bool flush)
        {
            var length = encoder.GetBytes(chars.AsSpan(0, used), bytes, flush);
            hash.AppendData(bytes.AsSpan(0, length));
            used = 0;
        }
    }
}
