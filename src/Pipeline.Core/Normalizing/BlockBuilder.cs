using System.Buffers;

namespace Pipeline.Core.Normalizing;

/// <summary>Turns source units into blocks, one at a time, keeping the state that attribution needs:
/// the open turn that unlabelled paragraphs continue, the last speaker, whether a heading or a paraphrased
/// question came just before.</summary>
internal sealed partial class BlockBuilder(
    ParticipantDirectory directory,
    LabelCensus labels,
    IReadOnlyDictionary<string, string> titleRoles,
    List<Diagnostic> diagnostics,
    string? onlyKnownSpeaker,
    int topHeadingLevel)
{
    private const int MaxHeadingWords = 25;
    private const int MaxCapitalHeadingLines = 3;
    private const int MinCapitalHeadingLetters = 4;
    private const int MaxHeadingContinuations = 2;

    private readonly List<Block> blocks = [];
    private OpenTurn? open;
    private string? lastSpeaker;
    private string? speakerBeforeLast;
    private Turn? lastParaphrase;
    private bool afterHeading;
    private (string Id, TimeSpan? Time)? pendingLabel;
    private Timestamp? pendingTime;
    private bool unnamedSpeaking;
    private bool keepSpacing;
    private bool separated;
    private string? examiner;
    private int headingLinesLeft;

    /// <summary>An all-capitals line standing alone between paragraphs (<c>ORAL ARGUMENT OF …</c>, <c>P R O C E E D I N G S</c>)
    /// that holds a heading word of the language data is a section heading; the all-capitals lines right after it
    /// (<c>FOR COURT-APPOINTED AMICUS CURIAE</c>, printed as a line of their own) continue it.</summary>
    private void AddCapitalHeading(SourceUnit unit, bool continuation, bool headingBefore)
    {
        var content = Inlines(InlineEdit.JoinLines(unit.Paragraphs[0].Select(l => l.Content)));
        if (continuation && headingBefore && open is null && blocks.Count > 0 && blocks[^1] is Heading previous)
        {
            blocks[^1] = previous with { Content = InlineEdit.Merge([.. previous.Content, new Text(" "), .. content]) };
            headingLinesLeft = MaxHeadingContinuations - 1;
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.CapitalHeadingContinued, "all-capitals line read as the continuation of the heading before it", unit.Line));
            return;
        }

        Close();
        FlushPendingTime();
        pendingLabel = null;
        blocks.Add(new Heading(1, content));
        afterHeading = true;
        lastParaphrase = null;
        unnamedSpeaking = false;
        headingLinesLeft = MaxHeadingContinuations;
        diagnostics.Add(Diagnostic.Info(DiagnosticCode.CapitalHeading, "all-capitals line standing alone read as a section heading", unit.Line));
    }

    /// <summary>The shape of a unit that may be a heading printed in capitals: one paragraph of at most
    /// <see cref="MaxCapitalHeadingLines"/> lines, every letter a capital, no label, not ending with a colon or a question
    /// mark, not in parentheses. Null for any other unit.</summary>
    private CapitalShape? CapitalLine(SourceUnit unit)
    {
        if (unit.NewSpeaker || unit.Paragraphs is not [var lines] || lines.Count > MaxCapitalHeadingLines)
            return null;
        // A lower-case ASCII letter anywhere fails the every-letter-a-capital check below: most units are told so by a
        // vectorised search, without joining their lines.
        if (lines.Any(l => InlineEdit.Plain(l.Content).AsSpan().ContainsAnyInRange('a', 'z')))
            return null;
        var written = string.Join("  ", lines.Select(l => InlineEdit.Plain(l.Content).Trim()));
        var plain = InlineConventions.CollapseSpaces(written);
        if (plain.Length == 0 || plain[^1] is ':' or '?' || plain[0] is '(' or '[' || plain.Contains(':', StringComparison.Ordinal))
            return null;
        var letters = 0;
        foreach (var c in plain)
        {
            if (!char.IsLetter(c))
                continue;
            if (!char.IsUpper(c))
                return null;
            letters++;
        }

        if (letters < MinCapitalHeadingLetters || plain.Split(' ').Length > MaxHeadingWords || lines.Any(l => labels.IsFurniture(l)))
            return null;
        if (labels.LabelAt(plain) is not null)
            return null;
        var headingWord = Words(written).Any(w => LanguageData.All.HeadingWords.Contains(w));
        return new CapitalShape(headingWord, lines.Count == 1 && plain[^1] is not '.' and not '!' and not '…');
    }

    /// <summary>The words of a capital line; a letter-spaced word (<c>P R O C E E D I N G S</c>) read as one, words
    /// apart where the spacing widens.</summary>
    private static IEnumerable<string> Words(string written)
    {
        foreach (var group in written.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tokens = group.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length >= MinCapitalHeadingLetters && tokens.All(t => t.Length == 1 && char.IsLetter(t[0])))
            {
                yield return string.Concat(tokens);
                continue;
            }

            foreach (var token in tokens)
                yield return token.Trim(',', '.', ';', '"', '\'', '’', '“', '”');
        }
    }

    private void AddHeading(SourceUnit unit)
    {
        var content = InlineEdit.JoinLines(unit.Paragraphs.SelectMany(p => p).Select(l => l.Content));
        if (content.IsEmpty)
            return;
        Close();
        var plain = InlineEdit.Plain(content).Trim();
        if (labels.LabelAt(plain) is { } label && label.Length >= plain.Length)
        {
            // A heading that is only a label (`#### Poseł Jan Kowalski:`) names who speaks next.
            FlushPendingTime();
            pendingLabel = (directory.IdOf(label.Name), label.Time);
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.HeadingReadAsLabel, $"heading '{plain}' read as the label of the turn that follows", unit.Line).With("heading", plain));
            return;
        }

        FlushPendingTime();
        blocks.Add(new Heading(Math.Max(1, unit.HeadingLevel - topHeadingLevel + 1), Inlines(content)));
        afterHeading = true;
        lastParaphrase = null;
        unnamedSpeaking = false;
    }

    /// <summary>Text the markup marks as procedural: a stage direction between turns, never speech (a run of them is one note).</summary>
    private void AddStageDirection(SourceUnit unit)
    {
        var content = InlineEdit.JoinLines(unit.Paragraphs.SelectMany(p => p).Select(l => l.Content));
        if (content.IsEmpty)
            return;
        Close();
        FlushPendingTime();
        var paragraph = new Paragraph(InlineConventions.Apply(content));
        if (blocks.Count > 0 && blocks[^1] is EditorialNote { Kind: EditorialNoteKind.StageDirection } last)
            blocks[^1] = last with { Paragraphs = [.. last.Paragraphs, paragraph] };
        else
            blocks.Add(new EditorialNote(EditorialNoteKind.StageDirection, [paragraph]));
    }

    /// <summary>A paragraph whose speaker the source's structure gives: its own turn, labelled when the markup names the
    /// speaker, else attributed by inference.</summary>
    private void AddHinted(SourceUnit unit, SpeakerHint hint)
    {
        var content = InlineEdit.JoinLines(unit.Paragraphs.SelectMany(p => p).Select(l => l.Content));
        if (content.IsEmpty)
            return;
        var name = SpeakerLabelParser.Given(hint.Name).Name;
        Open(directory.IdOf(name), hint.Attribution, unit.Paragraphs[0][0].Time, unit.Line);
        open!.Paragraphs.Add(new Paragraph(Inlines(WithPendingTime(content))));
    }

    /// <summary>A time marker on a line of its own (<c>[00:12:34]</c>, <c>[Time 0:12:34]</c>) starts the next paragraph.</summary>
    private bool TakeTimeMarker(string text)
    {
        var trimmed = text.Trim();
        var withoutWord = trimmed.StartsWith("Time ", StringComparison.OrdinalIgnoreCase) ? trimmed[5..] : trimmed;
        if (SpeakerLabelParser.ParseTime(withoutWord) is not { } time)
            return false;
        FlushPendingTime();
        pendingTime = new Timestamp(time, "[" + trimmed + "]");
        return true;
    }

    private ImmutableArray<Inline> WithPendingTime(ImmutableArray<Inline> content)
    {
        if (pendingTime is null)
            return content;
        var time = pendingTime;
        pendingTime = null;
        return [time, new Text(" "), .. content];
    }

    /// <summary>A time marker that no paragraph followed is kept where it stood.</summary>
    private void FlushPendingTime()
    {
        if (pendingTime is null)
            return;
        var paragraph = new Paragraph([pendingTime]);
        pendingTime = null;
        if (open is not null)
            open.Paragraphs.Add(paragraph);
        else
            blocks.Add(paragraph);
    }

    public ImmutableArray<Block> Finish()
    {
        FlushPendingTime();
        Close();
        return [.. RejoinInterruptedTurns(blocks)];
    }

    /// <summary>A turn that a stage direction (<c>(Motion agreed to)</c>, <c>(Easington)</c>, a code form in a talk) or a
    /// bracketed marker (<c>[Page H6191]</c>) interrupts, and that the same speaker then goes on with no label, is one
    /// turn: the interruption stays inside it, where it happened, as an incident (a marker as its own paragraph).
    /// A labelled resumption is a new turn, as the source says; a stage direction with no resumption stays a note.</summary>
    private static List<Block> RejoinInterruptedTurns(List<Block> source)
    {
        var result = new List<Block>(source.Count);
        for (var i = 0; i < source.Count; i++)
        {
            if (source[i] is not Turn turn)
            {
                result.Add(source[i]);
                continue;
            }

            var merged = turn;
            var next = i + 1;
            while (true)
            {
                var j = next;
                var inside = new List<Paragraph>();
                while (j < source.Count && Interruption(source[j]) is { } paragraphs)
                {
                    inside.AddRange(paragraphs);
                    j++;
                }

                if (inside.Count == 0 || j >= source.Count || source[j] is not Turn resumed
                    || resumed.Attribution != SpeakerAttribution.Inferred || resumed.SpeakerId != merged.SpeakerId)
                    break;
                merged = merged with { Paragraphs = [.. merged.Paragraphs, .. inside, .. resumed.Paragraphs] };
                next = j + 1;
            }

            result.Add(merged);
            i = next - 1;
        }

        return result;
    }

    /// <summary>The paragraphs a block adds to the turn it interrupts, or null when it is no interruption.</summary>
    private static IEnumerable<Paragraph>? Interruption(Block block) => block switch
    {
        EditorialNote { Kind: EditorialNoteKind.StageDirection } note => note.Paragraphs.Select(p =>
            p.Content is [Incident] ? p : new Paragraph([new Incident(IncidentKind.Other, InlineText.ToPlainText(p.Content).Trim())])).ToList(),
        Heading heading when InlineText.ToPlainText(heading.Content).Trim() is { Length: > 2 } text && text[0] == '[' && text[^1] == ']'
            => [new Paragraph(heading.Content)],
        _ => null,
    };

    private void AddBracketed(SourceUnit unit)
    {
        var inner = unit.InnerParagraphs();
        if (inner.Count == 0)
            return;
        var firstPlain = InlineEdit.Plain(inner[0]);
        if (inner.Count == 1 && TakeTimeMarker(firstPlain))
            return;
        FlushPendingTime();

        if (labels.LabelAt(firstPlain) is { } label)
        {
            Close();
            var speaker = directory.IdOf(label.Name);
            inner[0] = InlineEdit.Trim(WithoutLabel(inner[0], 0, label));
            var turn = new Turn(speaker, SpeakerAttribution.Paraphrased, Paragraphs(inner), label.Time);
            blocks.Add(turn);
            NoteSpeaker(speaker);
            lastParaphrase = turn;
            afterHeading = false;
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.ParaphrasedTurn, $"bracketed '{label.Name}:' read as a turn paraphrased by the editor", unit.Line).With("label", label.Name));
            return;
        }

        if (inner.Count == 1 && InlineConventions.IncidentKindOf(firstPlain) is { } kind)
        {
            var incident = new Paragraph([new Incident(kind, firstPlain)]);
            if (open is not null)
                open.Paragraphs.Add(incident);
            else
                blocks.Add(new EditorialNote(EditorialNoteKind.StageDirection, [incident]));
            return;
        }

        if (inner.Count == 1 && LanguageData.All.HasStagePhrase(firstPlain))
        {
            Close();
            blocks.Add(new EditorialNote(EditorialNoteKind.StageDirection, Paragraphs(inner)));
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.StageDirection, "bracketed procedural line read as a stage direction", unit.Line));
            return;
        }

        if (open is null && blocks.Count > 0 && blocks[^1] is Heading)
        {
            blocks.Add(new EditorialNote(EditorialNoteKind.Summary, Paragraphs(inner)));
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.SectionSummary, "bracketed text after a heading read as the section's summary", unit.Line));
            return;
        }

        if (inner.Count == 1 && LooksLikeHeading(firstPlain))
        {
            Close();
            blocks.Add(new Heading(1, Inlines(inner[0])));
            afterHeading = true;
            lastParaphrase = null;
            diagnostics.Add(Diagnostic.Info(DiagnosticCode.BracketedHeading, "bracketed short line read as a section heading", unit.Line));
            return;
        }

        Close();
        var isPreamble = !blocks.Any(b => b is Turn or Heading);
        blocks.Add(new EditorialNote(isPreamble ? EditorialNoteKind.Preamble : EditorialNoteKind.Aside, Paragraphs(inner)));
        lastParaphrase = null;
    }

    private void AddPlain(SourceUnit unit)
    {
        var first = true;
        foreach (var paragraph in unit.Paragraphs)
        {
            foreach (var segment in Segments(paragraph))
            {
                if (first && unit.NewSpeaker && segment.Label is null)
                    StartUnnamedSpeaker(segment.Line);
                first = false;
                AddSegment(segment);
            }
        }
    }

    /// <summary>The line after its label; a question number written before the label starts the speech instead.</summary>
    private static ImmutableArray<Inline> WithoutLabel(ImmutableArray<Inline> content, int leading, SpeakerLabel label)
    {
        var rest = InlineEdit.DropStart(content, leading + label.Length);
        return label.Number is null ? rest : InlineEdit.Merge(rest.Insert(0, new Text(label.Number + " ")));
    }

    /// <summary>The source marks a new speaker without naming them: what follows continues no earlier turn and is
    /// attributed to nobody, until a label names a speaker.</summary>
    private void StartUnnamedSpeaker(int line)
    {
        Close();
        FlushPendingTime();
        pendingLabel = null;
        lastParaphrase = null;
        afterHeading = false;
        unnamedSpeaking = true;
        diagnostics.Add(Diagnostic.Info(DiagnosticCode.UnnamedSpeakerChange, "a change of speaker without a name: read as a paragraph with no speaker", line));
    }

    /// <summary>Splits a paragraph where a line starts with an accepted label; hard-wrapped lines are joined.</summary>
    private IEnumerable<Segment> Segments(List<SourceLine> lines)
    {
        var current = new List<SourceLine>();
        SpeakerLabel? currentLabel = null;
        var inside = PageLayout.InsideWrappedParenthesis(lines);
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            var plain = InlineEdit.Plain(line.Content);
            var trimmed = plain.Trim();
            if (IsSeparator(trimmed) || IsMarker(trimmed))
            {
                if (current.Count > 0)
                    yield return new Segment(currentLabel, current, current[0].Line, current[0].Time);
                yield return new Segment(null, [line], line.Line, line.Time) { Marker = IsMarker(trimmed), Separator = IsSeparator(trimmed) };
                current = [];
                currentLabel = null;
                continue;
            }

            var label = inside[index] || labels.IsFurniture(line) ? null : labels.LabelAt(plain.TrimStart(), line.Content);
            if (label is not null && current.Count > 0)
            {
                yield return new Segment(currentLabel, current, current[0].Line, current[0].Time);
                current = [];
            }

            if (label is not null)
            {
                currentLabel = label;
                var leading = plain.Length - plain.TrimStart().Length;
                current.Add(line with { Content = WithoutLabel(line.Content, leading, label) });
            }
            else
            {
                if (current.Count == 0)
                    currentLabel = null;
                current.Add(line);
            }
        }

        if (current.Count > 0)
            yield return new Segment(currentLabel, current, current[0].Line, current[0].Time);
    }

    /// <summary>A line of dashes, stars or underscores between turns (<c>---</c>).</summary>
    private static bool IsSeparator(string text) => text.Length >= 3 && !text.AsSpan().ContainsAnyExcept(SeparatorCharacters);

    private static readonly SearchValues<char> SeparatorCharacters = SearchValues.Create("-*_=~—–");

    /// <summary>An examination marker alone on its line (<c>BY MS. MURRAY:</c>).</summary>
    private static bool IsMarker(string text) => LabelCensus.ExaminationMarker(text) is not null;

    /// <summary>A whole paragraph in parentheses (<c>(Laughter.)</c>, <c>--(Aplausos).</c>, <c>(La motion est adoptée.)</c>): a
    /// stage direction in any language, never speech.</summary>
    private static bool IsStageDirection(string plain)
    {
        var text = plain.TrimStart('-', '—', '–', ' ').TrimEnd('.', ' ');
        if (text.Length < 3 || text[0] != '(' || text[^1] != ')')
            return false;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (depth == 0 && i < text.Length - 1)
                return false;
        }

        return true;
    }

    /// <summary>What interrupted the last turn, when that turn is by <paramref name="speaker"/>, was quoted (not
    /// paraphrased), and only headings, asides and stage directions stand between it and here; else null. A summary, a
    /// preamble, a narrative paragraph or a separator in between ends the turn for good.</summary>
    private string? InterruptedTurn(string speaker)
    {
        string? interruption = null;
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            switch (blocks[i])
            {
                case Heading:
                    interruption = "heading";
                    break;
                case EditorialNote { Kind: EditorialNoteKind.Aside or EditorialNoteKind.StageDirection }:
                    interruption ??= "editorial note";
                    break;
                case Turn turn:
                    return turn.SpeakerId == speaker && turn.Attribution != SpeakerAttribution.Paraphrased && !separated ? interruption : null;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>The participant a label names; <c>Q</c> after an examination marker is the examiner it names, with <c>Q</c>
    /// as one of their label forms (so the printed label is kept, and the speaker is known).</summary>
    private string SpeakerOf(SpeakerLabel label)
    {
        if (examiner is null || !LabelCensus.IsQuestionLabel(label.Name))
            return directory.IdOf(label.Name);
        directory.AddAlias(examiner, label.Name);
        return examiner;
    }

    /// <summary>Who speaks an unlabelled paragraph that continues no turn, why, and whether it is the last speaker going
    /// on (so possibly the rest of a turn that a heading or note interrupted).</summary>
    private (string? Id, string Why, bool GoesOn) InferSpeaker()
    {
        var interviewee = titleRoles.FirstOrDefault(r => r.Value == ParticipantRoles.Interviewee).Key ?? onlyKnownSpeaker;
        if (lastParaphrase is { } paraphrase)
        {
            if (interviewee is not null && interviewee != paraphrase.SpeakerId)
                return (interviewee, "the main speaker responds after a paraphrased turn", false);
            var asked = InlineText.ToPlainText(paraphrase.Paragraphs).TrimEnd().TrimEnd('"', '”', '’', ')').EndsWith('?')
                        || titleRoles.GetValueOrDefault(paraphrase.SpeakerId) == ParticipantRoles.Interviewer;
            return asked
                ? (PreviousSpeakerOtherThan(paraphrase.SpeakerId), "answers a paraphrased question", false)
                : (paraphrase.SpeakerId, "continues the paraphrased turn", false);
        }

        if (afterHeading && lastSpeaker is not null)
            return interviewee is not null ? (interviewee, "the interviewee speaks after a section heading", false) : (lastSpeaker, "the last speaker goes on after a section heading", true);
        if (lastSpeaker is not null)
            return (lastSpeaker, "the last speaker goes on after an editorial note", true);
        return onlyKnownSpeaker is not null ? (onlyKnownSpeaker, "the document names this one speaker", false) : (null, "", false);
    }

    private string? PreviousSpeakerOtherThan(string id) => lastSpeaker != id ? lastSpeaker : speakerBeforeLast;

    private void NoteSpeaker(string speaker)
    {
        if (speaker != lastSpeaker)
            speakerBeforeLast = lastSpeaker;
        lastSpeaker = speaker;
    }

    private string DisplayName(string id) => directory.All.First(p => p.Id == id).DisplayName;

    private void Open(string speaker, SpeakerAttribution attribution, TimeSpan? start, int line)
    {
        Close();
        open = new OpenTurn(speaker, attribution, start, line);
        unnamedSpeaking = false;
        separated = false;
        NoteSpeaker(speaker);
        lastParaphrase = null;
        afterHeading = false;
    }

    private void Close()
    {
        if (open is null)
            return;
        blocks.Add(new Turn(open.Speaker, open.Attribution, [.. open.Paragraphs], open.Start ?? LeadingTime(open.Paragraphs[0])) { Continues = open.Continues });
        open = null;
    }

    private static TimeSpan? LeadingTime(Paragraph paragraph) =>
        paragraph.Content.FirstOrDefault() is Timestamp timestamp ? timestamp.Time : null;

    private static bool LooksLikeHeading(string text)
    {
        var trimmed = text.Trim().TrimEnd(':');
        var first = trimmed.FirstOrDefault(char.IsLetterOrDigit);
        if (!char.IsUpper(first) && !char.IsDigit(first))
            return false;
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var last = trimmed.TrimEnd('"', '”', '’', '\'', ')').LastOrDefault();
        return words <= MaxHeadingWords && last is not '.' and not '!' and not '?' and not '…';
    }

    /// <summary>The unit's content with the inline conventions applied and its white space collapsed, unless the
    /// source marks it as significant.</summary>
    private ImmutableArray<Inline> Inlines(ImmutableArray<Inline> content) => InlineConventions.Apply(content, keepSpacing);

    private ImmutableArray<Paragraph> Paragraphs(IEnumerable<ImmutableArray<Inline>> contents) =>
        [.. contents.Where(c => !c.IsEmpty).Select(c => new Paragraph(Inlines(c)))];

    /// <summary>See <see cref="CapitalLine"/>: whether the line holds a heading word, and whether it may continue a heading.</summary>
    private sealed record CapitalShape(bool HeadingWord, bool Continuation);

    private sealed record Segment(SpeakerLabel? Label, List<SourceLine> Lines, int Line, TimeSpan? Time)
    {
        public bool Marker { get; init; }

        public bool Separator { get; init; }
    }

    private sealed class OpenTurn(string speaker, SpeakerAttribution attribution, TimeSpan? start, int line)
    {
        public string Speaker { get; } = speaker;

        public SpeakerAttribution Attribution { get; } = attribution;

        public TimeSpan? Start { get; } = start;

        public int Line { get; } = line;

        public List<Paragraph> Paragraphs { get; } = [];

        /// <summary>See <see cref="Turn.Continues"/>.</summary>
        public bool Continues { get; set; }
    }
}
