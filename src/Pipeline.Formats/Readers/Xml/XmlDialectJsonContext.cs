using System.Text.Json.Serialization;

namespace Pipeline.Formats.Readers.Xml;

/// <summary>How the embedded dialect files are read, generated at compile time (no reflection, so a Native AOT or
/// trimmed publish reads them too): names ignoring case, an unknown field an error.</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(XmlDialect))]
internal sealed partial class XmlDialectJsonContext : JsonSerializerContext;
