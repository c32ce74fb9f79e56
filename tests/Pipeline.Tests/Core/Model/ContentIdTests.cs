using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Core.Debugging;
using Pipeline.Core.Model;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Core.Model;

/// <summary>The content ids hash their text as it is written, never holding it whole: they must stay the hashes of the
/// text as one string (the model dump for <see cref="ContentId.Urn"/>, the joined fields for <see cref="ContentId.Short"/>),
/// since the ids are printed in every output.</summary>
public sealed class ContentIdTests
{
    private static Paragraph P(params Inline[] inlines) => new([.. inlines]);

    public static TheoryData<string> Samples() => ["all node types", "hostile text", "cyrillic", "edge cases", "long text", "seed"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Urn_is_the_hash_of_the_dump_as_one_string(string sample)
    {
        Assert.Equal(UrnOfWholeDump(Sample(sample)), ContentId.Urn(Sample(sample)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Short_id_is_the_hash_of_the_fields_as_strings(string sample)
    {
        Assert.Equal(ShortOfWholeFields(Sample(sample)), ContentId.Short(Sample(sample)));
    }

    [Fact]
    public void Dump_written_piece_by_piece_is_the_dump_text()
    {
        var document = Sample("edge cases");
        using var output = new StringWriter();
        ModelDump.Write(output, document);
        Assert.Equal(ModelDump.ToText(document), output.ToString());
        Assert.Contains("para \"tab\\there \\\"quoted\\\" back\\\\slash nbsp\\u00A0 bell\\u0007 c1\\u0085\"", output.ToString(), StringComparison.Ordinal);
    }

    private static TranscriptDocument Sample(string name) => name switch
    {
        "all node types" => SampleDocuments.AllNodeTypes(),
        "hostile text" => SampleDocuments.HostileText(),
        "cyrillic" => SampleDocuments.Cyrillic(),
        "edge cases" => EdgeCases(),
        "long text" => LongText(),
        _ => RealTranscripts.Read("seed"),
    };

    /// <summary>Footnotes (one inside a footnote, one never referenced), notes, empty turns and paragraphs, no participants,
    /// escapes, and an astral character split by inlines.</summary>
    private static TranscriptDocument EdgeCases() => new(
        new DocumentMetadata { Title = "Edge", Notes = ["extracts"] },
        [],
        [
            new Turn("nobody", SpeakerAttribution.Inferred, []),
            new Turn("nobody", SpeakerAttribution.Paraphrased, [P(), P(new Text(""))]) { Continues = true },
            new EditorialNote(EditorialNoteKind.Summary, []),
            new EditorialNote(EditorialNoteKind.Preamble, [P(new Text("tab\there \"quoted\" back\\slash nbsp\u00A0 bell\u0007 c1\u0085"))]),
            new Paragraph([]),
            new Heading(2, []),
            new Paragraph([new Text("split \uD83D"), new Text("\uDE00 pair"), new FootnoteReference("fn1", "*")]),
        ],
        [
            new Footnote("fn1", "*", [P(new Text("body"), new FootnoteReference("fn2", "2")), P()]),
            new Footnote("fn2", "2", []),
            new Footnote("fn3", "3", [P(new Text("unreferenced"))]),
        ],
        [],
        new SourceInfo("edge.txt", "test", null));

    /// <summary>Text longer than the hash's buffer, with surrogate pairs and lone surrogates at every offset around its
    /// boundaries.</summary>
    private static TranscriptDocument LongText()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 3000; i++)
            text.Append(i % 7 == 0 ? "😀" : i % 11 == 0 ? "\uD800" : i % 13 == 0 ? "\uDC00" : "x");
        var paragraphs = Enumerable.Range(0, 5).Select(i => P(new Text(text.ToString(i, 2000 + i)))).ToImmutableArray();
        return new TranscriptDocument(
            DocumentMetadata.Empty,
            [new Participant("a", "A", null, null, [])],
            [new Turn("a", SpeakerAttribution.Labelled, paragraphs), new Turn("a", SpeakerAttribution.Labelled, [P(new Text(text.ToString()))])],
            [],
            [],
            new SourceInfo("long.txt", "test", null));
    }

    private static string UrnOfWholeDump(TranscriptDocument document)
    {
        var content = document with { Source = new SourceInfo("", "", null), Diagnostics = [] };
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(ModelDump.ToText(content, includeDiagnostics: false)));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash, 0, 16);
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    private static string ShortOfWholeFields(TranscriptDocument document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string kind, string? value)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(kind));
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes(value ?? ""));
            hash.AppendData([0]);
        }

        string PlainText(ImmutableArray<Paragraph> paragraphs) => string.Join("\n\n", paragraphs.Select(p => InlineText.ToPlainText(p.Content)));
        Add("title", document.Metadata.Title);
        Add("subtitle", document.Metadata.Subtitle);
        Add("date", document.Metadata.Date);
        foreach (var participant in document.Participants)
            Add("participant", participant.Id + "\u0001" + participant.DisplayName);
        foreach (var block in document.Blocks)
        {
            var (kind, text) = block switch
            {
                Heading heading => ("heading" + heading.Level, InlineText.ToPlainText(heading.Content)),
                Paragraph paragraph => ("paragraph", InlineText.ToPlainText(paragraph.Content)),
                Turn turn => ("turn " + turn.SpeakerId + " " + turn.Attribution, PlainText(turn.Paragraphs)),
                EditorialNote note => ("note " + note.Kind, PlainText(note.Paragraphs)),
                _ => throw new NotSupportedException(block.GetType().Name),
            };
            Add(kind, text);
        }

        foreach (var footnote in document.Footnotes)
            Add("footnote " + footnote.Id, PlainText(footnote.Paragraphs));
        return "transcript-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
