using System.Security.Cryptography;
using Pipeline.Core.Debugging;

namespace Pipeline.Formats.Writers.Markdown;

/// <summary>A stable <c>urn:uuid:</c> for a document, derived from its content (an RFC 9562 version 8 UUID built
/// from the SHA-256 of the model dump), so the same transcript always gets the same EPUB identifier.</summary>
internal static class ContentIdentifier
{
    public static string Of(TranscriptDocument document)
    {
        // The source path and the reader's diagnostics say nothing about the content: leave them out.
        var content = document with { Source = new SourceInfo("", "", null), Diagnostics = [] };
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(ModelDump.ToText(content, includeDiagnostics: false)));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash, 0, 16);
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}
