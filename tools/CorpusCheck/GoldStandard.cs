using System.Globalization;

namespace Pipeline.CorpusCheck;

/// <summary>One row of the corpus's <c>gold.tsv</c>: the speaker labels and the turn count read off a file by hand.</summary>
internal sealed record GoldEntry(string Path, IReadOnlyList<string> SpeakerLabels, int? Turns, bool TurnsEstimated);

internal static class GoldStandard
{
    public static Dictionary<string, GoldEntry> Load(string file)
    {
        var entries = new Dictionary<string, GoldEntry>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(file).Skip(1))
        {
            var columns = line.Split('\t');
            if (columns.Length < 3)
                continue;
            var labels = columns[1] == "-" ? [] : columns[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var turnsText = columns[2].Trim();
            var estimated = turnsText.StartsWith('~');
            int? turns = int.TryParse(turnsText.TrimStart('~'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
            entries[columns[0]] = new GoldEntry(columns[0], labels, turns, estimated);
        }

        return entries;
    }
}
