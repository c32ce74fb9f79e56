using System.Text;
using Pipeline.Core.Debugging;
using Pipeline.Core.Model;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Core;

public sealed class ModelDumpTests
{
    [Fact]
    public void Dump_of_the_same_document_is_identical()
    {
        Assert.Equal(ModelDump.ToText(SampleDocuments.AllNodeTypes()), ModelDump.ToText(SampleDocuments.AllNodeTypes()));
    }

    [Fact]
    public void Dump_shows_every_node_type()
    {
        var dump = ModelDump.ToText(SampleDocuments.AllNodeTypes());
        foreach (var expected in new[] { "heading 1", "turn smith labelled start=00:00:00", "turn doe inferred", "turn smith paraphrased",
                     "note preamble", "note summary", "note stagedirection", "Emph[", "Strong[", "Quote[", "Fn(fn1,\"*\")",
                     "Incident(inaudible", "Time(00:12:34", "Link(\"https://example.org/leeds\")", "Br", "fn2 marker=\"2\"" })
            Assert.Contains(expected, dump, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_text_escapes_exactly_quotes_backslashes_controls_and_the_no_break_space()
    {
        var every = string.Concat(Enumerable.Range(0, 0x300).Select(c => (char)c));
        var document = new TranscriptDocument(
            DocumentMetadata.Empty,
            [new Participant("a", "A", null, null, [])],
            [new Turn("a", SpeakerAttribution.Labelled, [new Paragraph([new Text(every)])])],
            [],
            [],
            new SourceInfo("every.txt", "test", null));

        var expected = new StringBuilder("\"");
        foreach (var c in every)
        {
            expected.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || c == '\u00A0' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        Assert.Contains(expected.Append('"').ToString(), ModelDump.ToText(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_dump_is_valid_json_with_typed_nodes()
    {
        var json = ModelJson.ToJson(SampleDocuments.AllNodeTypes());
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal("turn", parsed.RootElement.GetProperty("blocks")[2].GetProperty("type").GetString());
    }

    [Fact]
    public void Sections_split_at_level_one_headings_with_front_matter_first()
    {
        var sections = DocumentSections.Split(SampleDocuments.AllNodeTypes().Blocks);
        Assert.Equal(3, sections.Length);
        Assert.Null(sections[0].Heading);
        Assert.Equal(2, sections[2].Number);
    }
}
