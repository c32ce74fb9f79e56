namespace Pipeline.Core.Normalizing;

/// <summary>The builder's decisions as two ordered lists of small rules (issue #12.2, after Markdig's block parsers): for
/// each source unit, then for each segment of a plain unit (a run of lines under at most one label), the first rule whose
/// <c>TryApply</c> takes it decides what it becomes. The order is the precedence: a separator or an examination marker is
/// never speech, a label beats every inference, a stage paragraph is never a turn, and only what no rule before took is
/// attributed by inference.</summary>
internal sealed partial class BlockBuilder
{
    private ParticipantDirectory Directory => directory;

    private List<Diagnostic> Diagnostics => diagnostics;

    /// <summary>The unit rules, in order; the last takes every unit.</summary>
    private static readonly ImmutableArray<IUnitRule> UnitRules =
    [
        new MarkedKindRule(SourceParagraphKind.Heading, (builder, unit) => builder.AddHeading(unit)),
        new MarkedKindRule(SourceParagraphKind.StageDirection, (builder, unit) => builder.AddStageDirection(unit)),
        new HintedSpeakerRule(),
        new BracketedUnitRule(),
        new CapitalHeadingRule(),
        new PlainUnitRule(),
    ];

    /// <summary>The segment rules, in order; the last takes every segment.</summary>
    private static readonly ImmutableArray<ISegmentRule> SegmentRules =
    [
        new SeparatorRule(),
        new ExaminationMarkerRule(),
        new LabelledSegmentRule(),
        new EmptySegmentRule(),
        new StageParagraphRule(),
        new LabelLineRule(),
        new OpenTurnRule(),
        new UnnamedSpeakerRule(),
        new InferredSpeakerRule(),
    ];

    public void Add(SourceUnit unit)
    {
        keepSpacing = unit.KeepsSpacing;
        var context = new UnitContext(this, unit, headingLinesLeft > 0);
        headingLinesLeft = 0;
        foreach (var rule in UnitRules)
        {
            if (rule.TryApply(context))
                return;
        }
    }

    private void AddSegment(Segment segment)
    {
        var context = new NormalizerContext(this, segment);
        foreach (var rule in SegmentRules)
        {
            if (rule.TryApply(context))
                return;
        }
    }

    /// <summary>A rule for a whole source unit.</summary>
    private interface IUnitRule
    {
        /// <summary>Decides the unit and returns true, or leaves everything as it was and returns false.</summary>
        bool TryApply(UnitContext context);
    }

    /// <summary>A rule for one segment of a plain unit.</summary>
    private interface ISegmentRule
    {
        /// <summary>Decides the segment and returns true, or leaves everything as it was and returns false.</summary>
        bool TryApply(NormalizerContext context);
    }

    /// <summary>What a unit rule sees: the unit, whether a capital heading line may continue the heading before it, and the
    /// builder whose state it changes.</summary>
    private sealed record UnitContext(BlockBuilder Builder, SourceUnit Unit, bool ContinuesHeading);

    /// <summary>What a segment rule sees: the segment, its content (with a pending time marker placed before it, the first
    /// time a rule reads it), the paragraph it makes, and the builder whose state it changes.</summary>
    private sealed class NormalizerContext(BlockBuilder builder, Segment segment)
    {
        private ImmutableArray<Inline>? content;
        private Paragraph? paragraph;

        public BlockBuilder Builder => builder;

        public Segment Segment => segment;

        public ImmutableArray<Inline> Content => content ??= Join();

        public Paragraph Paragraph => paragraph ??= new Paragraph(builder.Inlines(Content));

        private ImmutableArray<Inline> Join()
        {
            var joined = InlineEdit.JoinLines(segment.Lines.Select(l => l.Content));
            return joined.IsEmpty ? joined : builder.WithPendingTime(joined);
        }
    }

    // ---- Unit rules ----

    /// <summary>A heading or stage direction the reader's markup gives (a Markdown <c>##</c>, a Word heading style,
    /// an HTML <c>class="procedural"</c>).</summary>
    private sealed class MarkedKindRule(SourceParagraphKind kind, Action<BlockBuilder, SourceUnit> add) : IUnitRule
    {
        public bool TryApply(UnitContext context)
        {
            if (context.Unit.Kind != kind)
                return false;
            add(context.Builder, context.Unit);
            return true;
        }
    }

    /// <summary>A paragraph whose speaker the source's structure gives (a label paragraph in a Word style, a table column).</summary>
    private sealed class HintedSpeakerRule : IUnitRule
    {
        public bool TryApply(UnitContext context)
        {
            if (context.Unit.Speaker is not { } hint)
                return false;
            context.Builder.AddHinted(context.Unit, hint);
            return true;
        }
    }

    /// <summary>A unit wholly in brackets: a time marker, a paraphrased turn, an incident, a stage direction, a summary, a
    /// heading or an editorial note.</summary>
    private sealed class BracketedUnitRule : IUnitRule
    {
        public bool TryApply(UnitContext context)
        {
            if (!context.Unit.IsBracketed)
                return false;
            context.Builder.AddBracketed(context.Unit);
            return true;
        }
    }

    /// <summary>An all-capitals line standing alone that holds a heading word, or continues the heading just before it.</summary>
    private sealed class CapitalHeadingRule : IUnitRule
    {
        public bool TryApply(UnitContext context)
        {
            if (context.Builder.CapitalLine(context.Unit) is not { } capital || !(capital.HeadingWord || (context.ContinuesHeading && capital.Continuation)))
                return false;
            context.Builder.AddCapitalHeading(context.Unit, context.ContinuesHeading && !capital.HeadingWord, context.ContinuesHeading);
            return true;
        }
    }

    /// <summary>Anything else: split into segments at label lines, each decided by the segment rules.</summary>
    private sealed class PlainUnitRule : IUnitRule
    {
        public bool TryApply(UnitContext context)
        {
            context.Builder.AddPlain(context.Unit);
            return true;
        }
    }

    // ---- Segment rules ----

    /// <summary>A line of dashes or stars between turns: it ends the turn, and what follows continues nothing before it.</summary>
    private sealed class SeparatorRule : ISegmentRule
    {
        public bool TryApply(NormalizerContext context)
        {
            if (!context.Segment.Separator)
                return false;
            var b = context.Builder;
            b.Close();
            b.separated = true;
            b.FlushPendingTime();
            b.pendingLabel = null;
            return true;
        }
    }

    /// <summary><c>BY MS. MURRAY:</c> alone on its line: no turn, kept as an aside; the <c>Q</c> turns after it are the examiner's.</summary>
    private sealed class ExaminationMarkerRule : ISegmentRule
    {
        public bool TryApply(NormalizerContext context)
        {
            if (!context.Segment.Marker)
                return false;
            var b = context.Builder;
            var segment = context.Segment;
            b.Close();
            b.FlushPendingTime();
            var marker = InlineEdit.Plain(segment.Lines[0].Content).Trim();
            b.blocks.Add(new EditorialNote(EditorialNoteKind.Aside, [new Paragraph(b.Inlines(segment.Lines[0].Content))]));
            b.separated = true; // an examination starts here: what follows continues no turn before the marker
            var name = LabelCensus.ExaminerOf(LabelCensus.ExaminationMarker(marker)!);
            b.examiner = b.Directory.Knows(name) ? b.Directory.IdOf(name) : null;
            b.Diagnostics.Add(Diagnostic.Info(DiagnosticCode.ExaminationMarker, b.examiner is null
                ? $"'{marker}' read as an examination marker: it names who asks the questions that follow, and is no turn"
                : $"'{marker}' read as an examination marker, no turn: the Q turns that follow are {b.DisplayName(b.examiner)}'s", segment.Line).With("marker", marker));
            return true;
        }
    }

    /// <summary>A segment that starts with an accepted label opens that speaker's turn; a label with no speech after it waits
    /// for the next paragraph.</summary>
    private sealed class LabelledSegmentRule : ISegmentRule
    {
        public bool TryApply(NormalizerContext context)
        {
            if (context.Segment.Label is not { } label)
                return false;
            var b = context.Builder;
            var segment = context.Segment;
            var content = context.Content;
            b.Close();
            var speaker = b.SpeakerOf(label);
            if (content.IsEmpty)
            {
                b.pendingLabel = (speaker, label.Time ?? segment.Time);
                return true;
            }

            b.Open(speaker, SpeakerAttribution.Labelled, label.Time ?? segment.Time, segment.Line);
            b.open!.Paragraphs.Add(context.Paragraph);
            return true;
        }
    }

    /// <summary>An unlabelled segment with no content adds nothing.</summary>
    private sealed class EmptySegmentRule : ISegmentRule
    {
        public bool TryApply(NormalizerContext context) => context.Content.IsEmpty;
    }

    /// <summary>A paragraph wholly in parentheses (<c>(Laughter.)</c>, <c>--(Aplausos).</c>) is a stage direction, never speech:
    /// an incident alone stays inside the open turn, anything else is a note between turns.</summary>
    private sealed class StageParagraphRule : ISegmentRule
    {
        public bool TryApply(NormalizerContext context)
        {
            if (!IsStageDirection(InlineEdit.Plain(context.Content).Trim()))
                return false;
            var b = context.Builder;
            var paragraph = context.Paragraph;
            if (b.open is not null && paragraph.Content is [Incident])
            {
                b.open.Paragraphs.Add(paragraph);
                return true;
            }

            b.Close();
            b.blocks.Add(new EditorialNote(EditorialNoteKind.StageDirection, [paragraph]));
            return true;
        }
    }

    /// <summary>The speech after a label that stood alone on its line (<c>Q:</c>, <c>PRESIDENTE …</c>, a label heading).</summary>
    private sealed class LabelLineRule : ISegmentRule
    {
        public bool TryApply(NormalizerContext context)
        {
            var b = context.Builder;
            if (b.pendingLabel is not { } pending)
                return false;
            b.pendingLabel = null;
            b.Open(pending.Id, SpeakerAttribution.Labelled, pending.Time, context.Segment.Line);
            b.open!.Paragraphs.Add(context.Paragraph);
            return true;
        }
    }

    /// <summary>An unlabelled paragraph continues the open turn.</summary>
    private sealed class OpenTurnRule : ISegmentRule
    {
        public bool TryApply(NormalizerContext context)
        {
            var b = context.Builder;
            if (b.open is null)
                return false;
            b.open.Paragraphs.Add(context.Paragraph);
            return true;
        }
    }

    /// <summary>After a change of speaker the source does not name, unlabelled paragraphs are narrative.</summary>
    private sealed class UnnamedSpeakerRule : ISegmentRule
    {
        public bool TryApply(NormalizerContext context)
        {
            var b = context.Builder;
            if (!b.unnamedSpeaking)
                return false;
            b.blocks.Add(context.Paragraph);
            return true;
        }
    }

    /// <summary>An unlabelled paragraph that continues no open turn: attributed by inference (with a diagnostic saying why),
    /// and marked as continuing the turn a heading or note interrupted when the same speaker goes on; narrative when
    /// nobody can be inferred.</summary>
    private sealed class InferredSpeakerRule : ISegmentRule
    {
        public bool TryApply(NormalizerContext context)
        {
            var b = context.Builder;
            var line = context.Segment.Line;
            var (inferred, why, goesOn) = b.InferSpeaker();
            if (inferred is null)
            {
                b.blocks.Add(context.Paragraph);
                return true;
            }

            var interruption = goesOn ? b.InterruptedTurn(inferred) : null;
            b.Open(inferred, SpeakerAttribution.Inferred, null, line);
            b.open!.Paragraphs.Add(context.Paragraph);
            b.Diagnostics.Add(Diagnostic.Info(DiagnosticCode.SpeakerInferred, $"no speaker label; attributed to {b.DisplayName(inferred)} (inferred: {why})", line).With("speaker", inferred).With("reason", why));
            if (interruption is not null)
            {
                b.open.Continues = true;
                b.Diagnostics.Add(Diagnostic.Info(DiagnosticCode.TurnContinues, $"the speech after the {interruption} continues the turn of {b.DisplayName(inferred)} it interrupted: one turn in two parts, not a new turn", line).With("speaker", inferred).With("interruption", interruption));
            }

            return true;
        }
    }
}
