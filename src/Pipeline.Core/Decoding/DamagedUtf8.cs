using System.Buffers;
using System.Globalization;
using System.Text;
using Pipeline.Core.Diagnostics;

namespace Pipeline.Core.Decoding;

/// <summary>Recognises UTF-8 with a few damaged sequences (a truncated copy, one stray byte): decoding it as a legacy
/// code page would garble every correct accented letter, so it is decoded as UTF-8 with U+FFFD for each bad sequence
/// and a warning names the lines.</summary>
internal static class DamagedUtf8
{
    private const int LinesNamed = 5;
    private const int InvalidPerValid = 4;
    private static readonly UTF8Encoding Replacing = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The text and a warning, or null when the bytes look like a legacy code page. In legacy text a valid
    /// multi-byte sequence is a rare accident (an accented capital followed by a symbol), so a file is taken for damaged
    /// UTF-8 when it has at least one valid multi-byte sequence per <see cref="InvalidPerValid"/> invalid ones.</summary>
    public static (string Text, Diagnostic Warning)? TryDecode(ReadOnlySpan<byte> bytes)
    {
        var validMultiByte = 0;
        var invalid = 0;
        var badLines = new List<int>();
        var line = 1;
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(rest, out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                invalid++;
                if (badLines.Count == 0 || badLines[^1] != line)
                    badLines.Add(line);
            }
            else if (consumed > 1)
            {
                validMultiByte++;
            }
            else if (rest[0] == (byte)'\n')
            {
                line++;
            }

            rest = rest[Math.Max(1, consumed)..];
        }

        if (invalid == 0 || validMultiByte * InvalidPerValid < invalid)
            return null;
        var where = string.Join(", ", badLines.Take(LinesNamed).Select(l => l.ToString(CultureInfo.InvariantCulture)))
                    + (badLines.Count > LinesNamed ? $" and {badLines.Count - LinesNamed} more" : "");
        return (Replacing.GetString(bytes), Diagnostic.Warning($"invalid UTF-8 on line(s) {where}; replaced with U+FFFD", badLines[0]));
    }
}
