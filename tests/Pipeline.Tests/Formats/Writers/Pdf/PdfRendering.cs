using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Writers.Pdf;

namespace Pipeline.Tests.Formats.Writers.Pdf;

/// <summary>Runs the PDF writer in tests: to bytes, or to a file for the external tools.</summary>
internal static class PdfRendering
{
    public static (byte[] Bytes, WriterContext Context) Render(TranscriptDocument document, string pageSize = "A4")
    {
        var context = new WriterContext(new WriterOptions(PageSize: pageSize));
        using var stream = new MemoryStream();
        new PdfWriter().Write(document, stream, context);
        return (stream.ToArray(), context);
    }

    public static string RenderToFile(TranscriptDocument document, string name = "out.pdf", string pageSize = "A4")
    {
        var path = Path.Combine(TestSupport.RepoPaths.NewTempFolder(), name);
        File.WriteAllBytes(path, Render(document, pageSize).Bytes);
        return path;
    }
}
