using System.Collections.Frozen;
using System.Text.Json;

namespace Pipeline.Formats.Readers.Csv;

/// <summary>What a column of a transcript spreadsheet holds.</summary>
internal enum CsvColumnRole
{
    Other,
    Speaker,
    Text,
    Start,
    End,
    Time,
}

/// <summary>The column names transcript spreadsheets use, in several languages, kept as data in <c>CsvColumns.json</c>.</summary>
internal static class CsvColumns
{
    private static readonly FrozenDictionary<string, (CsvColumnRole Role, int Rank)> Names = Load();

    /// <summary>The role a header cell names and how early its word is listed (lower = more specific), or
    /// <see cref="CsvColumnRole.Other"/>.</summary>
    public static (CsvColumnRole Role, int Rank) RoleOf(string header) =>
        Names.TryGetValue(Key(header), out var found) ? found : (CsvColumnRole.Other, int.MaxValue);

    /// <summary>A header cell reduced to its lower-case letters: <c>Start Time (s)</c> → <c>starttimes</c>.</summary>
    public static string Key(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c))
                builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static FrozenDictionary<string, (CsvColumnRole, int)> Load()
    {
        using var stream = typeof(CsvColumns).Assembly.GetManifestResourceStream("Pipeline.Formats.Readers.Csv.CsvColumns.json")
            ?? throw new InvalidOperationException("CsvColumns.json is not embedded");
        using var json = JsonDocument.Parse(stream);
        var names = new Dictionary<string, (CsvColumnRole, int)>(StringComparer.Ordinal);
        foreach (var property in json.RootElement.EnumerateObject())
        {
            if (!Enum.TryParse<CsvColumnRole>(property.Name, ignoreCase: true, out var role))
                continue;
            var rank = 0;
            foreach (var word in property.Value.EnumerateArray())
                names.TryAdd(Key(word.GetString() ?? ""), (role, rank++));
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
