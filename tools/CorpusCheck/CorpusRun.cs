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
    private const double SpeakerF1Target = 0.95;
    private const double TurnTolerance = 0.05;
    private const double FilesWithinToleranceTarget = 0.90;
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    [GeneratedRegex(@"^running head removed \((?<n>\d+) times\): '(?<head>.*)'$", RegexOptions.CultureInvariant)]
    private static partial Regex RunningHead();

    public static int Run(string[] args)
    {
        var corpus = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "corpus");
        var schema = args.Length > 1 ? args[1] : Path.Combine(corpus, "..", "schemas", "tei_all.rng");
        var readers = args.Length > 2 ? args[2].Split(',') : null;
        if (!Directory.Exists(corpus))
        {
            Console.Error.WriteLine($"corpus-check: no corpus at {corpus}");
            return 2;
        }

        var registry = BuiltInFormats.CreateRegistry();
        var gold = GoldStandard.Load(Path.Combine(corpus, "gold.tsv"));
        var output = Path.Combine(Path.GetTempPath(), "corpus-check-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(output);

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

        ValidateWithJing(rows, schema);
        return Report(rows);
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
        var teiText = string.Join(" ", XDocument.Load(teiPath).DescendantNodes().OfType<XText>().Select(t => t.Value));
        var mdText = Markdown.ToPlainText(File.ReadAllText(mdPath), new MarkdownPipelineBuilder().UseYamlFrontMatter().UseFootnotes().UseCustomContainers().UseGenericAttributes().Build());
        var tei = VisibleWords.Kept(expected, teiText + " " + labels);
        var md = VisibleWords.Kept(expected, mdText + " " + labels);
        var speakers = SpeakerMatch.Compare(LabelledParticipants(document), gold.SpeakerLabels);
        var turns = SpeakerSegments(document);
        return new Row(relative, reader.Name, null, teiPath, tei.Share, md.Share, tei.Missing.Concat(md.Missing).Distinct().Take(5).ToList(), speakers, turns, gold.Turns, gold.TurnsEstimated);
    }

    /// <summary>Participants the text names with a label: gold.tsv lists labels, so a speaker known only by inference
    /// (a talk's one speaker, an interview written as question headings) is not compared with it.</summary>
    private static List<Participant> LabelledParticipants(TranscriptDocument document)
    {
        var labelled = document.Blocks.OfType<Turn>().Where(t => t.Attribution != SpeakerAttribution.Inferred).Select(t => t.SpeakerId).ToHashSet(StringComparer.Ordinal);
        return [.. document.Participants.Where(p => labelled.Contains(p.Id))];
    }

    /// <summary>Turns counted as the hand counts count them, as speaker segments: a turn attributed by inference to the
    /// speaker of the turn before it (the same speaker going on after a heading or a note) is not a new segment.</summary>
    private static int SpeakerSegments(TranscriptDocument document)
    {
        var segments = 0;
        string? previous = null;
        foreach (var turn in document.Blocks.OfType<Turn>())
        {
            if (!(turn.Attribution == SpeakerAttribution.Inferred && turn.SpeakerId == previous))
                segments++;
            previous = turn.SpeakerId;
        }

        return segments;
    }

    /// <summary>The words a reader must keep: the file's text, less the print apparatus the reader reports removing.</summary>
    private static Dictionary<string, int> ExpectedWords(string readerName, string file, byte[] bytes, TranscriptDocument document)
    {
        if (readerName is "webvtt" or "srt")
            return VisibleWords.Count(SubtitleText.Visible(TextDecoder.Decode(file, bytes).Text));
        if (readerName == "tei")
            return VisibleWords.Count(TeiVisibleText.Of(bytes));
        if (readerName != "text")
            return VisibleWords.Count(string.Join(" ", DocumentText(document)));
        var words = VisibleWords.Count(TextDecoder.Decode(file, bytes).Text);
        foreach (var diagnostic in document.Diagnostics)
        {
            if (RunningHead().Match(diagnostic.Message) is { Success: true } head)
                VisibleWords.Subtract(words, head.Groups["head"].Value, int.Parse(head.Groups["n"].Value, CultureInfo.InvariantCulture));
        }

        return words;
    }

    private static IEnumerable<string> DocumentText(TranscriptDocument document)
    {
        yield return document.Metadata.Title ?? "";
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

    private static void ValidateWithJing(List<Row> rows, string schema)
    {
        var files = rows.Where(r => r.TeiPath is not null).ToList();
        if (files.Count == 0)
            return;
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
            Console.Error.WriteLine("corpus-check: jing is not installed; TEI validity not checked");
            foreach (var row in files)
                row.ValidityUnknown = true;
            return;
        }

        foreach (var row in files)
        {
            var errors = report.Split('\n').Where(l => l.StartsWith(row.TeiPath! + ":", StringComparison.Ordinal)).ToList();
            row.TeiErrors = errors.Count;
            if (errors.Count > 0)
                row.Note = errors[0][(row.TeiPath!.Length + 1)..];
        }
    }

    private static int Report(List<Row> rows)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"file",-66} {"reader",-8} {"ok",-5} {"TEI",-5} {"words tei/md",-13} {"speakers P/R",-13} {"turns/gold",-12} note");
        foreach (var row in rows)
            table.AppendLine(row.Format());
        Console.Write(table.ToString());

        var converted = rows.Where(r => r.Supported).ToList();
        var crashes = converted.Count(r => r.Failure?.StartsWith("CRASH", StringComparison.Ordinal) == true);
        var errors = converted.Count(r => r.Failure is not null);
        var checkedRows = converted.Where(r => r.Failure is null).ToList();
        var valid = checkedRows.Count(r => r.TeiErrors == 0 && !r.ValidityUnknown);
        var wordsTei = checkedRows.Count == 0 ? 1 : checkedRows.Min(r => r.TeiWords);
        var wordsMd = checkedRows.Count == 0 ? 1 : checkedRows.Min(r => r.MdWords);
        var p = (double)checkedRows.Sum(r => r.Speakers.MatchedParticipants) / Math.Max(1, checkedRows.Sum(r => r.Speakers.Participants));
        var r = (double)checkedRows.Sum(r => r.Speakers.MatchedGold) / Math.Max(1, checkedRows.Sum(r => r.Speakers.Gold));
        var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        var withGoldTurns = checkedRows.Where(x => x.GoldTurns is not null).ToList();
        var withinTolerance = withGoldTurns.Count(x => x.TurnsWithinTolerance(TurnTolerance));
        var turnShare = withGoldTurns.Count == 0 ? 1 : (double)withinTolerance / withGoldTurns.Count;

        var met = crashes == 0 && errors == 0 && valid == checkedRows.Count && wordsTei >= 1 && wordsMd >= 1 && f1 >= SpeakerF1Target && turnShare >= FilesWithinToleranceTarget;
        Console.WriteLine();
        Console.WriteLine($"files: {rows.Count} ({converted.Count} converted by readers, {rows.Count - converted.Count} unsupported formats)");
        Console.WriteLine($"crashes: {crashes} (target 0); errors: {errors}");
        Console.WriteLine($"valid TEI: {valid}/{checkedRows.Count} (target all)");
        Console.WriteLine($"words kept: TEI min {wordsTei:P2}, Markdown min {wordsMd:P2} (target 100 %)");
        Console.WriteLine($"speakers: precision {p:0.000}, recall {r:0.000}, F1 {f1:0.000} (target >= {SpeakerF1Target:0.00})");
        Console.WriteLine("(speakers: participants named by a label; turns: speaker segments, an inferred turn that continues the same speaker across a heading or note is not a new one)");
        Console.WriteLine($"turns within {TurnTolerance:P0} of the hand count: {withinTolerance}/{withGoldTurns.Count} files = {turnShare:P0} (target >= {FilesWithinToleranceTarget:P0})");
        Console.WriteLine();
        foreach (var group in checkedRows.GroupBy(x => x.Reader).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine(PerReader(group.Key, [.. group]));
        Console.WriteLine(met ? "corpus targets: met" : "corpus targets: NOT met");
        return met ? 0 : 1;
    }

    /// <summary>One reader's share of the totals: the same measures, over its files only.</summary>
    private static string PerReader(string reader, List<Row> rows)
    {
        var valid = rows.Count(x => x.TeiErrors == 0 && !x.ValidityUnknown);
        var words = Math.Min(rows.Min(x => x.TeiWords), rows.Min(x => x.MdWords));
        var p = (double)rows.Sum(x => x.Speakers.MatchedParticipants) / Math.Max(1, rows.Sum(x => x.Speakers.Participants));
        var r = (double)rows.Sum(x => x.Speakers.MatchedGold) / Math.Max(1, rows.Sum(x => x.Speakers.Gold));
        var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        var withGold = rows.Where(x => x.GoldTurns is not null).ToList();
        var within = withGold.Count(x => x.TurnsWithinTolerance(TurnTolerance));
        return string.Create(CultureInfo.InvariantCulture,
            $"  {reader,-9} files {rows.Count,2}, valid TEI {valid}/{rows.Count}, words kept min {words:P2}, speaker F1 {f1:0.000}, turns within {TurnTolerance:P0} {within}/{withGold.Count}");
    }

    private sealed class Row(
        string path, string reader, string? failure, string? teiPath, double teiWords, double mdWords, IReadOnlyList<string> missing,
        (int MatchedParticipants, int Participants, int MatchedGold, int Gold) speakers, int turns, int? goldTurns, bool goldEstimated)
    {
        public string Path { get; } = path;
        public string Reader { get; } = reader;
        public string? Failure { get; } = failure;
        public string? TeiPath { get; } = teiPath;
        public double TeiWords { get; } = teiWords;
        public double MdWords { get; } = mdWords;
        public (int MatchedParticipants, int Participants, int MatchedGold, int Gold) Speakers { get; } = speakers;
        public int? GoldTurns { get; } = goldTurns;
        public bool Supported { get; private init; } = true;
        public int TeiErrors { get; set; }
        public bool ValidityUnknown { get; set; }
        public string? Note { get; set; } = missing.Count > 0 ? "missing: " + string.Join(" ", missing) : null;

        public static Row Unsupported(string path, string format, string reason) =>
            new(path, format, null, null, 1, 1, [], default, 0, null, false) { Supported = false, Note = reason };

        public static Row Failed(string path, string reader, string failure) =>
            new(path, reader, failure, null, 0, 0, [], default, 0, null, false) { Note = failure };

        public bool TurnsWithinTolerance(double tolerance) =>
            GoldTurns is { } gold && (gold == 0 ? turns == 0 : Math.Abs(turns - gold) <= tolerance * gold);

        public string Format()
        {
            if (!Supported)
                return $"{Path,-66} {Reader,-8} {"-",-5} {"-",-5} {"-",-13} {"-",-13} {"-",-12} {Note}";
            if (Failure is not null)
                return $"{Path,-66} {Reader,-8} {"FAIL",-5} {"-",-5} {"-",-13} {"-",-13} {"-",-12} {Note}";
            var precision = Speakers.Participants == 0 ? "-" : $"{Speakers.MatchedParticipants}/{Speakers.Participants}";
            var recall = Speakers.Gold == 0 ? "-" : $"{Speakers.MatchedGold}/{Speakers.Gold}";
            var validity = ValidityUnknown ? "?" : TeiErrors == 0 ? "valid" : $"{TeiErrors}err";
            var turnsCell = $"{turns}/{GoldTurns?.ToString(CultureInfo.InvariantCulture) ?? "?"}{(goldEstimated ? "~" : "")}";
            var ok = TurnsWithinTolerance(TurnTolerance) && TeiErrors == 0 && TeiWords >= 1 && MdWords >= 1 ? "ok" : "MISS";
            return $"{Path,-66} {Reader,-8} {ok,-5} {validity,-5} {TeiWords * 100,5:0.0}/{MdWords * 100,5:0.0}  {precision + " " + recall,-13} {turnsCell,-12} {Note}";
        }
    }
}
