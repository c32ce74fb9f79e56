using System.Xml;
using System.Xml.Linq;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats;
using Pipeline.Formats.Readers.Xml;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Readers.Xml;

/// <summary>Issue #13 on the real files: the Transcriber and parliamentary XML of ../shared/corpus and corpus-2 are
/// read by the right reader with every word of their transcript text kept and their speakers and turns as counted by hand.</summary>
[Trait("Category", "External")]
public sealed class XmlCorpusTests
{
    public static TheoryData<string, string, int, int> Files() => new()
    {
        // file, reader, distinct speakers at least, turns (labelled speaker segments)
        { "corpus/court/nuremberg-nmt1-medical-case-page136.xml", "xml", 2, 3 },
        { "corpus/hearings/ca-hoc-committee-acva-2013-10-24.xml", "xml", 8, 30 },
        { "corpus/non-english/fr-ca-hoc-2015-12-04-hansard.xml", "xml", 15, 49 },
        { "corpus-2/parliament/uk-historic-hansard-1961-07-06-oral-answers-cols.xml", "xml", 8, 19 },
        // Page running heads, the speaker's head beside them and wrapped heckles start no turn (issue #12); the label wrapped
        // over two lines ('Katrin Göring-Eckardt (BÜNDNIS 90/DIE GRÜ-' / 'NEN):') is one label.
        { "corpus-2/parliament/de-bundestag-18-181-2016-06-28-dokument.xml", "xml", 12, 27 },
        { "corpus-2/parliament/de-bundestag-01-143-1951-05-23-dokument.xml", "xml", 20, 67 },
        { "corpus-2/podcasts/de-lnp232-logbuch-netzpolitik-transcriber.trs", "transcriber", 2, 105 },
        { "corpus-2/podcasts/de-lnp232-logbuch-netzpolitik-trs2html.html", "html", 2, 105 },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Corpus_files_keep_every_word_and_their_speakers(string relative, string readerName, int speakers, int turns)
    {
        var path = RepoPaths.RequireShared(relative);
        var bytes = File.ReadAllBytes(path);
        var reader = BuiltInFormats.CreateRegistry().FindReader(path, bytes.AsSpan(0, Math.Min(4096, bytes.Length)))!;

        var document = reader.Read(new ReaderInput(relative, bytes));

        Assert.Equal(readerName, reader.Name);
        Assert.True(document.Participants.Length >= speakers, $"{document.Participants.Length} participants");
        var segments = document.Blocks.OfType<Turn>().Count(t => t.Attribution != SpeakerAttribution.Inferred);
        if (turns >= 0)
            Assert.InRange(segments, turns - (turns / 20), turns + (turns / 20));
        if (readerName == "html")
            return;
        // Labels become markup: a speaker's written label forms and organisation stand for the words they took.
        var labels = document.Blocks.OfType<Turn>().Select(t => document.FindParticipant(t.SpeakerId)!).SelectMany(p => p.Aliases.Append(p.Organisation ?? ""));
        var missing = Words.Missing(SourceText(readerName, bytes), Words.TextOf(document) + " " + string.Join(" ", labels));
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing.Take(20)));
    }

    /// <summary>The transcript text of an XML file as an independent reading sees it: every text node, less what the
    /// dialect says is not transcript (metadata blocks, column markers) and what becomes metadata.</summary>
    private static string SourceText(string readerName, byte[] bytes)
    {
        using var xmlReader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        var root = XDocument.Load(xmlReader).Root!;
        if (readerName == "transcriber")
            return string.Join(" ", root.Descendants().Where(e => e.Name.LocalName == "Turn").SelectMany(t => t.DescendantNodes().OfType<XText>()).Select(t => t.Value));
        var dialect = XmlDialect.BuiltIn.FirstOrDefault(d => d.Recognises(root.Name)) ?? XmlDialect.BuiltIn[^1];
        var left = dialect.Ignore.AddRange(dialect.Marker).AddRange(dialect.Metadata.Where(m => m.Attribute is null).Select(m => m.Element));
        // Concatenated, not spaced: an element inside a word (42<Sup>e</Sup>) is part of it.
        return string.Concat(root.DescendantNodes().OfType<XText>()
            .Where(t => !t.Ancestors().Any(a => XmlDialect.Matches(left, a)))
            .Select(t => t.Value));
    }
}
