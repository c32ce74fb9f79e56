using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>Makes saved PDFsharp bytes reproducible with same-length rewrites (so xref offsets stay valid): font
/// subset tags derived from the font name, and the trailer /ID and XMP uuids derived from a hash of the content.</summary>
/// <remarks>The rewrites patch the saved bytes in place (every replacement has the length of what it replaces), so a
/// document costs one Latin-1 view for the searches instead of a new copy of the whole file per rewrite.</remarks>
internal static partial class PdfDeterminism
{
    /// <summary>A 16-character placeholder for the trailer /ID, set before saving.</summary>
    public const string PlaceholderId = "pipeline-pdf-id0";

    /// <summary>What every XMP uuid (PDFsharp makes random ones) is set to before hashing.</summary>
    private const string PlaceholderUuid = "uuid:00000000-0000-4000-8000-000000000000";

    private static readonly string PlaceholderHex = Convert.ToHexString(Encoding.ASCII.GetBytes(PlaceholderId));

    public static byte[] Stabilise(byte[] saved)
    {
        var text = Encoding.Latin1.GetString(saved);
        foreach (Match m in SubsetTag().Matches(text))
        {
            var name = m.Groups["name"].Value;
            Patch(saved, m.Index + 1, TagFor(name));
        }

        var uuids = AnyUuid().Matches(text).Select(m => m.Index).ToList();
        foreach (var index in uuids)
            Patch(saved, index, PlaceholderUuid);
        var ids = new List<Group>();
        foreach (Match m in TrailerId().Matches(text))
        {
            ids.Add(m.Groups["first"]);
            ids.Add(m.Groups["second"]);
        }

        if (ids.Any(g => g.Length != PlaceholderHex.Length))
            return StabiliseByCopy(saved);
        foreach (var id in ids)
            Patch(saved, id.Index, PlaceholderHex);

        var hash = SHA256.HashData(saved);
        var idHex = Convert.ToHexString(hash, 0, 16);
        foreach (var id in ids)
            Patch(saved, id.Index, idHex);
        var uuid = "uuid:" + new Guid(hash.AsSpan(16, 16)).ToString("D");
        foreach (var index in uuids)
            Patch(saved, index, uuid);
        return saved;
    }

    /// <summary>The rewrite on string copies, for an /ID whose length differs from the placeholder (not seen from PDFsharp 6.2).</summary>
    private static byte[] StabiliseByCopy(byte[] saved)
    {
        var text = Encoding.Latin1.GetString(saved);
        text = AnyUuid().Replace(text, PlaceholderUuid);
        text = TrailerId().Replace(text, m => m.Value.Replace(m.Groups["first"].Value, PlaceholderHex, StringComparison.Ordinal)
            .Replace(m.Groups["second"].Value, PlaceholderHex, StringComparison.Ordinal));
        var hash = SHA256.HashData(Encoding.Latin1.GetBytes(text));
        var idHex = Convert.ToHexString(hash, 0, 16);
        text = TrailerId().Replace(text, m => m.Value.Replace(m.Groups["first"].Value, idHex, StringComparison.Ordinal)
            .Replace(m.Groups["second"].Value, idHex, StringComparison.Ordinal));
        var uuid = "uuid:" + new Guid(hash.AsSpan(16, 16)).ToString("D");
        return Encoding.Latin1.GetBytes(text.Replace(PlaceholderUuid, uuid, StringComparison.Ordinal));
    }

    private static void Patch(byte[] bytes, int index, string ascii) => Encoding.Latin1.GetBytes(ascii, bytes.AsSpan(index, ascii.Length));

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
