using Pipeline.Core.Engine;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats;
using Pipeline.Formats.Readers.Text;

namespace Pipeline.Tests.TestSupport;

/// <summary>Folders of generated transcripts and registries with stand-in readers, for engine and CLI tests.</summary>
public static class BatchFixtures
{
    public const string Transcript = "A title\n\nANNA LEE: Hello.\n\nBEN OKAFOR: Hi.\n";

    /// <summary>A folder holding <paramref name="count"/> small transcripts, <c>doc-000.txt</c> …, some in a subfolder.</summary>
    public static string TranscriptFolder(string parent, int count, int paragraphs = 2)
    {
        var folder = Path.Combine(parent, "in");
        for (var i = 0; i < count; i++)
        {
            var relative = i % 5 == 0 ? $"sub/doc-{i:000}.txt" : $"doc-{i:000}.txt";
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var body = string.Concat(Enumerable.Range(0, paragraphs).Select(p => $"\n{(p % 2 == 0 ? "ANNA LEE" : "BEN OKAFOR")}: Paragraph {p} of document {i}, with enough words to be a sentence.\n"));
            File.WriteAllText(path, $"Interview number {i}\n{body}");
        }

        return folder;
    }

    /// <summary>The inputs of a folder, as the command line would find them.</summary>
    public static IReadOnlyList<InputFile> Inputs(string folder) => InputDiscovery.Expand([folder], _ => true);

    /// <summary>The built-in formats plus a <c>.slow</c> reader that blocks until <paramref name="release"/> is set.</summary>
    public static FormatRegistry WithSlowReader(ManualResetEventSlim release)
    {
        var registry = BuiltInFormats.CreateRegistry();
        registry.Add(new SlowReader(release));
        return registry;
    }

    /// <summary>Batch options for the Markdown and TEI writers (fast), with test-sized retry delays.</summary>
    public static BatchOptions Options(FormatRegistry registry, string output, int jobs = 2) =>
        new(output, [registry.GetWriter("md"), registry.GetWriter("tei")], WriterOptions.Default, jobs)
        {
            Retry = new RetrySettings(3, TimeSpan.FromMilliseconds(1)),
        };

    private sealed class SlowReader(ManualResetEventSlim release) : IReader
    {
        private readonly PlainTextReader text = new();

        public string Name => "slow";
        public string Description => "blocks until the test releases it";
        public IReadOnlyList<string> Extensions => [".slow"];
        public bool CanSniff(ReadOnlySpan<byte> head) => false;

        public TranscriptDocument Read(ReaderInput input)
        {
            // Like every reader that honours cancellation, it gives up when the document times out or is abandoned.
            release.Wait(input.Cancellation);
            return text.Read(input);
        }
    }
}

/// <summary>An output store that fails: every write, or the first few writes of each file with a transient error.</summary>
public sealed class FailingStore(Func<string, int, Exception?> failure) : IOutputStore
{
    private readonly Dictionary<string, int> attempts = [];

    public int Writes { get; private set; }

    /// <summary>A disk that is full: every write fails.</summary>
    public static FailingStore Full() => new((_, _) => new IOException("No space left on device", 28));

    /// <summary>Every file is locked by another process for its first <paramref name="times"/> writes.</summary>
    public static FailingStore LockedAtFirst(int times) =>
        new((_, attempt) => attempt <= times ? new IOException("The process cannot access the file because it is being used by another process.", 11) : null);

    public StagedFile Stage(string path, Action<Stream> write, CancellationToken cancellation)
    {
        int attempt;
        lock (attempts)
        {
            Writes++;
            attempt = attempts[path] = attempts.GetValueOrDefault(path) + 1;
        }

        if (failure(path, attempt) is { } error)
            throw error;
        return AtomicFile.Stage(path, write);
    }
}
