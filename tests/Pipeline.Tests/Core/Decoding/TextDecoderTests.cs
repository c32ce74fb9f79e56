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

/// <summary>Issue #11.6: the decoding order BOM → valid UTF-8 → legacy detection → damaged UTF-8 (judged by the share of
/// bad sequences), CJK and Thai legacy files, UTF-7 refused, and a byte-order mark plus a bad byte read like no mark.</summary>
public sealed class DecodingOrderTests
{
    static DecodingOrderTests() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    /// <summary>A short invented harbour conversation, several lines long, in each script.</summary>
    public static TheoryData<string, string> LegacyFiles() => new()
    {
        { "shift_jis", Repeat("港の朝は早い。漁師たちは夜明け前に船を出し、網を引き上げる。\n田中：今日は魚がたくさん取れましたね。\n佐藤：ええ、天気が良かったからです。\n") },
        { "euc-jp", Repeat("港の朝は早い。漁師たちは夜明け前に船を出し、網を引き上げる。\n田中：今日は魚がたくさん取れましたね。\n佐藤：ええ、天気が良かったからです。\n") },
        { "gbk", Repeat("港口的早晨很早。渔民们在黎明前出海，收网。\n张伟：今天捕到了很多鱼。\n李娜：是的，因为天气很好。\n") },
        { "big5", Repeat("港口的早晨很早。漁民們在黎明前出海，收網。\n張偉：今天捕到了很多魚。\n李娜：是的，因為天氣很好。\n") },
        { "windows-874", Repeat("ท่าเรือตอนเช้าเริ่มต้นเร็ว ชาวประมงออกเรือก่อนรุ่งสาง\nสมชาย: วันนี้จับปลาได้เยอะมาก\nสมหญิง: ใช่ เพราะอากาศดี\n") },
    };

    private static string Repeat(string lines) => string.Concat(Enumerable.Repeat(lines, 4));

    [Theory]
    [MemberData(nameof(LegacyFiles))]
    public void Cjk_and_thai_legacy_files_longer_than_a_few_lines_decode(string encoding, string text)
    {
        var bytes = System.Text.Encoding.GetEncoding(encoding).GetBytes(text);

        var decoded = TextDecoder.Decode("legacy.txt", bytes);

        Assert.Equal(text, decoded.Text);
        Assert.DoesNotContain('\uFFFD', decoded.Text);
        Assert.NotEqual("utf-8", decoded.EncodingName);
    }

    [Fact]
    public void A_byte_order_mark_plus_one_bad_byte_reads_like_the_same_bytes_without_the_mark()
    {
        byte[] body = [.. "Crème brûlée\nà la carte, "u8, 0xE9, .. " déjà vu.\n"u8];

        var plain = TextDecoder.Decode("plain.txt", body);
        var marked = TextDecoder.Decode("marked.txt", [0xEF, 0xBB, 0xBF, .. body]);

        Assert.Equal(plain.Text, marked.Text);
        Assert.Contains('\uFFFD', marked.Text);
        Assert.Equal(Pipeline.Core.Diagnostics.DiagnosticSeverity.Warning, marked.Diagnostic!.Severity);
        Assert.Equal(2, marked.Diagnostic.Line);
    }

    [Fact]
    public void Utf16_with_a_mark_and_a_lone_surrogate_is_damaged_text_not_a_failure()
    {
        byte[] bytes = [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("ANNA LEE: hi "), 0x00, 0xD8, .. System.Text.Encoding.Unicode.GetBytes(" there")];

        var decoded = TextDecoder.Decode("u16.txt", bytes);

        Assert.StartsWith("ANNA LEE: hi ", decoded.Text, StringComparison.Ordinal);
        Assert.EndsWith(" there", decoded.Text, StringComparison.Ordinal);
        Assert.NotNull(decoded.Diagnostic);
    }

    [Fact]
    public void Utf7_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<Pipeline.Core.Diagnostics.TranscriptException>(() => TextDecoder.Decode("seven.txt", "+/v8-ANNA LEE: +AGg-i"u8.ToArray()));

        Assert.Equal("seven.txt", error.SourcePath);
        Assert.Contains("UTF-7", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_one_byte_order_mark_check_knows_every_mark()
    {
        Assert.Equal(3, TextDecoder.ByteOrderMarkLength([0xEF, 0xBB, 0xBF, 0x41]));
        Assert.Equal(4, TextDecoder.ByteOrderMarkLength([0xFF, 0xFE, 0, 0]));
        Assert.Equal(2, TextDecoder.ByteOrderMarkLength([0xFE, 0xFF, 0, 0x41]));
        Assert.Equal(0, TextDecoder.ByteOrderMarkLength("WEBVTT"u8));
    }
}
