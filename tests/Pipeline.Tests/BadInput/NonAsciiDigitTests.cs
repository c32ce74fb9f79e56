using System.Text;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Plugins;
using Pipeline.Formats;

namespace Pipeline.Tests.BadInput;

/// <summary>Digits of other scripts (Arabic-Indic ٣, Persian ۳, Devanagari ३) are letters of the text, never numbers
/// the readers parse: a regex <c>\d</c> matches them and <c>int.Parse</c> then threw (found by an FsCheck property).</summary>
public sealed class NonAsciiDigitTests
{
    private static readonly FormatRegistry Registry = BuiltInFormats.CreateRegistry();

    public static TheoryData<string, string> Inputs() => new()
    {
        { "text", "۱ ANNA LEE: Hello.\n۲ BEN OKAFOR: Hi.\n۳ ANNA LEE: Again.\n۴ BEN OKAFOR: Yes.\n" },
        { "text", "A talk\n\n[٠٠:٠١:٢٣] Anna Lee: Hello there.\n\nBen Okafor (۰۱:۲۳): Hi.\n" },
        { "text", "Meeting on ٣ March ٢٠٢٤\n\n१. Mr Tom Beck (Eastfield): When?\n\nANNA: yes[۱]\n\n[۱] A note.\n" },
        { "markdown", "---\ndate: ٢٠٢٤-٠٣-٠١\n---\n\n**Anna:** [۰۱:۲۳] hello\n" },
        { "webvtt", "WEBVTT\n\n٠٠:٠١.٠٠٠ --> ٠٠:٠٢.٠٠٠\n<v Anna>Hello\n\n00:00:03.000 --> 00:00:04.000\n<v Ben>Hi <٠٠:٠٣.٥٠٠>there\n" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Foreign_digits_are_read_as_text_or_a_clear_error(string reader, string text)
    {
        try
        {
            var document = Registry.GetReader(reader).Read(new ReaderInput("digits.txt", Encoding.UTF8.GetBytes(text)));
            Assert.NotNull(document);
        }
        catch (TranscriptException ex)
        {
            Assert.Equal("digits.txt", ex.SourcePath);
        }
    }
}
