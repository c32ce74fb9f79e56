using System.Buffers;

namespace Pipeline.Core.Decoding;

/// <summary>UTF-8 with some damaged sequences (a truncated copy, one stray byte): decoded as UTF-8 with U+FFFD for each
/// bad sequence and a warning naming the lines. Bytes are taken for damaged UTF-8 only when bad sequences are at most half
/// of the non-ASCII ones (at least <see cref="ValidPerInvalid"/> valid multi-byte sequence per bad one): decoding such a
/// file as a legacy code page would garble every correct letter. Legacy text, CJK and Thai included, has a bad sequence
/// at almost every character: even where byte pairs happen to form valid UTF-8 (Shift-JIS, GBK, TIS-620), three or four
/// in every five sequences are bad.</summary>
internal static class DamagedUtf8
{
    private const int LinesNamed = 5;
    private const int ValidPerInvalid = 1;
    private static readonly UTF8Encoding Replacing = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The text and a warning when the bytes are UTF-8 with a small share of bad sequences, else null.</summary>
    public static (string Text, Diagnostic Warning)? TryDecode(ReadOnlySpan<byte> bytes)
    {
        var (validMultiByte, invalid, _) = Scan(bytes);
        if (invalid == 0 || validMultiByte < invalid * ValidPerInvalid)
            return null;
        return Decode(bytes, "invalid UTF-8");
    }

    /// <summary>The bytes decoded as UTF-8 whatever their share of bad sequences (a byte-order mark said UTF-8), with a
    /// warning when any was replaced.</summary>
    public static (string Text, Diagnostic? Warning) DecodeAnyway(ReadOnlySpan<byte> bytes, string what)
    {
        var (_, invalid, _) = Scan(bytes);
        if (invalid == 0)
            return (Replacing.GetString(bytes), null);
        var (text, warning) = Decode(bytes, what);
        return (text, warning);
    }

    private static (string Text, Diagnostic Warning) Decode(ReadOnlySpan<byte> bytes, string what)
    {
        var (_, _, badLines) = Scan(bytes);
        var where = string.Join(", ", badLines.Take(LinesNamed).Select(l => l.ToString(CultureInfo.InvariantCulture)))
                    + (badLines.Count > LinesNamed ? $" and {badLines.Count - LinesNamed} more" : "");
        return (Replacing.GetString(bytes), Diagnostic.Warning(DiagnosticCode.InvalidBytesReplaced, $"{what} on line(s) {where}; replaced with U+FFFD", badLines[0]).With("encoding", "utf-8").With("lines", badLines.Count));
    }

    private static (int ValidMultiByte, int Invalid, List<int> BadLines) Scan(ReadOnlySpan<byte> bytes)
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

        return (validMultiByte, invalid, badLines);
    }
}
