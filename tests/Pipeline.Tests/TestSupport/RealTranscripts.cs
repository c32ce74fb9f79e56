using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats;

namespace Pipeline.Tests.TestSupport;

/// <summary>The seed and the shipped input/ samples, read through the registered readers: the real documents
/// every writer is checked on.</summary>
public static class RealTranscripts
{
    /// <summary>"seed" and the file names of input/.</summary>
    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string> { "seed" };
        foreach (var sample in RepoPaths.InputSamples())
            names.Add(Path.GetFileName(sample));
        return names;
    }

    public static TranscriptDocument Read(string name)
    {
        var path = name == "seed" ? RepoPaths.RequireSeed() : Path.Combine(RepoPaths.Input, name);
        // Through the loader, as the command does, so a sample's NAME.meta.json sidecar applies.
        return new Pipeline.Core.Engine.DocumentLoader(BuiltInFormats.CreateRegistry()).Load(new Pipeline.Core.Engine.InputFile(path, path, Path.GetFileName(path))).Document;
    }

    /// <summary>Writes the document with the named writer and returns the bytes and what the writer reported.</summary>
    public static (byte[] Bytes, WriterContext Context) Write(string writerName, TranscriptDocument document, WriterOptions? options = null)
    {
        var context = new WriterContext(options);
        using var output = new MemoryStream();
        BuiltInFormats.CreateRegistry().GetWriter(writerName).Write(document, output, context);
        return (output.ToArray(), context);
    }
}
