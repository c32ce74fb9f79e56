using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;

namespace Pipeline.Formats.Writers.Markdown;

/// <summary>Lays out a whole document: YAML metadata, the front matter as an unnumbered first chapter, one
/// <c>#</c> chapter per section, then the footnote definitions.</summary>
/// <remarks>pandoc starts an EPUB chapter at every level-1 heading and would give untitled front matter a heading
/// and id of its own; writing that heading here (the title, <c>{#front-matter .unnumbered}</c>) keeps ids under our
/// control. Footnotes are numbered in order of first reference; footnotes the text never refers to are referred to
/// from a closing editorial div, because pandoc drops unreferenced definitions.</remarks>
internal static partial class MarkdownDocumentRenderer
{
    private const string DefaultLanguage = "en";

    public static StringBuilder Render(TranscriptDocument document, Action<Diagnostic> report)
    {
        var filter = new UnsafeCharacterFilter();
        var buffer = new MarkdownBuffer(filter);
        var language = LanguageOf(document, report);
        var title = TitleOf(document, filter);
        var footnotes = FootnoteNumbers.Of(document);
        var inlines = new MarkdownInlineRenderer(buffer, footnotes, QuoteMarks.For(language), report);
        var blocks = new MarkdownBlockRenderer(buffer, inlines, document, new HeadingIds(), report);

        YamlMetadataBlock.Write(buffer, document, title, language, filter, report);
        var sections = DocumentSections.Split(document.Blocks);
        WriteFrontMatter(document, sections[0], title, buffer, blocks);
        foreach (var section in sections.Skip(1))
        {
            blocks.Write(section.Heading!);
            foreach (var block in section.Blocks)
                blocks.Write(block);
        }

        WriteUnreferencedNotes(footnotes, buffer, blocks);
        WriteFootnoteDefinitions(footnotes, buffer, inlines);
        if (filter.ToDiagnostic() is { } removed)
            report(removed);
        TrimToSingleNewline(buffer.Output);
        return buffer.Output;
    }

    private static void WriteFrontMatter(TranscriptDocument document, Section frontMatter, string title, MarkdownBuffer buffer, MarkdownBlockRenderer blocks)
    {
        var notes = document.Metadata.Notes.Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        if (document.Participants.IsEmpty && notes.Count == 0 && frontMatter.Blocks.IsEmpty)
            return;
        blocks.WriteHeading(1, InlineText.Of(title), HeadingIds.FrontMatter, " .unnumbered");
        foreach (var note in notes)
        {
            blocks.WriteDiv(".editorial .document-note", () => buffer.BeginBlock().Text("[" + note + "]").EndBlock());
        }

        if (!document.Participants.IsEmpty)
        {
            blocks.WriteDiv(".participants", () =>
            {
                buffer.BeginBlock().Markup("**").Text("Participants:").Markup("** ");
                for (var i = 0; i < document.Participants.Length; i++)
                    buffer.Text((i > 0 ? ", " : "") + Describe(document.Participants[i]));
                buffer.EndBlock();
            });
        }

        foreach (var block in frontMatter.Blocks)
            blocks.Write(block);
    }

    /// <summary><c>Jane Smith (interviewer, Example Radio)</c>.</summary>
    private static string Describe(Participant participant)
    {
        var details = new[] { participant.IsGroup ? "group" : null, participant.Role, participant.Organisation }.Where(d => !string.IsNullOrWhiteSpace(d)).ToList();
        var name = participant.DisplayName.Length > 0 ? participant.DisplayName : participant.Id;
        return details.Count == 0 ? name : $"{name} ({string.Join(", ", details)})";
    }

    private static void WriteUnreferencedNotes(FootnoteNumbers footnotes, MarkdownBuffer buffer, MarkdownBlockRenderer blocks)
    {
        if (footnotes.ReferencedCount == footnotes.Ordered.Length)
            return;
        blocks.WriteDiv(".editorial .unreferenced-notes", () =>
        {
            buffer.BeginBlock().Text("[Notes without a marker in the text:");
            for (var n = footnotes.ReferencedCount + 1; n <= footnotes.Ordered.Length; n++)
                buffer.Text(" ").Markup(MarkdownBlockRenderer.Label(n));
            buffer.Text("]").EndBlock();
        });
    }

    private static void WriteFootnoteDefinitions(FootnoteNumbers footnotes, MarkdownBuffer buffer, MarkdownInlineRenderer inlines)
    {
        const string indent = "    ";
        inlines.InsideFootnote = true;
        buffer.ContinuationIndent = indent;
        for (var n = 1; n <= footnotes.Ordered.Length; n++)
        {
            var footnote = footnotes.Ordered[n - 1];
            var paragraphs = footnote.Paragraphs
                .Select(p => InlineNormalizer.TrimLineBreaks(InlineNormalizer.Normalize(p.Content)))
                .Where(p => !p.IsEmpty)
                .ToList();
            buffer.BeginBlock().Markup(MarkdownBlockRenderer.Label(n) + ": ").BeginInlineContent();
            if (paragraphs.Count == 0)
                buffer.Text(footnote.Marker);
            for (var i = 0; i < paragraphs.Count; i++)
            {
                if (i > 0)
                    buffer.BeginBlock(indent);
                inlines.Write(paragraphs[i]);
                buffer.EndBlock();
            }

            if (paragraphs.Count == 0)
                buffer.EndBlock();
        }

        buffer.ContinuationIndent = "";
        inlines.InsideFootnote = false;
    }

    private static string LanguageOf(TranscriptDocument document, Action<Diagnostic> report)
    {
        var language = document.Metadata.Language?.Trim();
        if (string.IsNullOrEmpty(language))
            return DefaultLanguage;
        if (Bcp47().IsMatch(language))
            return language;
        report(Diagnostic.Warning($"md: language '{language}' is not a BCP 47 tag; using '{DefaultLanguage}'"));
        return DefaultLanguage;
    }

    /// <summary>The title, else the source file name: EPUB requires one.</summary>
    private static string TitleOf(TranscriptDocument document, UnsafeCharacterFilter filter)
    {
        foreach (var candidate in new[] { document.Metadata.Title, Path.GetFileNameWithoutExtension(document.Source.Path) })
        {
            if (candidate is not null && !string.IsNullOrWhiteSpace(filter.Clean(candidate)))
                return candidate;
        }

        return "Untitled transcript";
    }

    private static void TrimToSingleNewline(StringBuilder output)
    {
        var end = output.Length;
        while (end > 0 && output[end - 1] is '\n' or ' ')
            end--;
        output.Length = end;
        output.Append('\n');
    }

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex Bcp47();
}
