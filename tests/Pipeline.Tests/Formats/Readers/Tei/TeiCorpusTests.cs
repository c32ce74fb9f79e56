using System.Xml.Linq;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Readers.Tei;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Readers.Tei;

/// <summary>The TEI files of the shared corpus: read without error, every word of the text kept, every
/// <c>u</c> a labelled turn by the speaker its <c>@who</c> names, and every printed speaker label kept as an alias.</summary>
[Trait("Category", "External")]
public sealed class TeiCorpusTests
{
    /// <summary>The corpus's TEI files (the folder is listed when present; otherwise one case skips in RequireShared).</summary>
    public static TheoryData<string> Files()
    {
        var folder = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "corpus", "tei-gold"));
        var data = new TheoryData<string>();
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
                data.Add(Path.GetFileName(file));
        }

        if (data.Count == 0)
            data.Add("absent.xml");
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Corpus_tei_keeps_every_word_utterance_and_label(string name)
    {
        var path = RepoPaths.RequireShared(Path.Combine("corpus", "tei-gold", name));
        var bytes = File.ReadAllBytes(path);
        var document = new TeiReader().Read(new ReaderInput(path, bytes));
        var tei = XDocument.Load(path);
        var text = tei.Root!.Elements().Single(e => e.Name.LocalName == "text");

        var labels = text.Descendants().Where(e => e.Name.LocalName == "note" && (string?)e.Attribute("type") == "speaker").Select(e => e.Value.Trim()).ToList();
        // A printed label becomes markup (an alias of the turn's speaker), as the corpus check counts it.
        var turnLabels = document.Blocks.OfType<Turn>().SelectMany(t => document.FindParticipant(t.SpeakerId)?.Aliases ?? []);
        var modelText = Words.TextOf(document) + "\n" + string.Join("\n", turnLabels);
        var missing = Words.Missing(string.Concat(text.DescendantNodes().OfType<XText>().Select(t => t.Value + " ")), modelText);
        Assert.True(missing.Count == 0, $"{name}: words missing from the model: {string.Join(", ", missing.Take(30))}");

        var utterances = text.Descendants().Where(e => e.Name.LocalName == "u").ToList();
        var labelled = document.Blocks.OfType<Turn>().Where(t => t.Attribution == SpeakerAttribution.Labelled).ToList();
        Assert.Equal(utterances.Count, labelled.Count);
        Assert.All(labels, label => Assert.Contains(document.Participants, p => p.Aliases.Contains(label)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Corpus_tei_read_written_as_our_tei_and_read_again_is_unchanged(string name)
    {
        var path = RepoPaths.RequireShared(Path.Combine("corpus", "tei-gold", name));
        var document = new TeiReader().Read(new ReaderInput(path, File.ReadAllBytes(path)));

        TeiRoundTripTests.AssertRoundTrip(document);
    }
}
