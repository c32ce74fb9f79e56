using Pipeline.Core.Debugging;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Readers.Tei;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Readers.Tei;

/// <summary>Our own TEI read back gives the model it was written from: the same dump, except for where the
/// document came from (a TEI file now) and the diagnostics.</summary>
[Trait("Category", "External")]
public sealed class TeiRoundTripTests
{
    [Theory]
    [MemberData(nameof(RealTranscripts.Names), MemberType = typeof(RealTranscripts))]
    public void Real_transcript_survives_tei_write_and_read(string name) => AssertRoundTrip(RealTranscripts.Read(name));

    [Fact]
    public void Every_node_type_survives_tei_write_and_read() => AssertRoundTrip(SampleDocuments.AllNodeTypes());

    /// <summary>Issues #14/#15: a subtitle file has no title; the TEI header's derived title (from the file name) must not
    /// come back as one.</summary>
    [Fact]
    public void Untitled_subtitle_file_reads_back_untitled()
    {
        var original = Subtitles.SubtitleSamples.Srt("1\n00:00:01,000 --> 00:00:02,000\nHOST: Good evening.\n", "evening.srt");
        Assert.Null(original.Metadata.Title);
        var tei = System.Text.Encoding.UTF8.GetString(RealTranscripts.Write("tei", original).Bytes);
        Assert.Contains("<title type=\"main\" subtype=\"derived\">evening</title>", tei, StringComparison.Ordinal);
        Assert.Null(ReadBack(original).Metadata.Title);
        AssertRoundTrip(original);
    }

    internal static void AssertRoundTrip(TranscriptDocument original)
    {
        var read = ReadBack(original);
        Assert.Equal(ModelDump.ToText(original, includeDiagnostics: false), ModelDump.ToText(read with { Source = original.Source }, includeDiagnostics: false));
    }

    internal static TranscriptDocument ReadBack(TranscriptDocument document)
    {
        var (bytes, _) = RealTranscripts.Write("tei", document);
        return new TeiReader().Read(new ReaderInput("round-trip.tei.xml", bytes));
    }
}
