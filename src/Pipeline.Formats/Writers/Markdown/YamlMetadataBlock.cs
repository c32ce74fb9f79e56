namespace Pipeline.Formats.Writers.Markdown;

/// <summary>The pandoc YAML metadata block: what pandoc turns into the EPUB package metadata (OPF).</summary>
/// <remarks>pandoc reads YAML strings as Markdown, so every value is Markdown-escaped first and then written as a
/// single-quoted YAML scalar (only <c>'</c> needs doubling there).</remarks>
internal static partial class YamlMetadataBlock
{
    public static void Write(MarkdownBuffer output, TranscriptDocument document, string title, string language,
        UnsafeCharacterFilter filter, Action<Diagnostic> report)
    {
        var metadata = document.Metadata;
        output.Line("---");
        Scalar(output, "title", title, filter);
        Optional(output, "subtitle", metadata.Subtitle, filter);
        var creators = document.Participants.Where(p => !string.IsNullOrWhiteSpace(p.Role)).ToList();
        if (creators.Count > 0)
        {
            output.Line("creator:");
            foreach (var participant in creators)
            {
                output.Line("- role: " + MarcRelators.For(participant.Role!));
                Scalar(output, "  text", participant.DisplayName, filter);
            }
        }

        if (metadata.Date is { } date)
        {
            if (IsoDate().IsMatch(date))
                Scalar(output, "date", date, filter);
            else
                report(Diagnostic.Warning(DiagnosticCode.DateNotIso, $"md: date '{date}' is not ISO 8601; left out of the EPUB metadata").With("format", "md").With("date", date));
        }

        Scalar(output, "lang", language, filter);
        output.Line("identifier:");
        output.Line("- scheme: UUID");
        Scalar(output, "  text", DocumentPasses.Of(document).ContentUrn, filter);
        if (!string.IsNullOrWhiteSpace(metadata.Identifier))
            Scalar(output, "- text", metadata.Identifier, filter);
        Optional(output, "publisher", metadata.Publisher, filter);
        Optional(output, "rights", metadata.Rights, filter);
        Optional(output, "description", metadata.Description, filter);
        Optional(output, "coverage", metadata.Place, filter);
        output.Line("---");
        output.BeginBlock().Line("");
    }

    private static void Optional(MarkdownBuffer output, string key, string? value, UnsafeCharacterFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(value))
            Scalar(output, key, value, filter);
    }

    private static void Scalar(MarkdownBuffer output, string key, string value, UnsafeCharacterFilter filter)
    {
        var markdown = new MarkdownBuffer(filter, new StringBuilder()).Text(value).Output.ToString().TrimEnd();
        output.Line(key + ": '" + markdown.Replace("'", "''", StringComparison.Ordinal) + "'");
    }

    [GeneratedRegex("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")]
    private static partial Regex IsoDate();
}
