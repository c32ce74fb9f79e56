using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Markdig;
using Pipeline.Core.Decoding;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats;

namespace Pipeline.CorpusCheck;

/// <summary>The corpus conformance run: converts every corpus file a reader takes to TEI and Markdown, validates the
/// TEI with jing, checks every visible word survives, and compares speakers and turns with the hand counts.</summary>
internal static partial class CorpusRun
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    [GeneratedRegex(@"\A---\n.*?\n---\n", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex FrontMatter();

    public static int Run(string[] args)
    {
        var options = CheckOptions.Parse(args, Console.Error);
        if (options is null)
            return 2;
        Dictionary<string, FolderPolicy> policies;
        try
        {
            policies = Floors.Load(options.Floors);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            Console.Error.WriteLine("corpus-check: " + ex.Message);
            return 2;
        }

        var missing = options.Folders.Where(f => !Directory.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            Console.Error.WriteLine($"corpus-check: no corpus at {string.Join(", ", missing)}");
            return 2;
        }

        var registry = BuiltInFormats.CreateRegistry();
        var output = Path.Combine(Path.GetTempPath(), "corpus-check-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(output);
        var exit = 0;
        try
        {
            foreach (var folder in options.Folders)
            {
                var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
                var rows = ConvertFolder(folder, registry, options.Readers, Path.Combine(output, name));
                var jingRan = ValidateWithJing(rows, options.Schema);
                var policy = policies.GetValueOrDefault(name, FolderPolicy.Targets);
                var passed = FolderReport.Print(Console.Out, folder, rows, policy, jingRan, CheckOptions.ChecksRequired);
                if (!passed)
                    exit = 1;
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }

        return exit;
    }

    private static List<Row> ConvertFolder(string corpus, FormatRegistry registry, IReadOnlySet<string>? readers, string output)
    {
        Directory.CreateDirectory(output);
        var gold = GoldStandard.Load(Path.Combine(corpus, "gold.tsv"));
        var rows = new List<Row>();
        foreach (var file in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(corpus, file).Replace('\\', '/');
            if (!gold.TryGetValue(relative, out var entry))
                continue;
            var bytes = File.ReadAllBytes(file);
            var reader = registry.FindReader(file, bytes.AsSpan(0, Math.Min(4096, bytes.Length)));
            if (reader is null || (readers is not null && !readers.Contains(reader.Name)))
            {
                rows.Add(Row.Unsupported(relative, reader?.Name ?? Path.GetExtension(file), reader is null ? $"unsupported format (no reader for {Path.GetExtension(file)})" : "reader not selected"));
                continue;
            }

            if (reader.UnsupportedReason(bytes) is { } reason)
            {
                rows.Add(Row.Unsupported(relative, reader.Name, "unsupported: " + reason));
                continue;
            }

            rows.Add(Convert(relative, file, bytes, reader, registry, entry, output));
        }

        return rows;
    }

    private static Row Convert(string relative, string file, byte[] bytes, IReader reader, FormatRegistry registry, GoldEntry gold, string output)
    {
        TranscriptDocument document;
        try
        {
            document = reader.Read(new ReaderInput(file, bytes));
        }
        catch (TranscriptException ex)
        {
            return Row.Failed(relative, reader.Name, "error: " + ex.Reason);
        }
#pragma warning disable CA1031 // A crash of any kind is what this run counts.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Row.Failed(relative, reader.Name, $"CRASH {ex.GetType().Name}: {ex.Message}");
        }

        var stem = Path.Combine(output, relative.Replace('/', '_'));
        var teiPath = stem + ".tei.xml";
        var mdPath = stem + ".md";
        try
        {
            Write(registry.GetWriter("tei"), document, teiPath);
            Write(registry.GetWriter("md"), document, mdPath);
        }
#pragma warning disable CA1031
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Row.Failed(relative, reader.Name, $"CRASH writing {ex.GetType().Name}: {ex.Message}");
        }

        var expected = ExpectedWords(reader.Name, file, bytes, document);
        var labels = string.Join(" ", document.Blocks.OfType<Turn>().SelectMany(t => document.FindParticipant(t.SpeakerId)?.Aliases ?? []));
        var teiXml = XDocument.Load(teiPath);
        var teiText = string.Join(" ", teiXml.DescendantNodes().OfType<XText>().Select(t => t.Value));
        var markdown = File.ReadAllText(mdPath);
        // The writer puts the title and other metadata in YAML front matter, which pandoc shows but ToPlainText drops.
        var frontMatter = FrontMatter().Match(markdown) is { Success: true } yaml ? yaml.Value : "";
        var mdText = frontMatter + " " + Markdown.ToPlainText(markdown, new MarkdownPipelineBuilder().UseYamlFrontMatter().UseFootnotes().UseCustomContainers().UseGenericAttributes().Build());
        var tei = VisibleWords.Kept(expected, teiText + " " + labels);
        var md = VisibleWords.Kept(expected, mdText + " " + labels);
        var speakers = SpeakerMatch.Compare(LabelledParticipants(document), gold.SpeakerLabels);
        // A turn is what the TEI has as one u, except that a u with @prev is the second part of a turn a heading split
        // (the chair goes on after an agenda heading with no new label): one turn, as a hand count sees it.
        var turns = teiXml.Descendants(Tei + "u").Count(u => u.Attribute("prev") is null);
        return new Row(relative, reader.Name, null, teiPath, tei.Share, md.Share, tei.Missing.Concat(md.Missing).Distinct().Take(5).ToList(), speakers, turns, gold.Turns, gold.TurnsEstimated);
    }

    /// <summary>Participants the text names with a label: gold.tsv lists labels, so a speaker known only by inference
    /// (a talk's one speaker, an interview written as question headings) is not compared with it.</summary>
    private static List<Participant> LabelledParticipants(TranscriptDocument document)
    {
        var labelled = document.Blocks.OfType<Turn>().Where(t => t.Attribution != SpeakerAttribution.Inferred).Select(t => t.SpeakerId).ToHashSet(StringComparer.Ordinal);
        return [.. document.Participants.Where(p => labelled.Contains(p.Id))];
    }

    /// <summary>The words a reader must keep: the file's text, less the print apparatus the reader reports removing.</summary>
    private static Dictionary<string, int> ExpectedWords(string readerName, string file, byte[] bytes, TranscriptDocument document)
    {
        if (readerName is "webvtt" or "srt")
            return VisibleWords.Count(SubtitleText.Visible(TextDecoder.Decode(file, bytes).Text));
        if (readerName == "tei")
            return VisibleWords.Count(TeiVisibleText.Of(bytes) + " " + document.Metadata.Title);
        if (readerName != "text")
            return VisibleWords.Count(string.Join(" ", DocumentText(document)));
        var words = VisibleWords.Count(TextDecoder.Decode(file, bytes).Text);
        foreach (var diagnostic in document.Diagnostics)
        {
            if (diagnostic.Code == DiagnosticCode.RunningHeadRemoved)
                VisibleWords.Subtract(words, diagnostic.Argument("head")!, int.Parse(diagnostic.Argument("count")!, CultureInfo.InvariantCulture));
        }

        // A word index is back matter the writers leave out unless --keep-index asks for it.
        if (document.Index is { } index)
            VisibleWords.Subtract(words, string.Join("\n", index.PrintedLines), 1);

        return words;
    }

    private static IEnumerable<string> DocumentText(TranscriptDocument document)
    {
        yield return document.Metadata.Title ?? "";
        if (document.Front is { } front)
            yield return InlineText.ToPlainText(front.Paragraphs);
        foreach (var block in document.Blocks)
        {
            yield return block switch
            {
                Heading h => InlineText.ToPlainText(h.Content),
                Paragraph p => InlineText.ToPlainText(p.Content),
                Turn t => InlineText.ToPlainText(t.Paragraphs),
                EditorialNote n => InlineText.ToPlainText(n.Paragraphs),
                _ => "",
            };
        }

        foreach (var footnote in document.Footnotes)
            yield return InlineText.ToPlainText(footnote.Paragraphs);
    }

    private static void Write(IWriter writer, TranscriptDocument document, string path)
    {
        using var stream = File.Create(path);
        writer.Write(document, stream, new WriterContext());
    }

    /// <summary>Validates every written TEI file with jing in one run; false when jing is not installed (the rows'
    /// validity is then unknown).</summary>
    private static bool ValidateWithJing(List<Row> rows, string schema)
    {
        var files = rows.Where(r => r.TeiPath is not null).ToList();
        if (files.Count == 0)
            return true;
        var start = new ProcessStartInfo("jing") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(schema);
        foreach (var row in files)
            start.ArgumentList.Add(row.TeiPath!);
        string report;
        try
        {
            using var jing = Process.Start(start)!;
            var stdout = jing.StandardOutput.ReadToEndAsync();
            report = jing.StandardError.ReadToEnd() + stdout.Result;
            jing.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            foreach (var row in files)
                row.ValidityUnknown = true;
            return false;
        }

        foreach (var row in files)
        {
            var errors = report.Split('\n').Where(l => l.StartsWith(row.TeiPath! + ":", StringComparison.Ordinal)).ToList();
            row.TeiErrors = errors.Count;
            if (errors.Count > 0)
                row.Note = errors[0][(row.TeiPath!.Length + 1)..];
        }

        return true;
    }
}
