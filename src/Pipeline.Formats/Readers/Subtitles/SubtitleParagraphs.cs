namespace Pipeline.Formats.Readers.Subtitles;

/// <summary>A cue after markup and roll-up repetition are removed.</summary>
internal sealed record CleanCue(TimeSpan Start, TimeSpan End, IReadOnlyList<CleanLine> Lines);

/// <summary>Turns cues into the paragraphs the normaliser reads. Consecutive cues of one speaker are one paragraph, so they
/// become one turn; a paragraph starts with its first cue's time (<c>[00:01:02.500] </c>), and where a voice tag names a
/// new speaker it is written as that speaker's label, so the normaliser reads it as it reads any labelled turn. A voice
/// given only on a turn's first cue carries to the next cues. A <c>&gt;&gt;</c> or dialogue dash starts a paragraph marked
/// as a new speaker; a long pause starts a new paragraph in the same turn. Inline labels (<c>Name: …</c>) stay in the text
/// and every cue's first line carries its time, so the normaliser finds them and times their turns.</summary>
internal sealed partial class SubtitleParagraphs
{
    /// <summary>A silence at least this long between cues starts a new paragraph.</summary>
    private static readonly TimeSpan ParagraphPause = TimeSpan.FromSeconds(2);

    /// <summary>A paragraph this long ends at the next sentence end, so times stay visible through long captions.</summary>
    private static readonly TimeSpan LongParagraph = TimeSpan.FromSeconds(60);

    /// <summary>A paragraph this long ends at the next cue even without a sentence end (auto-captions have no punctuation).</summary>
    private static readonly TimeSpan VeryLongParagraph = TimeSpan.FromSeconds(120);

    private readonly ImmutableArray<SourceParagraph>.Builder paragraphs = ImmutableArray.CreateBuilder<SourceParagraph>();
    private readonly List<string> voices = [];
    private readonly HashSet<string> voiceSet = new(StringComparer.Ordinal);
    private List<SourceLine> lines = [];
    private bool linesStartNewSpeaker;
    private SpeakerHint? linesSpeaker;
    private string? voice;
    private bool pendingNewSpeaker;
    private TimeSpan paragraphStart;

    /// <summary>Something shaped like a label at a cue's start: the speaker after it is no longer known to be the voice before.</summary>
    [GeneratedRegex(@"^[^\s:][^:]{0,60}:(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LabelShaped();

    public static (ImmutableArray<SourceParagraph> Paragraphs, ImmutableArray<string> Voices) Build(IEnumerable<CleanCue> cues)
    {
        var builder = new SubtitleParagraphs();
        CleanCue? previous = null;
        foreach (var cue in cues)
        {
            builder.AddCue(cue, previous is not null && builder.BreaksBefore(cue, previous));
            previous = cue;
        }

        builder.Flush();
        return (builder.paragraphs.ToImmutable(), [.. builder.voices]);
    }

    /// <summary>How a cue time is written where it stays visible.</summary>
    public static string Format(TimeSpan time)
    {
        var whole = $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}";
        return "[" + (time.Milliseconds == 0 ? whole : whole + "." + time.Milliseconds.ToString("000", CultureInfo.InvariantCulture)) + "]";
    }

    /// <summary>Whether a new paragraph starts at <paramref name="cue"/>: after a pause, or when the paragraph has grown long.</summary>
    private bool BreaksBefore(CleanCue cue, CleanCue previous)
    {
        if (cue.Start - previous.End >= ParagraphPause)
            return true;
        var length = cue.Start - paragraphStart;
        var sentenceEnd = previous.Lines[^1].Text.TrimEnd('"', '\'', '”', '’', ')') is [.., '.' or '?' or '!' or '…'];
        return length >= VeryLongParagraph || (length >= LongParagraph && sentenceEnd);
    }

    private void AddCue(CleanCue cue, bool paused)
    {
        var first = true;
        foreach (var piece in cue.Lines.SelectMany(CuePieces.Of))
        {
            if (piece.Text.Length == 0)
            {
                pendingNewSpeaker |= piece.NewSpeaker;
                continue;
            }

            var newSpeaker = piece.NewSpeaker || pendingNewSpeaker;
            pendingNewSpeaker = false;
            if (piece.Voice is { } named && named != voice)
            {
                voice = named;
                if (voiceSet.Add(named))
                    voices.Add(named);
                StartVoice(cue.Start, named, piece);
            }
            else if (newSpeaker)
            {
                voice = null;
                Start(cue.Start, piece.Text, piece.Line, newSpeaker: true);
            }
            else if (lines.Count == 0 || (first && paused))
            {
                Start(cue.Start, piece.Text, piece.Line, newSpeaker: false);
            }
            else
            {
                lines.Add(new SourceLine([new Core.Model.Text(piece.Text)], piece.Line) { Time = first ? cue.Start : null });
            }

            if (first && piece.Voice is null && LabelShaped().IsMatch(piece.Text))
                voice = null;
            first = false;
        }
    }

    /// <summary>A voice tag that names a new speaker: written as a label when the name reads as one, so inline labels later in
    /// the paragraph are still found; else given as the paragraph's speaker.</summary>
    private void StartVoice(TimeSpan time, string name, CuePiece piece)
    {
        if (SpeakerLabels.CanLabel(name))
        {
            Start(time, name + ": " + piece.Text, piece.Line, newSpeaker: false);
            return;
        }

        Flush();
        linesSpeaker = new SpeakerHint(name) { Attribution = SpeakerAttribution.Labelled };
        paragraphStart = time;
        lines.Add(new SourceLine([new Core.Model.Text(piece.Text)], piece.Line) { Time = time });
    }

    private void Start(TimeSpan time, string text, int line, bool newSpeaker)
    {
        Flush();
        linesStartNewSpeaker = newSpeaker;
        paragraphStart = time;
        lines.Add(new SourceLine([new Timestamp(time, Format(time)), new Core.Model.Text(" " + text)], line) { Time = time });
    }

    private void Flush()
    {
        if (lines.Count > 0)
            paragraphs.Add(new SourceParagraph([.. lines]) { NewSpeaker = linesStartNewSpeaker, Speaker = linesSpeaker });
        lines = [];
        linesStartNewSpeaker = false;
        linesSpeaker = null;
    }
}
