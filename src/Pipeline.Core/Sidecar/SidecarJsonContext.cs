using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Core.Sidecar;

/// <summary>How a <c>NAME.meta.json</c> is read, generated at compile time (no reflection, so a Native AOT or trimmed
/// publish reads sidecars too): names ignoring case, comments and trailing commas allowed, an unknown field an error.</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(SidecarMetadata))]
internal sealed partial class SidecarJsonContext : JsonSerializerContext;
