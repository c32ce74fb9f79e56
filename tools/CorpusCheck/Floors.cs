using System.Globalization;
using System.Text.Json;

namespace Pipeline.CorpusCheck;

/// <summary>How a folder's speaker and turn figures are enforced, from <c>floors.json</c>: each either at its target,
/// or at a no-regression floor that the lead raises as normaliser work lands. A folder that the file does not name is
/// held to both targets.</summary>
internal sealed record FolderPolicy(bool EnforceSpeakerTarget, bool EnforceTurnTarget, double SpeakerF1Floor, double TurnShareFloor, string? Why)
{
    public static readonly FolderPolicy Targets = new(true, true, 0, 0, null);
}

internal static class Floors
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The policies by folder name (the folder's last path part, e.g. <c>corpus-2</c>).</summary>
    public static Dictionary<string, FolderPolicy> Load(string file)
    {
        var policies = new Dictionary<string, FolderPolicy>(StringComparer.Ordinal);
        if (!File.Exists(file))
            return policies;
        using var stream = File.OpenRead(file);
        FloorsFile? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<FloorsFile>(stream, Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{file}: not a floors file ({ex.Message})", ex);
        }

        foreach (var (folder, entry) in parsed?.Folders ?? [])
        {
            if (entry.SpeakerF1Floor is < 0 or > 1 || entry.TurnShareFloor is < 0 or > 1)
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{file}: floors of '{folder}' must be between 0 and 1"));
            policies[folder] = new FolderPolicy(entry.EnforceSpeakerTarget, entry.EnforceTurnTarget, entry.SpeakerF1Floor ?? 0, entry.TurnShareFloor ?? 0, entry.Why);
        }

        return policies;
    }

    private sealed class FloorsFile
    {
        public Dictionary<string, FolderEntry>? Folders { get; set; }
    }

    private sealed class FolderEntry
    {
        public bool EnforceSpeakerTarget { get; set; } = true;

        public bool EnforceTurnTarget { get; set; } = true;

        public double? SpeakerF1Floor { get; set; }

        public double? TurnShareFloor { get; set; }

        public string? Why { get; set; }
    }
}
