using System.Buffers.Binary;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>The four hexadecimal digits of a 16-bit value (higher bits ignored), two bytes at a time from a table:
/// content streams write glyph ids in lower case, ToUnicode maps write glyph ids and UTF-16 code units in upper case.</summary>
internal static class HexDigits
{
    private static readonly ushort[] LowerPairs = Pairs("0123456789abcdef"u8);
    private static readonly ushort[] UpperPairs = Pairs("0123456789ABCDEF"u8);

    /// <summary>Writes <paramref name="value"/> as four lower-case digits; returns 4.</summary>
    public static int Lower(int value, Span<byte> destination) => Write(LowerPairs, value, destination);

    /// <summary>Writes <paramref name="value"/> as four upper-case digits; returns 4.</summary>
    public static int Upper(int value, Span<byte> destination) => Write(UpperPairs, value, destination);

    /// <summary>The four lower-case digits of <paramref name="value"/> as one word: its bytes, little-endian, are the
    /// digits in order (never 0: a digit is never a zero byte).</summary>
    public static uint LowerWord(int value) => Word(LowerPairs, value);

    private static int Write(ushort[] pairs, int value, Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(destination, Word(pairs, value));
        return 4;
    }

    private static uint Word(ushort[] pairs, int value) => pairs[(value >> 8) & 0xFF] | ((uint)pairs[value & 0xFF] << 16);

    /// <summary>For every byte value, its two digits as a little-endian pair (first digit in the low byte).</summary>
    private static ushort[] Pairs(ReadOnlySpan<byte> digits)
    {
        var pairs = new ushort[256];
        for (var value = 0; value < pairs.Length; value++)
            pairs[value] = (ushort)(digits[value >> 4] | (digits[value & 0xF] << 8));
        return pairs;
    }
}
