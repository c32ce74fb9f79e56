using System.Text;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Writers.Markdown;

namespace Pipeline.Tests.Formats.Writers.Markdown;

/// <summary>One run of the Markdown writer: its text and what it reported.</summary>
internal sealed record MarkdownRun(string Markdown, byte[] Bytes, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static MarkdownRun Of(TranscriptDocument document)
    {
        var context = new WriterContext();
        using var stream = new MemoryStream();
        new MarkdownWriter().Write(document, stream, context);
        var bytes = stream.ToArray();
        return new MarkdownRun(new UTF8Encoding(false, true).GetString(bytes), bytes, context.Diagnostics);
    }

    /// <summary>Writes the Markdown into <paramref name="folder"/> and returns its path.</summary>
    public string SaveIn(string folder, string name)
    {
        var path = Path.Combine(folder, name + ".md");
        File.WriteAllBytes(path, Bytes);
        return path;
    }
}
