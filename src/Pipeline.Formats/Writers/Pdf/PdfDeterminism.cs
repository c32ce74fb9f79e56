using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>Makes saved PDFsharp bytes reproducible with same-length rewrites (so xref offsets stay valid): font
/// subset tags derived from the font name, and the trailer /ID and XMP uuids derived from a hash of the content.</summary>
internal static partial class PdfDeterminism
{
    /// <summary>A 16-character placeholder for the trailer /ID, set before saving.</summary>
    public const string PlaceholderId = "pipeline-pdf-id0";

    /// <summary>What every XMP uuid (PDFsharp makes random ones) is set to before hashing.</summary>
    private const string PlaceholderUuid = "uuid:00000000-0000-4000-8000-000000000000";

    public static byte[] Stabilise(byte[] saved)
    {
        var text = Encoding.Latin1.GetString(saved);
        text = SubsetTag().Replace(text, m => "/" + TagFor(m.Groups["name"].Value) + "+" + m.Groups["name"].Value);
        text = AnyUuid().Replace(text, PlaceholderUuid);
        var placeholderHex = Convert.ToHexString(Encoding.ASCII.GetBytes(PlaceholderId));
        text = TrailerId().Replace(text, m => m.Value.Replace(m.Groups["first"].Value, placeholderHex, StringComparison.Ordinal)
            .Replace(m.Groups["second"].Value, placeholderHex, StringComparison.Ordinal));
        var hash = SHA256.HashData(Encoding.Latin1.GetBytes(text));
        var idHex = Convert.ToHexString(hash, 0, 16);
        text = TrailerId().Replace(text, m => m.Value.Replace(m.Groups["first"].Value, idHex, StringComparison.Ordinal)
            .Replace(m.Groups["second"].Value, idHex, StringComparison.Ordinal));
        var uuid = "uuid:" + new Guid(hash.AsSpan(16, 16)).ToString("D");
        text = text.Replace(PlaceholderUuid, uuid, StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(text);
    }

    private static string TagFor(string fontName)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(fontName));
        var tag = new char[6];
        for (var i = 0; i < tag.Length; i++)
            tag[i] = (char)('A' + (hash[i] % 26));
        return new string(tag);
    }

    [GeneratedRegex(@"/[A-Z]{6}\+(?<name>[A-Za-z0-9\-_.,#]+)")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex AnyUuid();

    [GeneratedRegex(@"/ID\s*\[\s*<(?<first>[0-9A-Fa-f]+)>\s*<(?<second>[0-9A-Fa-f]+)>\s*\]")]
    private static partial Regex TrailerId();
}
