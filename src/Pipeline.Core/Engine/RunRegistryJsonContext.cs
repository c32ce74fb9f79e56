using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Core.Engine;

/// <summary>The JSON of a run's registration and of the output folder's lock, generated at compile time (no
/// reflection, so a Native AOT or trimmed publish writes them too): web defaults, as before.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RunRegistry.RunInfo))]
internal sealed partial class RunRegistryJsonContext : JsonSerializerContext;
