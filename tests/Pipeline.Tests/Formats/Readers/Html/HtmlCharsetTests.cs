using System.Text;
using Pipeline.Core.Diagnostics;
using Pipeline.Tests.BadInput;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Readers.Html;

/// <summary>Issue #11.6: a declared <c>&lt;meta charset&gt;</c> is trusted only when the bytes agree with it, and UTF-7 is
/// refused; and a Shift-JIS transcript's Japanese text reaches the TEI through the real command.</summary>
public sealed class HtmlCharsetTests
{
    static HtmlCharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Page(string charset, string body) =>
        $"<!DOCTYPE html><html><head><meta charset=\"{charset}\"><title>Harbour talk</title></head><body><p>{body}</p></body></html>";

    [Theory]
    [InlineData("utf-16")]
    [InlineData("UTF-16LE")]
    [InlineData("utf-32")]
    public void A_utf16_declaration_on_an_ascii_page_is_not_believed(string charset)
    {
        var document = HtmlReaderTests.Read(Page(charset, "ANNA LEE: The boats came in at dawn."));

        Assert.Contains("The boats came in at dawn.", Words.TextOf(document), StringComparison.Ordinal);
        Assert.Equal("utf-8", document.Source.Encoding);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.DeclaredCharsetOverruled && d.Argument("declared") == charset);
    }

    [Fact]
    public void A_latin1_declaration_on_a_utf8_page_gives_the_utf8_text()
    {
        var document = HtmlReaderTests.Read(Page("iso-8859-1", "JÉRÔME DUPRÉ: Déjà là, à la poissonnerie."));

        Assert.Contains("Déjà là, à la poissonnerie.", Words.TextOf(document), StringComparison.Ordinal);
    }

    [Fact]
    public void A_declaration_the_bytes_agree_with_is_honoured()
    {
        var bytes = Encoding.GetEncoding("windows-1251").GetBytes(Page("windows-1251", "ИВАН ПЕТРОВ: Рыбаки вышли в море ещё до рассвета."));

        var document = HtmlReaderTests.Read(bytes);

        Assert.Contains("Рыбаки вышли в море ещё до рассвета.", Words.TextOf(document), StringComparison.Ordinal);
        Assert.Equal("windows-1251", document.Source.Encoding);
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF7")]
    [InlineData("unicode-1-1-utf-7")]
    public void A_utf7_declaration_is_refused_with_a_clear_message(string charset)
    {
        var error = Assert.Throws<TranscriptException>(() => HtmlReaderTests.Read(Page(charset, "ANNA LEE: +ADw-script+AD4-")));

        Assert.Equal("test.html", error.SourcePath);
        Assert.Contains("UTF-7", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shift_jis_transcript_reaches_the_tei_in_japanese()
    {
        const string Text = "港の朝\n\n田中：今日は魚がたくさん取れましたね。漁師たちは夜明け前に船を出しました。\n\n佐藤：ええ、天気が良かったからです。網を引き上げるのも楽でした。\n\n"
                            + "田中：明日も同じ時間に出ますか。\n\n佐藤：はい、四時に港で会いましょう。\n";
        var batch = BatchUnderTest.Create();
        batch.Add("harbour.txt", Encoding.GetEncoding("shift_jis").GetBytes(Text));

        var run = await batch.ConvertAsync();

        Assert.True(run.Code == 0, run.Err);
        var tei = File.ReadAllText(Path.Combine(batch.Output, "harbour.tei.xml"));
        Assert.Contains("今日は魚がたくさん取れましたね。", tei, StringComparison.Ordinal);
        Assert.Contains("四時に港で会いましょう。", tei, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', tei);
    }
}
