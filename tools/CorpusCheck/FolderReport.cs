using System.Globalization;

namespace Pipeline.CorpusCheck;

/// <summary>One folder's table, totals, per-reader lines and verdict. The hard invariants (no crash or error, valid TEI,
/// every word kept) are enforced on every folder; the speaker and turn targets are enforced where the folder's policy
/// says so, and elsewhere printed as "target not met" with the folder's no-regression floor enforced instead.</summary>
internal static class FolderReport
{
    public const double SpeakerF1Target = 0.95;
    public const double FilesWithinToleranceTarget = 0.90;

    /// <summary>Prints the report; true when the folder passes its checks.</summary>
    public static bool Print(TextWriter output, string folder, List<Row> rows, FolderPolicy policy, bool jingRan, bool checksRequired)
    {
        var width = Math.Max(40, rows.Select(r => r.Path.Length).DefaultIfEmpty(0).Max());
        output.WriteLine();
        output.WriteLine($"== {folder} ==");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"file".PadRight(width)} {"reader",-8} {"ok",-5} {"TEI",-5} {"words tei/md",-13} {"speakers P/R",-13} {"turns/gold",-12} note"));
        foreach (var row in rows)
            output.WriteLine(row.Format(width));

        var converted = rows.Where(r => r.Supported).ToList();
        var unsupported = rows.Where(r => !r.Supported).ToList();
        var crashes = converted.Count(r => r.Crashed);
        var errors = converted.Count(r => r.Failure is not null && !r.Crashed);
        var checkedRows = converted.Where(r => r.Failure is null).ToList();
        var totals = Measures.Of(checkedRows);

        output.WriteLine();
        output.WriteLine($"files: {rows.Count} ({converted.Count} converted by readers, {unsupported.Count} unsupported)");
        if (unsupported.Count > 0)
            output.WriteLine("unsupported (no reader yet, not counted): " + string.Join(", ", unsupported.Select(r => r.Path)));
        output.WriteLine($"crashes: {crashes} (target 0); errors: {errors} (target 0)");
        output.WriteLine(jingRan
            ? $"valid TEI: {totals.Valid}/{checkedRows.Count} (target all)"
            : $"valid TEI: not checked, jing is not installed{(checksRequired ? " (PIPELINE_REQUIRE_CHECKS=1: a failure)" : "")}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"words kept: TEI min {totals.TeiWords:P2}, Markdown min {totals.MdWords:P2} (target 100 %)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speakers: precision {totals.Precision:0.000}, recall {totals.Recall:0.000}, F1 {totals.F1:0.000} (target >= {SpeakerF1Target:0.00})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"turns (TEI u without @prev) within {Row.TurnTolerance:P0} of the hand count ({Row.EstimatedTurnTolerance:P0} for ~ estimates): {totals.WithinTolerance}/{totals.WithGoldTurns} files = {totals.TurnShare:P0} (target >= {FilesWithinToleranceTarget:P0})"));
        foreach (var group in checkedRows.GroupBy(x => x.Reader).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine(PerReader(group.Key, Measures.Of([.. group]), group.Count(), jingRan));

        var hard = crashes == 0 && errors == 0 && totals.TeiWords >= 1 && totals.MdWords >= 1
                   && (jingRan ? totals.Valid == checkedRows.Count : !checksRequired);
        output.WriteLine($"hard invariants (no crash or error, valid TEI, every word kept): {(hard ? "met" : "NOT met")}");

        var speakers = Enforce(output, "speaker F1", totals.F1, SpeakerF1Target, policy.EnforceSpeakerTarget, policy.SpeakerF1Floor, "speakerF1Floor");
        var turns = Enforce(output, "share of files with turns within tolerance", totals.TurnShare, FilesWithinToleranceTarget, policy.EnforceTurnTarget, policy.TurnShareFloor, "turnShareFloor");
        if (!(policy.EnforceSpeakerTarget && policy.EnforceTurnTarget) && policy.Why is not null)
            output.WriteLine("  (floors.json: " + policy.Why + ")");
        var soft = speakers && turns;
        var passed = hard && soft;
        output.WriteLine($"{folder}: {(passed ? "passed" : "FAILED")}");
        return passed;
    }

    /// <summary>Prints one measure against its target, enforced either at the target or at the folder's floor; true when
    /// what is enforced holds.</summary>
    private static bool Enforce(TextWriter output, string what, double value, double target, bool enforceTarget, double floor, string floorName)
    {
        var met = value >= target;
        if (enforceTarget)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {value:0.000}, target {target:0.00} (enforced): {(met ? "met" : "NOT met")}"));
            return met;
        }

        var held = value >= floor - 0.0005;
        var raise = value > floor + 0.005 ? string.Create(CultureInfo.InvariantCulture, $"; {floorName} can be raised to {Math.Floor(value * 1000) / 1000:0.000}") : "";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {value:0.000}, target {target:0.00}: {(met ? "met" : "target not met")}; enforced: no regression below {floorName} {floor:0.000}: {(held ? "held" : "BROKEN")}{raise}"));
        return held;
    }

    /// <summary>One reader's share of the totals: the same measures, over its files only.</summary>
    private static string PerReader(string reader, Measures m, int files, bool jingRan) =>
        string.Create(CultureInfo.InvariantCulture,
            $"  {reader,-9} files {files,2}, valid TEI {(jingRan ? $"{m.Valid}/{files}" : "?")}, words kept min {Math.Min(m.TeiWords, m.MdWords):P2}, speaker F1 {m.F1:0.000}, turns within tolerance {m.WithinTolerance}/{m.WithGoldTurns}");

    private sealed record Measures(int Valid, double TeiWords, double MdWords, double Precision, double Recall, double F1, int WithinTolerance, int WithGoldTurns, double TurnShare)
    {
        public static Measures Of(List<Row> rows)
        {
            var valid = rows.Count(x => x.TeiErrors == 0 && !x.ValidityUnknown);
            var teiWords = rows.Count == 0 ? 1 : rows.Min(x => x.TeiWords);
            var mdWords = rows.Count == 0 ? 1 : rows.Min(x => x.MdWords);
            var p = (double)rows.Sum(x => x.Speakers.MatchedParticipants) / Math.Max(1, rows.Sum(x => x.Speakers.Participants));
            var r = (double)rows.Sum(x => x.Speakers.MatchedGold) / Math.Max(1, rows.Sum(x => x.Speakers.Gold));
            var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            var withGold = rows.Where(x => x.GoldTurns is not null).ToList();
            var within = withGold.Count(x => x.TurnsWithinTolerance);
            var share = withGold.Count == 0 ? 1 : (double)within / withGold.Count;
            return new Measures(valid, teiWords, mdWords, p, r, f1, within, withGold.Count, share);
        }
    }
}
