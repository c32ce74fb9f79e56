using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;

namespace Pipeline.Core.Sidecar;

/// <summary>A <c>NAME.meta.json</c> file beside an input: the escape hatch for a transcript no heuristic gets right.
/// It overrides title, date, language and other metadata, and names speakers (display name, role, organisation,
/// the label forms that refer to them).</summary>
public sealed record SidecarMetadata
{
    public string? Title { get; init; }
    public string? Subtitle { get; init; }
    public string? Date { get; init; }
    public string? Place { get; init; }
    public string? Language { get; init; }
    public string? Publisher { get; init; }
    public string? Identifier { get; init; }
    public string? Rights { get; init; }
    public string? Description { get; init; }
    public ImmutableArray<SidecarSpeaker> Speakers { get; init; } = [];

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The sidecar path for an input: <c>dir/interview.txt</c> → <c>dir/interview.meta.json</c>.</summary>
    public static string PathFor(string inputPath)
    {
        var directory = Path.GetDirectoryName(inputPath) ?? "";
        var name = Path.GetFileName(inputPath);
        var stem = name.EndsWith(".tei.xml", StringComparison.OrdinalIgnoreCase) ? name[..^8] : Path.GetFileNameWithoutExtension(name);
        return Path.Combine(directory, stem + ".meta.json");
    }

    /// <summary>The sidecar beside <paramref name="inputPath"/>, or null when there is none.</summary>
    /// <exception cref="TranscriptException">The sidecar exists but is not valid.</exception>
    public static SidecarMetadata? LoadFor(string inputPath, string displayPath)
    {
        var path = PathFor(inputPath);
        if (!File.Exists(path))
            return null;
        var shownPath = PathFor(displayPath);
        try
        {
            return JsonSerializer.Deserialize<SidecarMetadata>(File.ReadAllBytes(path), Options)
                   ?? throw new TranscriptException(shownPath, "sidecar is empty (null)");
        }
        catch (JsonException ex)
        {
            throw new TranscriptException(shownPath, $"invalid sidecar: {SidecarErrors.Describe(ex)}", (int?)ex.LineNumber + 1, ex);
        }
    }
}

/// <summary>A speaker named in a sidecar.</summary>
/// <param name="Name">The display name.</param>
/// <param name="Aliases">Label forms in the transcript that refer to this speaker (matched ignoring case).</param>
public sealed record SidecarSpeaker(string Name, string? Role = null, string? Organisation = null, ImmutableArray<string> Aliases = default, string? Id = null);
