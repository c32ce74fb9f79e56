namespace Pipeline.Formats.Readers.Markdown;

/// <summary>Which items become which speaker's turn, by item index.</summary>
internal sealed record QuestionTurns(Dictionary<int, SpeakerHint> Speakers);

/// <summary>Finds interviews written as questions in headings and answers in the paragraphs under them (user
/// research notes, Q&amp;A write-ups): by the document's shape only — at least three headings of one level, each
/// followed by text, most of them asking something, and no speaker labels anywhere. Then the headings are the
/// interviewer's turns and the text under each the interviewee's answer.</summary>
internal static partial class QuestionHeadings
{
    private const int MinQuestions = 3;
    private const int MinAskingPercent = 50;
    private const int MinLabelRepeats = 3;
    private const string DefaultInterviewer = "Interviewer";
    private const string DefaultInterviewee = "Interviewee";

    [GeneratedRegex(@"^\s*(?<name>\p{Lu}[\p{L}\p{M}\p{N}.'’\- ]{0,40}?)\s*:\s", RegexOptions.CultureInvariant)]
    private static partial Regex LabelLike();

    [GeneratedRegex(@"^\s*(?<role>interviewer|interviewee)\s*:\s*(?<name>\p{L}[\p{L}\p{M}.'’\- ]{0,60})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoleLine();

    public static QuestionTurns? Find(List<MarkdownItem> items, FrontMatter front, List<Diagnostic> diagnostics)
    {
        if (HasSpeakerLabels(items))
            return null;

        foreach (var level in items.Where(i => i.Kind == MarkdownItemKind.Heading).Select(i => i.Level).Distinct().Order())
        {
            var headings = Enumerable.Range(0, items.Count)
                .Where(i => items[i].Kind == MarkdownItemKind.Heading && items[i].Level == level)
                .ToList();
            var answered = headings.Where(i => i + 1 < items.Count && items[i + 1].Kind == MarkdownItemKind.Text).ToList();
            if (answered.Count < MinQuestions || answered.Count * 100 / headings.Count < 80)
                continue;
            var asking = answered.Count(i => Asks(items[i].PlainText));
            if (asking * 100 / answered.Count < MinAskingPercent)
                continue;

            var (interviewer, interviewee) = Names(items, front);
            var labels = new Dictionary<int, SpeakerHint>();
            foreach (var question in answered)
            {
                labels[question] = new SpeakerHint(interviewer, ParticipantRoles.Interviewer);
                labels[question + 1] = new SpeakerHint(interviewee, ParticipantRoles.Interviewee);
            }

            diagnostics.Add(Diagnostic.Info(DiagnosticCode.QuestionHeadings,
                $"{answered.Count} level-{level} headings read as {interviewer}'s questions and the text under each as {interviewee}'s answer " +
                $"(the document has no speaker labels; {asking} of the headings ask a question)",
                items[answered[0]].Line).With("count", answered.Count).With("level", level).With("interviewer", interviewer).With("interviewee", interviewee));
            return new QuestionTurns(labels);
        }

        return null;
    }

    /// <summary>A label form (<c>Name: …</c>) that recurs at paragraph starts: the document names its speakers itself.</summary>
    private static bool HasSpeakerLabels(List<MarkdownItem> items) =>
        items.Where(i => i.Kind == MarkdownItemKind.Text)
            .SelectMany(i => i.Lines.Select(l => Core.Model.InlineText.ToPlainText(l.Content)))
            .Select(text => LabelLike().Match(text))
            .Where(m => m.Success)
            .GroupBy(m => m.Groups["name"].Value, StringComparer.Ordinal)
            .Any(g => g.Count() >= MinLabelRepeats);

    private static bool Asks(string heading) => heading.Contains('?', StringComparison.Ordinal);

    /// <summary>The names the document gives (front matter <c>interviewer</c>/<c>interviewee</c>, or a line
    /// <c>Interviewee: Name</c>), else the roles as names.</summary>
    private static (string Interviewer, string Interviewee) Names(List<MarkdownItem> items, FrontMatter front)
    {
        var interviewer = front.Get("interviewer");
        var interviewee = front.Get("interviewee");
        foreach (var line in items.Where(i => i.Kind == MarkdownItemKind.Text).SelectMany(i => i.Lines))
        {
            var match = RoleLine().Match(Core.Model.InlineText.ToPlainText(line.Content));
            if (!match.Success)
                continue;
            var name = match.Groups["name"].Value.Trim();
            if (match.Groups["role"].Value.Equals("interviewer", StringComparison.OrdinalIgnoreCase))
                interviewer ??= name;
            else
                interviewee ??= name;
        }

        return (interviewer ?? DefaultInterviewer, interviewee ?? DefaultInterviewee);
    }
}
