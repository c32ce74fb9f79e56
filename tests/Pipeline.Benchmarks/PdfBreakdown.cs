using System.Diagnostics;
using System.Globalization;
using PdfSharp.Pdf;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Writers.Pdf;
using Pipeline.Formats.Writers.Pdf.Layout;

namespace Pipeline.Benchmarks;

/// <summary>The PDF writer's phases timed one by one (compose, paginate, render, identify, save): the profile that
/// shows where the largest stage spends its time. Mirrors <see cref="PdfWriter.Write"/>, down to the save buffers it
/// reuses.</summary>
public static class PdfBreakdown
{
    public static string Run(IReadOnlyList<TranscriptDocument> documents)
    {
        var names = new[] { "compose (line breaking)", "paginate", "render (content streams, fonts, tags)", "identify (hash, XMP)", "save (PDFsharp object layer, XMP)" };
        var ticks = new long[names.Length];
        var allocations = new long[names.Length];
        long bytesOut = 0;

        // One output buffer for every document, as the engine keeps one per thread: the save phase then costs what it
        // costs in the writer, not the growth of a fresh stream.
        using var output = new MemoryStream();
        if (Environment.GetEnvironmentVariable("BENCH_ZLIB") is { } level)
            PdfStreams.CompressionLevel = int.Parse(level, CultureInfo.InvariantCulture);
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var document in pass == 0 ? documents.Take(1) : documents)
                Once(document, pass == 1);
        }

        var total = ticks.Sum();
        Console.WriteLine($"PDF bytes/doc: {bytesOut / documents.Count}, zlib level: {PdfStreams.CompressionLevel}");
        var lines = new List<string> { $"| PDF phase | {Profile.Unit} ms/doc | share | allocated MB/doc |", "|---|---:|---:|---:|" };
        for (var i = 0; i < names.Length; i++)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {names[i]} | {ticks[i] * 1000.0 / Stopwatch.Frequency / documents.Count:F2} | {100.0 * ticks[i] / total:F1} % | {allocations[i] / 1048576.0 / documents.Count:F2} |"));
        }

        return string.Join('\n', lines);

        void Once(TranscriptDocument document, bool record)
        {
            var context = new WriterContext();
            var geometry = PageGeometry.For(context.Options.PageSize);
            var composed = Time(0, () => new DocumentComposer(document, geometry.BodyWidth, context).Compose());
            var pages = Time(1, () => new Paginator(geometry.BodyHeight).Paginate(composed.Blocks, composed.Footnotes));
            using var pdf = new PdfDocument();
            using var renderer = Time(2, () => PdfWriter.Render(pdf, document, context.Options, geometry, pages));
            var xmp = Time(3, () =>
            {
                var universalAccess = PdfStructure.MeetsUniversalAccess(pdf, renderer);
                return PdfWriter.Identify(pdf, renderer.ContentHash(), PdfDocumentInfo.Xmp(pdf, document, context.Options, universalAccess));
            });
            output.SetLength(0);
            Time(4, () =>
            {
                PdfWriter.Save(pdf, xmp, output);
                return 0;
            });
            if (record)
                bytesOut += output.Length;

            T Time<T>(int phase, Func<T> work)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var start = ThreadClock.Now();
                var result = work();
                if (record)
                {
                    ticks[phase] += ThreadClock.Now() - start;
                    allocations[phase] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                }

                return result;
            }
        }
    }
}
