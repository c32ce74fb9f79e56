using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Core.Engine;

/// <summary>The manifest's and journal's JSON, generated at compile time (no reflection, so a Native AOT or trimmed
/// publish reads and writes them too): web defaults (camelCase names, names matched ignoring case), as before.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ManifestFile))]
[JsonSerializable(typeof(JournalLine))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
