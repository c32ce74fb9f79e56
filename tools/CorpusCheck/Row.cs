using System.Globalization;

namespace Pipeline.CorpusCheck;

/// <summary>One corpus file's result: converted (with its measures), failed (an error or a crash), or unsupported
/// (no reader takes its format yet).</summary>
internal sealed class Row(
    string path, string reader, string? failure, string? teiPath, double teiWords, double mdWords, IReadOnlyList<string> missing,
    (int MatchedParticipants, int Participants, int MatchedGold, int Gold) speakers, int turns, int? goldTurns, bool goldEstimated)
{
    /// <summary>How far a turn count may be from the hand count: 5 %, or 10 % when the hand count is an estimate (<c>~</c>).</summary>
    public const double TurnTolerance = 0.05;

    public const double EstimatedTurnTolerance = 0.10;

    public string Path { get; } = path;

    public string Reader { get; } = reader;

    public string? Failure { get; } = failure;

    public string? TeiPath { get; } = teiPath;

    public double TeiWords { get; } = teiWords;

    public double MdWords { get; } = mdWords;

    public (int MatchedParticipants, int Participants, int MatchedGold, int Gold) Speakers { get; } = speakers;

    public int Turns { get; } = turns;

    public int? GoldTurns { get; } = goldTurns;

    public bool GoldEstimated { get; } = goldEstimated;

    public bool Supported { get; private init; } = true;

    public bool Crashed => Failure?.StartsWith("CRASH", StringComparison.Ordinal) == true;

    public int TeiErrors { get; set; }

    public bool ValidityUnknown { get; set; }

    public string? Note { get; set; } = missing.Count > 0 ? "missing: " + string.Join(" ", missing) : null;

    public static Row Unsupported(string path, string format, string reason) =>
        new(path, format, null, null, 1, 1, [], default, 0, null, false) { Supported = false, Note = reason };

    public static Row Failed(string path, string reader, string failure) =>
        new(path, reader, failure, null, 0, 0, [], default, 0, null, false) { Note = failure };

    public bool TurnsWithinTolerance =>
        GoldTurns is { } gold && (gold == 0 ? Turns == 0 : Math.Abs(Turns - gold) <= (GoldEstimated ? EstimatedTurnTolerance : TurnTolerance) * gold);

    public string Format(int width)
    {
        if (!Supported)
            return string.Create(CultureInfo.InvariantCulture, $"{Path.PadRight(width)} {Reader,-8} {"-",-5} {"-",-5} {"-",-13} {"-",-13} {"-",-12} {Note}");
        if (Failure is not null)
            return string.Create(CultureInfo.InvariantCulture, $"{Path.PadRight(width)} {Reader,-8} {"FAIL",-5} {"-",-5} {"-",-13} {"-",-13} {"-",-12} {Note}");
        var precision = Speakers.Participants == 0 ? "-" : $"{Speakers.MatchedParticipants}/{Speakers.Participants}";
        var recall = Speakers.Gold == 0 ? "-" : $"{Speakers.MatchedGold}/{Speakers.Gold}";
        var validity = ValidityUnknown ? "?" : TeiErrors == 0 ? "valid" : $"{TeiErrors}err";
        var turnsCell = $"{Turns}/{(GoldEstimated ? "~" : "")}{GoldTurns?.ToString(CultureInfo.InvariantCulture) ?? "?"}";
        var ok = TurnsWithinTolerance && TeiErrors == 0 && TeiWords >= 1 && MdWords >= 1 ? "ok" : "MISS";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Path.PadRight(width)} {Reader,-8} {ok,-5} {validity,-5} {TeiWords * 100,5:0.0}/{MdWords * 100,5:0.0}  {precision + " " + recall,-13} {turnsCell,-12} {Note}");
    }
}
