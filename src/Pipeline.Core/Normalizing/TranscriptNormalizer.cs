namespace Pipeline.Core.Normalizing;

/// <summary>Applies the transcript conventions (title line, speaker labels, bracketed notes and headings,
/// paraphrases, footnotes, continuation paragraphs, incidents, timestamps) to the paragraphs a reader found.
/// Every reader goes through it, so the conventions are recognised once, the same way for every format.</summary>
public static class TranscriptNormalizer
{
    public static TranscriptDocument Normalize(NormalizerInput input)
    {
        using var labelMatches = LabelMatchMemo.Begin();
        return NormalizeOnce(input);
    }

    private static TranscriptDocument NormalizeOnce(NormalizerInput input)
    {
        var diagnostics = new List<Diagnostic>(input.Diagnostics);
        input.Cancellation.ThrowIfCancellationRequested();
        var units = PageLayout.JoinWrappedLabels(SourceUnits.Group(input.Paragraphs, diagnostics));
        input.Cancellation.ThrowIfCancellationRequested();
        var index = WordIndexLayout.Take(units, diagnostics);
        var metadata = input.Metadata;

        TitleFacts? title = null;
        if (input.FirstParagraphMayBeTitle && metadata.Title is null && units.Count > 1 && SourceUnits.LooksLikeTitle(units[0], () => LabelCensus.Take(units, "")))
        {
            title = TitleFacts.Parse(units[0].PlainText);
            units.RemoveAt(0);
            metadata = metadata with
            {
                Title = title.Title,
                Date = metadata.Date ?? title.Date,
                Place = metadata.Place ?? title.Place,
                Notes = title.Note is null ? metadata.Notes : metadata.Notes.Add(title.Note),
            };
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.TitleFromFirstLine, "first line taken as the title", units.Count > 0 ? 1 : null));
            if (title.Date is not null)
                diagnostics.Add(Diagnostic.Info(DiagnosticCode.DateFromTitle, $"date {title.Date} read from the title", 1).With("date", title.Date));
        }

        var footnotes = FootnoteLinker.Link(units, diagnostics);
        var labels = LabelCensus.Take(units, metadata.Title ?? "", input.KnownSpeakers, diagnostics);
        if (metadata.Title is null && CaptionTitle.Find(units, line => labels.LabelAt(line) is not null) is { } caption)
        {
            metadata = metadata with { Title = caption };
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.TitleFromCaption, $"title '{caption}' read from the caption").With("title", caption));
        }

        var front = FrontMatterLayout.Take(units, labels, diagnostics);
        var context = string.Join("\n", new[] { metadata.Title, metadata.Subtitle, metadata.Description }.Where(s => s is not null));
        // An examiner named only by an examination marker (BY MS. MURRAY:) is a participant too: the Q turns after it are theirs.
        var examiners = LabelCensus.Examiners(units);
        IReadOnlyList<string> labelOrder = examiners.Count == 0 ? labels.AcceptedInOrder : [.. labels.AcceptedInOrder, .. examiners];
        var directory = new ParticipantDirectory(labelOrder, context, diagnostics);
        var (roles, organisations) = RoleInference.FromTitle(
            metadata.Title,
            directory.All.Select(p => (p.Id, (IReadOnlyList<string>)[p.DisplayName, .. labels.AcceptedInOrder.Where(l => directory.IdOf(l) == p.Id)])),
            diagnostics);

        foreach (var hint in units.Select(u => u.Speaker).OfType<SpeakerHint>().Where(h => h.Role is not null))
            roles.TryAdd(directory.IdOf(SpeakerLabelParser.Given(hint.Name).Name), hint.Role!);
        var knownSpeaker = input.KnownSpeakers.Length == 1 ? directory.IdOf(input.KnownSpeakers[0]) : null;
        var topHeadingLevel = units.Where(u => u.Kind == SourceParagraphKind.Heading).Select(u => u.HeadingLevel).DefaultIfEmpty(1).Min();
        var builder = new BlockBuilder(directory, labels, roles, diagnostics, knownSpeaker, topHeadingLevel);
        foreach (var unit in units)
        {
            input.Cancellation.ThrowIfCancellationRequested();
            builder.Add(unit);
        }

        var blocks = builder.Finish();

        var turns = blocks.OfType<Turn>().ToList();
        var spokenIds = turns.Select(t => t.SpeakerId).ToHashSet(StringComparer.Ordinal);
        var participants = directory.Build(roles, organisations, labelOrder, labels)
            .Where(p => spokenIds.Contains(p.Id))
            .ToImmutableArray();
        RoleInference.FromTurns(roles, participants, turns, RoleInference.SaysInterview(metadata.Title), diagnostics);
        participants = [.. participants.Select(p => p with { Role = roles.GetValueOrDefault(p.Id) })];

        if (metadata.Language is null)
        {
            var language = LanguageGuesser.Guess(LanguageSample(units));
            metadata = metadata with { Language = language };
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.LanguageGuessed, $"language guessed as '{language}'").With("language", language));
        }

        return new TranscriptDocument(
            metadata,
            participants,
            blocks,
            footnotes,
            [.. diagnostics],
            new SourceInfo(input.Path, input.Format, input.Encoding))
        {
            Front = front,
            Index = index,
        };
    }

    /// <summary>The units' text joined, only as far as the guesser reads: joining a whole 1 MB transcript to read its first
    /// <see cref="LanguageGuesser.SampleLength"/> characters cost more than the guess.</summary>
    private static string LanguageSample(List<SourceUnit> units)
    {
        var sample = new System.Text.StringBuilder();
        foreach (var unit in units)
        {
            if (sample.Length > 0)
                sample.Append('\n');
            sample.Append(unit.PlainText);
            if (sample.Length >= LanguageGuesser.SampleLength)
                break;
        }

        return sample.ToString();
    }
}
