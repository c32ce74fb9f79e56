using System.Collections.Immutable;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Pipeline.Core.Chars;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Writers.Tei;

namespace Pipeline.Tests.Formats.Writers.Tei;

/// <summary>Writing documents to TEI in memory, reading the result back, and the in-code documents TEI tests use.</summary>
internal static class TeiTestSupport
{
    public static readonly XNamespace TeiNs = "http://www.tei-c.org/ns/1.0";
    public static readonly XNamespace Xml = XNamespace.Xml;

    public static (byte[] Bytes, IReadOnlyList<Diagnostic> Diagnostics) WriteBytes(TranscriptDocument document, WriterOptions? options = null)
    {
        var context = new WriterContext(options);
        using var stream = new MemoryStream();
        new TeiWriter().Write(document, stream, context);
        return (stream.ToArray(), context.Diagnostics);
    }

    public static XDocument Write(TranscriptDocument document, WriterOptions? options = null) => Parse(WriteBytes(document, options).Bytes);

    public static XDocument Parse(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
    }

    public static XmlNamespaceManager Namespaces()
    {
        var manager = new XmlNamespaceManager(new NameTable());
        manager.AddNamespace("t", TeiNs.NamespaceName);
        return manager;
    }

    // ---- Word multisets ----

    /// <summary>The words of the document's text as the model gives it: <see cref="InlineText.ToPlainText(IEnumerable{Inline})"/> of
    /// every block and footnote, without what TEI keeps as markup only (footnote markers, timestamp notation, the word
    /// of a bare pause), and without the characters XML 1.0 forbids.</summary>
    public static List<string> ModelWords(TranscriptDocument document)
    {
        var texts = new List<string>();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading heading:
                    texts.Add(PlainText(heading.Content));
                    break;
                case Paragraph paragraph:
                    texts.Add(PlainText(paragraph.Content));
                    break;
                case Turn turn:
                    texts.AddRange(turn.Paragraphs.Select(p => PlainText(p.Content)));
                    break;
                case EditorialNote note:
                    texts.AddRange(note.Paragraphs.Select(p => PlainText(p.Content)));
                    break;
                default:
                    throw new NotSupportedException(block.GetType().Name);
            }
        }

        foreach (var footnote in document.Footnotes)
            texts.AddRange(footnote.Paragraphs.Select(p => PlainText(p.Content)));
        return texts.SelectMany(t => Words(XmlChars.Clean(t, out _))).ToList();
    }

    private static string PlainText(ImmutableArray<Inline> inlines) => InlineText.ToPlainText(WithoutLabels(inlines));

    private static IEnumerable<Inline> WithoutLabels(IEnumerable<Inline> inlines) => inlines.Select(inline => inline switch
    {
        FootnoteReference => new Text(" "),
        Timestamp t => new Text(" " + t.Original + " "),
        Incident { Kind: IncidentKind.Pause } pause when string.IsNullOrWhiteSpace(pause.Description) ||
                                                          pause.Description.Trim().Equals("pause", StringComparison.OrdinalIgnoreCase) => new Text(" "),
        Emphasis e => new Emphasis([.. WithoutLabels(e.Content)]),
        Strong s => new Strong([.. WithoutLabels(s.Content)]),
        Quote q => new Quote([.. WithoutLabels(q.Content)]),
        Link l => new Link(l.Target, [.. WithoutLabels(l.Content)]),
        _ => inline,
    });

    /// <summary>The words of the TEI <c>text</c> element's text nodes. Phrase-level elements that the plain-text view
    /// also runs together (<c>hi</c>, <c>q</c>, <c>ref</c>) join their neighbours; every other element separates.</summary>
    public static List<string> TeiWords(XDocument tei)
    {
        var builder = new StringBuilder();
        Append(builder, tei.Root!.Element(TeiNs + "text")!);
        return Words(builder.ToString()).ToList();
    }

    private static void Append(StringBuilder builder, XElement element)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    builder.Append(text.Value);
                    break;
                case XElement child when child.Name == TeiNs + "hi" || child.Name == TeiNs + "q" || child.Name == TeiNs + "ref":
                    Append(builder, child);
                    break;
                case XElement child:
                    builder.Append(' ');
                    Append(builder, child);
                    builder.Append(' ');
                    break;
            }
        }
    }

    /// <summary>Runs of letters, digits and combining marks.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                    or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
            yield return word.ToString();
    }

    /// <summary>The multiset difference: words in <paramref name="expected"/> that <paramref name="actual"/> lacks, with counts.</summary>
    public static List<string> Missing(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var counts = actual.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var word in expected)
        {
            if (counts.TryGetValue(word, out var n) && n > 0)
                counts[word] = n - 1;
            else
                missing.Add(word);
        }

        return missing;
    }

    // ---- In-code documents ----

    /// <summary>The documents every TEI test runs through: the shared samples and the in-code ones below.</summary>
    public static readonly string[] Names = ["all-node-types", "hostile-text", "cyrillic", "empty", "no-participants",
        "turns-before-heading", "only-headings", "awkward", "split-turn"];

    public static TranscriptDocument Named(string name) => name switch
    {
        "all-node-types" => TestSupport.SampleDocuments.AllNodeTypes(),
        "hostile-text" => TestSupport.SampleDocuments.HostileText(),
        "cyrillic" => TestSupport.SampleDocuments.Cyrillic(),
        "empty" => Empty(),
        "no-participants" => NoParticipants(),
        "turns-before-heading" => TurnsBeforeHeading(),
        "only-headings" => OnlyHeadings(),
        "awkward" => Awkward(),
        "split-turn" => SplitTurn(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };


    private static ImmutableArray<Inline> T(string text) => [new Text(text)];

    private static Paragraph P(params Inline[] inlines) => new([.. inlines]);

    private static SourceInfo Source(string name) => new(name, "test", "utf-8");

    public static TranscriptDocument Empty() =>
        new(DocumentMetadata.Empty, [], [], [], [], Source("empty.txt"));

    public static TranscriptDocument NoParticipants() => new(
        new DocumentMetadata { Title = "Narrative only" },
        [],
        [
            new Paragraph(T("Just a paragraph of narrative.")),
            new EditorialNote(EditorialNoteKind.Aside, [P(new Text("An aside."))]),
            new Heading(1, T("A section")),
            new Paragraph(T("More narrative.")),
        ],
        [],
        [],
        Source("narrative.txt"));

    public static TranscriptDocument TurnsBeforeHeading() => new(
        new DocumentMetadata { Title = "Turns first", Language = "de-DE" },
        [new Participant("a", "Anna", ParticipantRoles.Interviewer, null, ["ANNA"]), new Participant("b", "Ben", null, null, [])],
        [
            new Turn("a", SpeakerAttribution.Labelled, [P(new Text("Hallo."))], TimeSpan.FromSeconds(1.5)),
            new Turn("b", SpeakerAttribution.Inferred, [P(new Text("Guten Tag.")), P(new Text("Wie geht's?"))]),
            new Heading(2, T("A subheading in the front matter")),
            new Turn("a", SpeakerAttribution.Paraphrased, [P(new Text("Fragte nach dem Wetter."))]),
            new Heading(1, T("Erster Teil")),
            new Heading(3, T("Deep heading right under a section")),
            new Turn("b", SpeakerAttribution.Labelled, [P(new Text("Gut."))]),
            new Heading(2, T("Level two after level three")),
            new Turn("unlisted speaker!", SpeakerAttribution.Labelled, [P(new Text("Who am I?"))]),
        ],
        [],
        [],
        Source("turns-first.txt"));

    public static TranscriptDocument OnlyHeadings() => new(
        new DocumentMetadata { Title = "Headings", Date = "2020-02" },
        [],
        [new Heading(1, T("One")), new Heading(2, T("One point one")), new Heading(1, T("Two")), new Heading(1, [])],
        [],
        [],
        Source(@"C:\transcripts\headings.txt"));

    /// <summary>The chair's speech split by two headings (three parts, one turn), a labelled turn after it, and a participant
    /// whose id collides with the ids the parts of a split turn get.</summary>
    public static TranscriptDocument SplitTurn() => new(
        new DocumentMetadata { Title = "Harbour council", Language = "en" },
        [new Participant("chair", "The Chair", null, null, ["THE CHAIR"]), new Participant("u1", "Ulla One", null, null, ["ULLA ONE"])],
        [
            new Turn("chair", SpeakerAttribution.Labelled, [P(new Text("Good evening. Two announcements."))]),
            new Heading(1, T("Condolences")),
            new Turn("chair", SpeakerAttribution.Inferred, [P(new Text("We stand for a minute's silence."))]) { Continues = true },
            new Heading(2, T("First item")),
            new Turn("chair", SpeakerAttribution.Inferred, [P(new Text("The quay fees.")), P(new Text("Ulla One has the floor."))]) { Continues = true },
            new Turn("u1", SpeakerAttribution.Labelled, [P(new Text("Thank you, Chair."))]),
        ],
        [],
        [],
        Source("split-turn.txt"));

    /// <summary>Awkward ids, repeated and unreferenced footnotes, a missing footnote, odd links and languages.</summary>
    public static TranscriptDocument Awkward() => new(
        new DocumentMetadata { Title = "Awkward", Language = "not a language!", Rights = "All rights reserved", Identifier = "https://example.org/t/1" },
        [
            new Participant("1st speaker", "First", "guest speaker", "Org <One>", ["FIRST", "FIRST", ""]),
            new Participant("paraphrase", "Collides with a category", null, null, []),
            new Participant("T0", "Collides with the timeline", null, null, []),
            new Participant("Путин", "Владимир Путин", ParticipantRoles.Interviewee, null, []),
            new Participant("путин", "Another", null, null, []),
        ],
        [
            new Turn("1st speaker", SpeakerAttribution.Labelled,
                [P(new Text("See"), new FootnoteReference("fn1", "1"), new Text(" and again"), new FootnoteReference("fn1", "1"),
                    new Text(" and a ghost"), new FootnoteReference("nope", "9"), new Text("."),
                    new Link("http://example.org/a path/ü?q=1#x#y %zz", T("odd link")), new Link("", T("empty link")),
                    new Timestamp(TimeSpan.FromMilliseconds(1500), "[0:01.5]"), new Timestamp(TimeSpan.Zero, "[0:00]"),
                    new Incident(IncidentKind.Pause, "long pause"), new Incident(IncidentKind.Pause, "Pause"), new Incident(IncidentKind.Other, ""))],
                TimeSpan.FromSeconds(3)),
            new Turn("paraphrase", SpeakerAttribution.Paraphrased, [P(new Text("Said something."), new FootnoteReference("self", "s"))]),
            new Turn("T0", SpeakerAttribution.Labelled, [P(new Text("Zero."))]),
            new Turn("Путин", SpeakerAttribution.Labelled, [P(new Text("Да."))]),
            new Turn("путин", SpeakerAttribution.Labelled, [P(new Text("Нет."))]),
        ],
        [
            new Footnote("fn1", "1", [P(new Text("First note, with a nested"), new FootnoteReference("fn2", "2"), new Text(" one."))]),
            new Footnote("fn2", "2", [P(new Text("Nested note.")), P(new Text("Its second paragraph."))]),
            new Footnote("self", "s", [P(new Text("Refers to itself"), new FootnoteReference("self", "s"))]),
            new Footnote("orphan", "o", [P(new Text("Nobody refers to me"), new FootnoteReference("orphan2", "o2"))]),
            new Footnote("orphan2", "o2", [P(new Text("Only an orphan refers to me."))]),
        ],
        [],
        Source("awkward.html"));
}
