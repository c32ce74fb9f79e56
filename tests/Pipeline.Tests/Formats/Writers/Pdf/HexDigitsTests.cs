using System.Text;
using Pipeline.Formats.Writers.Pdf;

namespace Pipeline.Tests.Formats.Writers.Pdf;

public sealed class HexDigitsTests
{
    [Theory]
    [InlineData(0, "0000", "0000")]
    [InlineData(0x00FF, "00ff", "00FF")]
    [InlineData(0x0A1B, "0a1b", "0A1B")]
    [InlineData(0xABCD, "abcd", "ABCD")]
    [InlineData(0xFFFF, "ffff", "FFFF")]
    [InlineData(0x1ABCD, "abcd", "ABCD")]
    public void Writes_the_four_digits_of_the_low_sixteen_bits(int value, string lower, string upper)
    {
        var buffer = new byte[6];
        Assert.Equal(4, HexDigits.Lower(value, buffer.AsSpan(1)));
        Assert.Equal("\0" + lower + "\0", Encoding.ASCII.GetString(buffer));
        Assert.Equal(4, HexDigits.Upper(value, buffer.AsSpan(1)));
        Assert.Equal("\0" + upper + "\0", Encoding.ASCII.GetString(buffer));
        Assert.Equal(lower, Encoding.ASCII.GetString(BitConverter.GetBytes(HexDigits.LowerWord(value))));
    }
}
