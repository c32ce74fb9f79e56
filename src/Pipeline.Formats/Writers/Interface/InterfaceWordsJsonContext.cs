using System.Text.Json.Serialization;

namespace Pipeline.Formats.Writers.Interface;

/// <summary>How the embedded interface-word files (one flat JSON object per language) are read, generated at compile
/// time (no reflection, so a Native AOT or trimmed publish reads them too).</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class InterfaceWordsJsonContext : JsonSerializerContext;
