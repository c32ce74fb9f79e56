using System.Text.Json;

namespace Pipeline.Core.Sidecar;

/// <summary>A <c>NAME.meta.json</c> file beside an input: the escape hatch for a transcript no heuristic gets right.
/// It overrides title, date, language and other metadata, and names speakers (display name, role, organisation,
/// the label forms that refer to them).</summary>
public sealed record SidecarMetadata : BibliographicFields
{
    /// <remarks>A sidecar without <c>speakers</c> has none: the generated deserializer sets every init-only member, a
    /// missing one to its default (a default <see cref="ImmutableArray{T}"/>), not to the initializer's value.</remarks>
    public ImmutableArray<SidecarSpeaker> Speakers { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>The sidecar path for an input: <c>dir/interview.txt</c> → <c>dir/interview.meta.json</c>.</summary>
    /// <param name="stem">The input's name without its format ending (<see cref="Plugins.FormatRegistry.StemOf"/>).</param>
    public static string PathFor(string inputPath, string stem) => Path.Combine(Path.GetDirectoryName(inputPath) ?? "", stem + ".meta.json");

    /// <summary>The largest sidecar read; metadata for one transcript is a few hundred bytes.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The sidecar beside <paramref name="inputPath"/>, or null when there is none.</summary>
    /// <exception cref="TranscriptException">The sidecar exists but is not valid: not a regular file (a FIFO, a device,
    /// also behind a symbolic link), empty, over <see cref="MaxBytes"/>, not JSON, or null where a speaker, its name or an
    /// alias belongs. The message names the sidecar and, where one applies, the line. A UTF-8 byte-order mark is accepted.</exception>
    public static SidecarMetadata? LoadFor(string inputPath, string displayPath, string stem)
    {
        var path = PathFor(inputPath, stem);
        if (!File.Exists(path))
            return null;
        var shownPath = PathFor(displayPath, stem);
        var bytes = ReadBounded(path, shownPath);
        var json = bytes.AsSpan(TextDecoder.ByteOrderMarkLength(bytes));
        if (json.Length != bytes.Length && !bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            throw new TranscriptException(shownPath, "the sidecar is UTF-16 or UTF-32 (byte-order mark); save it as UTF-8");
        try
        {
            SidecarNulls.Check(shownPath, json);
            var sidecar = JsonSerializer.Deserialize(json, SidecarJsonContext.Default.SidecarMetadata)
                          ?? throw new TranscriptException(shownPath, "sidecar is empty (null)");
            return Validated(shownPath, sidecar);
        }
        catch (JsonException ex)
        {
            throw new TranscriptException(shownPath, $"invalid sidecar: {SidecarErrors.Describe(ex)}", (int?)ex.LineNumber + 1, ex);
        }
    }

    /// <summary>The file's bytes, read only from a regular file and never more than <see cref="MaxBytes"/>: a FIFO would
    /// block for ever and a device such as <c>/dev/zero</c> never ends.</summary>
    private static byte[] ReadBounded(string path, string shownPath)
    {
        try
        {
            var info = new FileInfo(path);
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
            if (target.Length == 0)
                throw new TranscriptException(shownPath, "the sidecar is empty or not a regular file (a FIFO or a device)");
            if (target.Length > MaxBytes)
                throw new TranscriptException(shownPath, $"the sidecar is larger than {MaxBytes / 1024 / 1024} MB ({target.Length} bytes); refused");
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            var buffer = new byte[MaxBytes + 1];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
                total += read;
            if (total > MaxBytes)
                throw new TranscriptException(shownPath, $"the sidecar is larger than {MaxBytes / 1024 / 1024} MB; refused");
            return buffer[..total];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TranscriptException(shownPath, $"cannot read the sidecar: {ex.Message}", inner: ex);
        }
    }

    /// <summary>Speakers without a name (a missing <c>name</c>) are an error; so are blank aliases.</summary>
    private static SidecarMetadata Validated(string shownPath, SidecarMetadata sidecar)
    {
        for (var i = 0; i < sidecar.Speakers.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(sidecar.Speakers[i].Name))
                throw new TranscriptException(shownPath, $"speaker {i + 1} has no name");
        }

        return sidecar;
    }
}

/// <summary>A speaker named in a sidecar.</summary>
/// <param name="Name">The display name.</param>
/// <param name="Aliases">Label forms in the transcript that refer to this speaker (matched ignoring case).</param>
public sealed record SidecarSpeaker(string Name, string? Role = null, string? Organisation = null, ImmutableArray<string> Aliases = default, string? Id = null);
