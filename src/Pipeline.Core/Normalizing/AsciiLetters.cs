using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Pipeline.Core.Normalizing;

/// <summary>Counts the ASCII letters (<c>A-Z</c>, <c>a-z</c>) of a text eight or sixteen characters at a time.</summary>
internal static class AsciiLetters
{
    public static int Count(ReadOnlySpan<char> text)
    {
        var units = MemoryMarshal.Cast<char, ushort>(text);
        var count = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Setting bit 5 folds upper case onto lower case and maps nothing else onto a-z.
            var caseBit = Vector256.Create((ushort)0x20);
            var a = Vector256.Create((ushort)'a');
            var letters = Vector256.Create((ushort)26);
            for (; i <= units.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var folded = Vector256.Create(units.Slice(i, Vector256<ushort>.Count)) | caseBit;
                count += BitOperations.PopCount(Vector256.LessThan(folded - a, letters).ExtractMostSignificantBits());
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var caseBit = Vector128.Create((ushort)0x20);
            var a = Vector128.Create((ushort)'a');
            var letters = Vector128.Create((ushort)26);
            for (; i <= units.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var folded = Vector128.Create(units.Slice(i, Vector128<ushort>.Count)) | caseBit;
                count += BitOperations.PopCount(Vector128.LessThan(folded - a, letters).ExtractMostSignificantBits());
            }
        }

        for (; i < units.Length; i++)
        {
            if ((uint)((units[i] | 0x20) - 'a') <= 'z' - 'a')
                count++;
        }

        return count;
    }
}
