using Pipeline.Core.Sidecar;

namespace Pipeline.Core.Engine;

/// <summary>Reads one input into the canonical model: picks the reader, reads, and applies the input's
/// <c>NAME.meta.json</c> sidecar when there is one, then repairs what breaks the model's invariants
/// (<see cref="DocumentCheck"/>). Both <c>convert</c> and <c>inspect</c> go through here, so they
/// always agree on what a file contains.</summary>
public sealed class DocumentLoader(FormatRegistry registry)
{
    /// <summary>The reader chosen for <paramref name="input"/> and the document it read.</summary>
    /// <exception cref="TranscriptException">The file cannot be read, has no reader, or its sidecar is invalid.</exception>
    public (IReader Reader, TranscriptDocument Document) Load(InputFile input) => Load(input, ReadBytes(input));

    /// <summary>As <see cref="Load(InputFile)"/>, with the input's bytes already read (the batch hashes them first);
    /// <paramref name="cancellation"/> reaches the reader through <see cref="ReaderInput.Cancellation"/>.</summary>
    /// <exception cref="UnsupportedInputException">No reader takes the file.</exception>
    public (IReader Reader, TranscriptDocument Document) Load(InputFile input, byte[] bytes, CancellationToken cancellation = default)
    {
        var reader = registry.FindReader(input.FullPath, bytes.AsSpan(0, Math.Min(bytes.Length, 4096)))
                     ?? throw new UnsupportedInputException(input.DisplayPath, $"no reader for this file (known endings: {string.Join(" ", registry.Readers.SelectMany(r => r.Extensions))})");
        if (reader.UnsupportedReason(bytes) is { } reason)
            throw new UnsupportedInputException(input.DisplayPath, reason);
        var document = reader.Read(new ReaderInput(input.DisplayPath, bytes) { Cancellation = cancellation });
        var sidecar = SidecarMetadata.LoadFor(input.FullPath, input.DisplayPath, registry.StemOf(input.FullPath));
        return (reader, DocumentCheck.Apply(sidecar is null ? document : SidecarOverrides.Apply(document, sidecar)));
    }

    /// <summary>Where the input's sidecar is (whether or not there is one).</summary>
    public string SidecarPathOf(InputFile input) => SidecarMetadata.PathFor(input.FullPath, registry.StemOf(input.FullPath));

    /// <summary>The input's bytes; a read error becomes a <see cref="TranscriptException"/> that keeps the I/O error as its
    /// cause, and so does a file larger than <paramref name="maxSize"/> bytes (null: no limit), before it is read.</summary>
    public static byte[] ReadBytes(InputFile input, long? maxSize = null)
    {
        try
        {
            // A FIFO or device reports length 0 and opening it could block for ever; an empty file has nothing to read anyway.
            var length = new FileInfo(input.FullPath).Length;
            InputSizeLimit.Check(input.DisplayPath, length, maxSize);
            return length == 0 ? [] : File.ReadAllBytes(input.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TranscriptException(input.DisplayPath, $"cannot read: {ex.Message}", inner: ex);
        }
    }
}

/// <summary>A file no reader takes (an unknown ending, or XML that is not TEI): the batch skips it with a note
/// instead of failing.</summary>
public sealed class UnsupportedInputException(string path, string reason) : Exception($"{path}: {reason}")
{
    /// <summary>Why no reader takes it, without the path.</summary>
    public string Reason { get; } = reason;
}
