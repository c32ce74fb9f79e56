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
        var scalar = new StringBuilder();
        output.Line("---");
        Scalar(output, "title", title, filter, scalar);
        Optional(output, "subtitle", metadata.Subtitle, filter, scalar);
        var creators = document.Participants.Where(p => !string.IsNullOrWhiteSpace(p.Role)).ToList();
        if (creators.Count > 0)
        {
            output.Line("creator:");
            foreach (var participant in creators)
            {
                output.Line("- role: " + MarcRelators.For(participant.Role!));
                Scalar(output, "  text", participant.DisplayName, filter, scalar);
            }
        }

        if (metadata.Date is { } date)
        {
            if (IsoDate().IsMatch(date))
                Scalar(output, "date", date, filter, scalar);
            else
                report(Diagnostic.Warning(DiagnosticCode.DateNotIso, $"md: date '{date}' is not ISO 8601; left out of the EPUB metadata").With("format", "md").With("date", date));
        }

        Scalar(output, "lang", language, filter, scalar);
        output.Line("identifier:");
        output.Line("- scheme: UUID");
        Scalar(output, "  text", DocumentPasses.Of(document).ContentUrn, filter, scalar);
        if (!string.IsNullOrWhiteSpace(metadata.Identifier))
            Scalar(output, "- text", metadata.Identifier, filter, scalar);
        Optional(output, "publisher", metadata.Publisher, filter, scalar);
        Optional(output, "rights", metadata.Rights, filter, scalar);
        Optional(output, "description", metadata.Description, filter, scalar);
        Optional(output, "coverage", metadata.Place, filter, scalar);
        output.Line("---");
        output.BeginBlock().Line("");
    }

    private static void Optional(MarkdownBuffer output, string key, string? value, UnsafeCharacterFilter filter, StringBuilder scalar)
    {
        if (!string.IsNullOrWhiteSpace(value))
            Scalar(output, key, value, filter, scalar);
    }

    /// <summary><c>key: 'value'</c>, built in <paramref name="scalar"/> (one builder for the whole block).</summary>
    private static void Scalar(MarkdownBuffer output, string key, string value, UnsafeCharacterFilter filter, StringBuilder scalar)
    {
        new MarkdownBuffer(filter, scalar.Clear()).Text(value);
        var end = scalar.Length;
        while (end > 0 && char.IsWhiteSpace(scalar[end - 1]))
            end--;
        scalar.Length = end;
        scalar.Replace("'", "''").Insert(0, ": '").Insert(0, key).Append('\'');
        output.Line(scalar);
    }

    [GeneratedRegex("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")]
    private static partial Regex IsoDate();
}
