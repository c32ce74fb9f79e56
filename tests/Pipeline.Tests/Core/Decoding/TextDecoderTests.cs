using Pipeline.Core.Decoding;

namespace Pipeline.Tests.Core.Decoding;

public sealed class TextDecoderTests
{
    [Fact]
    public void A_utf8_byte_order_mark_is_removed_and_crlf_becomes_lf()
    {
        var decoded = TextDecoder.Decode("bom.txt", [0xEF, 0xBB, 0xBF, .. "WEBVTT\r\nHi"u8]);
        Assert.Equal("WEBVTT\nHi", decoded.Text);
        Assert.Equal("utf-8", decoded.EncodingName);
    }
}
