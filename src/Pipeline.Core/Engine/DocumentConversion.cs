using Pipeline.Core.Sidecar;
using Polly;

namespace Pipeline.Core.Engine;

/// <summary>One attempt at one document: hash the input, skip it when the manifest says its outputs are current,
/// else read it and write every output through the output breaker.</summary>
internal sealed class DocumentConversion(DocumentLoader loader, IOutputStore store, ResiliencePipeline writes, BatchOptions options, string fingerprint, OutputCommit commit, int writerParallelism = 1)
{
    /// <summary>Inputs from 1 MiB on are written without a memory buffer (<see cref="BatchOptions.DirectWriteFrom"/>).</summary>
    public const long DefaultDirectWriteFrom = 1L << 20;

    private static readonly KeptBuffer OutputBuffers = new();

    /// <summary>Converts <paramref name="input"/>; the reader and diagnostics go into <paramref name="progress"/> as they
    /// become known, so a failure can still report them.</summary>
    /// <returns>The manifest entry to record, or null when the document was skipped.</returns>
    public ManifestEntry? Run(InputFile input, IReadOnlyList<string> targets, ManifestEntry? previous, DocumentProgress progress, CancellationToken cancellation)
    {
        progress.Restart();
        var bytes = DocumentLoader.ReadBytes(input, options.MaxInputSize);
        var inputHash = ContentHash.Of(bytes);
        var sidecarHash = ContentHash.OfFileIfPresent(loader.SidecarPathOf(input));
        if (!options.Force && previous is not null && previous.IsUpToDate(inputHash, sidecarHash, fingerprint, options.OutputFolder))
        {
            progress.Reader = previous.Reader;
            progress.AddOutputs(targets);
            return null;
        }

        cancellation.ThrowIfCancellationRequested();
        var direct = bytes.LongLength >= options.DirectWriteFrom;
        var (reader, document) = loader.Load(input, bytes, cancellation);
        bytes = []; // the model holds what the document says; the input's bytes need not stay alive while it is written
        progress.Reader = reader.Name;
        progress.AddDiagnostics(document.Diagnostics);
        if (document.Diagnostics.FirstOrDefault(options.FailsStrict) is { } warning)
            throw new TranscriptException(input.DisplayPath, $"--strict: {warning.CodeName} {warning.Message}", warning.Line);
        cancellation.ThrowIfCancellationRequested();

        // The model is immutable, so the writers may run side by side; they do when the batch leaves cores idle
        // (fewer documents than jobs). Every output goes to a temporary file first; they are flushed to disk one after
        // the other once all are written, and renamed into place together only when every writer succeeded, so a
        // document's outputs appear all or none.
        var written = new (ManifestOutput Output, IReadOnlyList<Diagnostic> Diagnostics, StagedFile File)?[options.Writers.Count];
        (ManifestOutput Output, IReadOnlyList<Diagnostic> Diagnostics, StagedFile File) Write(int i) => direct
            ? WriteDirect(options.Writers[i], document, targets[i], cancellation)
            : WriteOne(options.Writers[i], document, targets[i], cancellation);

        try
        {
            if (writerParallelism == 1)
            {
                // One writer after the other on this thread: Parallel.For would only add its set-up (2.4 µs, 1.5 KB a document).
                for (var i = 0; i < written.Length; i++)
                {
                    cancellation.ThrowIfCancellationRequested();
                    written[i] = Write(i);
                }
            }
            else
            {
                try
                {
                    Parallel.For(
                        0,
                        options.Writers.Count,
                        new ParallelOptions { MaxDegreeOfParallelism = writerParallelism, CancellationToken = cancellation },
                        i => written[i] = Write(i));
                }
                catch (AggregateException ex) when (ex.InnerExceptions.Count >= 1)
                {
                    // Report the first writer's failure as if the writers had run one after the other.
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
                }
            }

            var diagnostics = written.SelectMany(w => w!.Value.Diagnostics).ToList();
            if (diagnostics.FirstOrDefault(options.FailsStrict) is { } writerWarning)
            {
                progress.AddDiagnostics(diagnostics);
                throw new TranscriptException(input.DisplayPath, $"--strict: {writerWarning.CodeName} {writerWarning.Message}", writerWarning.Line);
            }

            var files = written.Select(w => w!.Value.File).ToArray();
            foreach (var file in files)
                writes.Execute(_ => file.Flush(), cancellation);
            commit.Commit(files, cancellation);
            progress.AddDiagnostics(diagnostics);
            progress.AddOutputs(targets);
        }
        finally
        {
            foreach (var staged in written)
                staged?.File.Dispose(); // deletes the temporaries of a document that failed or was cancelled
        }

        return new ManifestEntry(input.RelativePath, reader.Name, inputHash, sidecarHash, fingerprint, [.. written.Select(w => w!.Value.Output)]);
    }

    private (ManifestOutput Output, IReadOnlyList<Diagnostic> Diagnostics, StagedFile File) WriteOne(IWriter writer, TranscriptDocument document, string path, CancellationToken cancellation)
    {
        // Writers that need a seekable stream (zip-based formats) get one, and the bytes are hashed for the manifest.
        var buffer = OutputBuffers.Rent();
        try
        {
            var context = new WriterContext(options.WriterOptions) { Cancellation = cancellation };
            writer.Write(document, buffer, context);
            cancellation.ThrowIfCancellationRequested();
            var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            var hash = ContentHash.Of(bytes.Span);
            var staged = writes.Execute(token => store.Stage(path, bytes, token), cancellation);
            var relative = Path.GetRelativePath(options.OutputFolder, path).Replace('\\', '/');
            return (new ManifestOutput(relative, hash, bytes.Length), context.Diagnostics, staged);
        }
        finally
        {
            OutputBuffers.Return(buffer);
        }
    }

    /// <summary>As <see cref="WriteOne"/>, the writer writing straight into the temporary file (a file stream is seekable,
    /// so zip-based writers write the same bytes), which is then read back once for the manifest's hash. Nothing carries
    /// the final name until the document's outputs are committed together, as with a buffer. A retried write runs the
    /// writer again, with a fresh context, so its diagnostics are those of the attempt that succeeded.</summary>
    private (ManifestOutput Output, IReadOnlyList<Diagnostic> Diagnostics, StagedFile File) WriteDirect(IWriter writer, TranscriptDocument document, string path, CancellationToken cancellation)
    {
        IReadOnlyList<Diagnostic> diagnostics = [];
        var staged = writes.Execute(
            token => store.Stage(
                path,
                stream =>
                {
                    var context = new WriterContext(options.WriterOptions) { Cancellation = cancellation };
                    writer.Write(document, stream, context);
                    cancellation.ThrowIfCancellationRequested();
                    diagnostics = context.Diagnostics;
                },
                token),
            cancellation);
        try
        {
            string hash;
            long length;
            using (var written = new FileStream(staged.Temporary, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
            {
                length = written.Length;
                hash = ContentHash.Of(written);
            }

            var relative = Path.GetRelativePath(options.OutputFolder, path).Replace('\\', '/');
            return (new ManifestOutput(relative, hash, length), diagnostics, staged);
        }
        catch
        {
            staged.Dispose();
            throw;
        }
    }
}

/// <summary>Renames a document's staged outputs into place together. A batch shares one, so that a document given up
/// (abandoned at shutdown) can be told apart from one whose outputs were already committed.</summary>
internal sealed class OutputCommit
{
    private readonly Lock gate = new();

    /// <summary>Renames every file unless <paramref name="cancellation"/> was cancelled first.</summary>
    public void Commit(IReadOnlyList<StagedFile> files, CancellationToken cancellation)
    {
        lock (gate)
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (var file in files)
                file.Commit();
        }
    }

    /// <summary>Waits until no commit is under way; a commit that starts later sees the cancellation.</summary>
    public void Drain()
    {
        lock (gate)
        {
        }
    }
}

/// <summary>What is known about a document while it is converted; read by the batch when the attempt fails or is abandoned.</summary>
internal sealed class DocumentProgress
{
    private readonly Lock gate = new();
    private readonly List<Diagnostic> diagnostics = [];
    private readonly List<string> outputs = [];

    public string? Reader { get; set; }

    public IReadOnlyList<string> Outputs
    {
        get
        {
            lock (gate)
                return [.. outputs];
        }
    }

    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            lock (gate)
                return [.. diagnostics];
        }
    }

    /// <summary>Forgets a failed attempt before a retry.</summary>
    public void Restart()
    {
        lock (gate)
        {
            Reader = null;
            outputs.Clear();
            diagnostics.Clear();
        }
    }

    public void AddOutputs(IEnumerable<string> paths)
    {
        lock (gate)
            outputs.AddRange(paths);
    }

    public void AddDiagnostics(IEnumerable<Diagnostic> more)
    {
        lock (gate)
            diagnostics.AddRange(more);
    }
}
