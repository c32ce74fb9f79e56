using System.Collections.Immutable;
using Pipeline.Core.Model;

namespace Pipeline.Tests.Formats.Writers.Markdown;

/// <summary>Documents for the Markdown writer's own edge cases.</summary>
internal static class MarkdownSamples
{
    /// <summary>Strings that are Markdown syntax when written raw; each must come back as the same literal text.</summary>
    public static readonly string[] MarkupLookalikes =
    [
        "1. ordered", "1) ordered", "12. twelve", "a. letter", "B) letter", "iv. roman", "(a) paren", "(@) example",
        "- dash", "+ plus", "* star", "= equals", "---", "***", "___", "~~~ fence", "``` fence", ": definition",
        "| a | b |", "<div>html</div>", "<!-- comment -->", "&amp; &copy; &#169;", "[link](target)", "![image](x.png)",
        "x {#id .class}", "$x^2$ math", "@citation [@key]", "^[inline note]", "text [^1] ref", "H~2~O and 2^10^",
        "trailing backslash \\", "back\\slash \\* and \\\\", "<https://example.org>", "http://bare.example.org",
        "    four spaces", "\tTab start", "% title block", "::: {.div}", "Term\n: definition", "a -- b --- c ... d",
        "\"double\" 'single' don't", "#hashtag # and #", "  > quote", "*emphasis* _emphasis_ **strong**", "`code`",
        "=== setext", "Mr. Smith", "Dr. Who, e.g. this, i.e. that, vs. them", "1.5 litres", "<b>bold</b> & co", "\\(x\\) \\[y\\]", "{curly} [square] (round)",
    ];

    private static ImmutableArray<Inline> T(string text) => [new Text(text)];

    private static Paragraph P(params Inline[] inlines) => new([.. inlines]);

    /// <summary>One narrative paragraph per string.</summary>
    public static TranscriptDocument Paragraphs(IEnumerable<string> texts, string? title = "Lookalikes") => new(
        new DocumentMetadata { Title = title, Language = "en" },
        [],
        [.. texts.Select(t => (Block)new Paragraph(T(t)))],
        [],
        [],
        new SourceInfo("lookalikes.txt", "test", "utf-8"));

    /// <summary>Footnotes defined in one order and referenced in another, one never referenced, one with several paragraphs.</summary>
    public static TranscriptDocument Footnotes() => new(
        new DocumentMetadata { Title = "Footnotes" },
        [new Participant("ann", "Ann", ParticipantRoles.Speaker, null, ["ANN"])],
        [
            new Turn("ann", SpeakerAttribution.Labelled,
            [
                P(new Text("First ref to beta"), new FootnoteReference("beta", "*"), new Text(" then alpha"), new FootnoteReference("alpha", "1")),
                P(new Text("Beta again"), new FootnoteReference("beta", "*"), new Text(".")),
            ]),
        ],
        [
            new Footnote("alpha", "1", [P(new Text("Alpha body."))]),
            new Footnote("beta", "*",
            [
                P(new Text("Beta first paragraph.")),
                P(new Text("1. Beta second paragraph"), new LineBreak(), new Text("- with a line break.")),
            ]),
            new Footnote("gamma", "†", [P(new Text("Gamma is never referenced."))]),
        ],
        [],
        new SourceInfo("footnotes.txt", "test", "utf-8"));

    /// <summary>Inline shapes Markdown has trouble with: spaces at emphasis edges, nesting, links with notes, line breaks.</summary>
    public static TranscriptDocument Inlines(string language = "en") => new(
        new DocumentMetadata { Title = "Inlines", Language = language },
        [new Participant("bob", "Bob *Star*", ParticipantRoles.Questioner, null, ["BOB"])],
        [
            new Turn("bob", SpeakerAttribution.Labelled,
            [
                P(new Text("Edges "), new Emphasis(T(" spaced ")), new Text("and"), new Strong([new Text(" "), new Emphasis(T("nested")), new Text(" ")]), new Text("end.")),
                P(new Emphasis([new Text("outer "), new Emphasis(T("inner")), new Text(" outer")]), new Text(" "), new Quote([new Text("said "), new Quote(T("quoted")), new Text(" twice")])),
                P(new Link("https://example.org/a b(c)", [new Text("link with note"), new FootnoteReference("n1", "1")]), new Text(" and "), new Link("relative/page.html", T("relative"))),
                P(new Text("Line one"), new LineBreak(), new Text("1. line two"), new LineBreak(), new LineBreak(), new Text("# line four")),
                P(new LineBreak(), new Text("Leading and trailing breaks"), new LineBreak()),
            ], new TimeSpan(1, 2, 3)),
            new Turn("ghost", SpeakerAttribution.Inferred, [P(new Text("Unknown speaker."))]),
        ],
        [new Footnote("n1", "1", [P(new Text("Note inside a link."))])],
        [],
        new SourceInfo("inlines.txt", "test", "utf-8"));

    /// <summary>About <paramref name="targetBytes"/> of Markdown: many turns in many sections.</summary>
    public static TranscriptDocument Large(int targetBytes)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var footnotes = ImmutableArray.CreateBuilder<Footnote>();
        var size = 0;
        for (var i = 0; size < targetBytes; i++)
        {
            if (i % 100 == 0)
                blocks.Add(new Heading(1, T($"Part {i / 100}")));
            var id = $"fn{i}";
            blocks.Add(new Turn(i % 2 == 0 ? "a" : "b", SpeakerAttribution.Labelled,
            [
                P(new Text($"Turn {i}: a *sentence* with [brackets], 1. markers and "), new Emphasis(T("emphasis")), new FootnoteReference(id, "*")),
                P(new Text("A continuation paragraph with some more words in it, to fill the document up.")),
            ], TimeSpan.FromSeconds(i)));
            footnotes.Add(new Footnote(id, "*", [P(new Text($"Footnote {i}."))]));
            size += 220;
        }

        return new TranscriptDocument(
            new DocumentMetadata { Title = "Large" },
            [new Participant("a", "Speaker A", ParticipantRoles.Interviewer, null, []), new Participant("b", "Speaker B", ParticipantRoles.Interviewee, null, [])],
            blocks.ToImmutable(),
            footnotes.ToImmutable(),
            [],
            new SourceInfo("large.txt", "test", "utf-8"));
    }
}
