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
            var language = GuessLanguage(units);
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

    /// <summary>The language of the units' text, as far as the guesser reads: the first
    /// <see cref="LanguageGuesser.SampleLength"/> characters of the units' <see cref="SourceUnit.PlainText"/> joined by line
    /// breaks, read line by line. Joining them into one string first cost more than the guess; every separator is a line
    /// break, which the guesser reads as the end of a line anyway, so only its length is counted here.</summary>
    private static string GuessLanguage(List<SourceUnit> units)
    {
        var tally = new LanguageGuesser.Tally();
        var read = 0;
        foreach (var unit in units)
        {
            if (read > 0)
                read++;
            for (var p = 0; p < unit.Paragraphs.Count && read < LanguageGuesser.SampleLength; p++)
            {
                var lines = unit.Paragraphs[p];
                read += p > 0 ? 2 : 0;
                for (var l = 0; l < lines.Count && read < LanguageGuesser.SampleLength; l++)
                {
                    read += l > 0 ? 1 : 0;
                    var text = InlineEdit.Plain(lines[l].Content);
                    var taken = Math.Clamp(LanguageGuesser.SampleLength - read, 0, text.Length);
                    tally.Add(text.AsSpan(0, taken));
                    read += text.Length;
                }
            }

            if (read >= LanguageGuesser.SampleLength)
                break;
        }

        return tally.Guess();
    }
}
