using System.Collections.Frozen;

namespace Pipeline.Core.Normalizing;

/// <summary>A speaker label at the start of a paragraph (<c>VLADIMIR PUTIN:</c>, <c>Kristen Welker:</c>,
/// <c>MR. SMITH:</c>, <c>Q:</c>, <c>Name (affiliation):</c>, <c>Name (affiliation), Role:</c>, <c>00:01:23 Name:</c>, <c>Speaker 1 (00:00):</c>).</summary>
/// <param name="Name">The label without colon, parenthesis or timestamp, as written.</param>
/// <param name="Affiliation">Text in parentheses after the name, when it is not a time.</param>
/// <param name="Time">A time given with the label.</param>
/// <param name="TimeText">The time as written.</param>
/// <param name="Length">Characters the label takes, including the colon and the white space after it.</param>
/// <param name="Shape">How the name is written, which decides how much evidence it needs.</param>
internal sealed record SpeakerLabel(string Name, string? Affiliation, TimeSpan? Time, string? TimeText, int Length, LabelShape Shape)
{
    /// <summary>The label as written, affiliation included, without the colon (<c>Mr. Peter Stoffer (Sackville—Eastern Shore, NDP)</c>).</summary>
    public string Written { get; init; } = Name;

    /// <summary>A question number written before the label (<c>1.</c> in <c>1. Mr Smith (Leeds) (Lab): …</c>); it stays in the turn's text.</summary>
    public string? Number { get; init; }

    /// <summary>What ends the label: a colon, a dash, the end of the line, the end of a bold run…</summary>
    public LabelDelimiter Delimiter { get; init; } = LabelDelimiter.Colon;

    /// <summary>The label as written over two lines, when it was wrapped (<c>Jan Nowak (Klub Niezależ- nych)</c>).</summary>
    public string? Wrapped { get; init; }

    /// <summary>The person a chair label names in parentheses (<c>Mr. Poe</c> in <c>The SPEAKER pro tempore (Mr. Poe)</c>).</summary>
    public string? Person { get; init; }
}

/// <summary>What ends a speaker label and separates it from the speech.</summary>
internal enum LabelDelimiter
{
    /// <summary><c>Name:</c>, <c>Name :</c>.</summary>
    Colon,

    /// <summary>The full-width colon of Chinese and Japanese text: <c>主席：</c>.</summary>
    FullWidthColon,

    /// <summary>A full stop: <c>Q.</c>, <c>THE COURT.</c>.</summary>
    Dot,

    /// <summary>A full stop and a hyphen: <c>El señor FREI (Presidente de la República).-</c>.</summary>
    DotDash,

    /// <summary>A spaced hyphen or dash: <c>O SR. PRESIDENTE (…) -</c>, <c>Name –</c>.</summary>
    Dash,

    /// <summary>Nothing: the label fills its line and the speech follows on the next lines.</summary>
    EndOfLine,

    /// <summary>The end of a bold run: <c>**Weisberg** Well, …</c>.</summary>
    BoldEnd,

    /// <summary>A surname and initials with no punctuation after them: <c>АРІСТОВ Ю.Ю. Шановні колеги</c>.</summary>
    Initials,
}

/// <summary>How a label's name is written.</summary>
internal enum LabelShape
{
    /// <summary>Upper-case words (<c>VLADIMIR PUTIN</c>, <c>MR. SMITH</c>, <c>Q</c>): a label by convention.</summary>
    UpperCase,

    /// <summary>Several capitalised words (<c>Kristen Welker</c>).</summary>
    NameWords,

    /// <summary>One capitalised word (<c>Putin</c>): a label only with more evidence.</summary>
    SingleWord,

    /// <summary>A capitalised word and lower-case ones (<c>Audience questioner</c>): a label only when it recurs often.</summary>
    Phrase,

    /// <summary>Letters of a script without case (<c>主席</c>): a label when it recurs or ends with a title.</summary>
    Uncased,
}

/// <summary>Finds speaker labels. Only the shape of the text counts, never particular names.</summary>
internal static partial class SpeakerLabelParser
{
    private const int MaxNameLength = 90;

    private static LanguageData Lexicon => LanguageData.All;

    [GeneratedRegex(@"^(?:(?<ts>[\[(]?(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}(?:[.,][0-9]{1,3})?[\])]?)[ \t\u00A0]+)?(?<name>[^:\n()\[\]]{1,100}?)[ \t\u00A0]{0,2}(?:(?:\((?<paren>(?:[^()\n]|\([^()\n]*\)){1,100})\)[ \t\u00A0]{0,2}){1,3}(?:,[ \t\u00A0]*(?<role>\p{Lu}[\p{L}'’-]*(?:[ \t\u00A0]+\p{L}[\p{L}'’-]*){0,3})[ \t\u00A0]*)?)?:(?=[\s\u00A0]|$)[ \t\u00A0]*", RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    /// <summary>The transcripts of press briefings: a bare <c>Q</c> set off by no-break spaces or a tab, no colon.</summary>
    [GeneratedRegex(@"^(?<name>Q|A)(?:[\u00A0\t]|[ \u00A0]{2,})[ \t\u00A0]*(?=[^\s0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex BareQuestionPattern();

    /// <summary>The record style of legislatures: an honorific, an upper-case surname and a full stop (<c>Mrs. NORTHUP.</c>,
    /// <c>The SPEAKER pro tempore (Mr. Poe).</c>, <c>Chairman HAMILTON.</c>).</summary>
    /// <summary>The first letters of the words <see cref="RecordLabelPattern"/> opens with: a line starting otherwise is not tried.</summary>
    private const string RecordLabelInitials = "TMDCSRJGAV";

    [GeneratedRegex(@"^(?<name>(?:(?:The|Mr|Mrs|Ms|Miss|Dr|Chairman|Chairwoman|Senator|Representative|Judge|General|Colonel|Admiral|Chief|Vice)\.?\s+)+\p{Lu}[\p{Lu}'’-]+(?:\s+(?:of\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?|pro\s+tempore|\p{Lu}[\p{Lu}'’-]+))*)(?:\s*\((?<paren>[^()\n]{1,60})\))?\.(?=\s|$)[ \t\u00A0]*", RegexOptions.CultureInvariant)]
    private static partial Regex RecordLabelPattern();

    /// <summary>The number of a question on a parliamentary order paper before the questioner's label (<c>1. </c>, <c>Q3. </c>).</summary>
    [GeneratedRegex(@"^(?<number>Q?[0-9]{1,3}\.)[ \t\u00A0]+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionNumberPattern();

    /// <summary>Two to four capitalised words, or an honorific and a name: a person (<c>Mr William Hague</c>, <c>Alistair Burt</c>).</summary>
    [GeneratedRegex(@"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|M|Mme)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonNamePattern();

    [GeneratedRegex(@"^[\[(]?(?:(?<h>[0-9]{1,2}):)?(?<m>[0-9]{1,2}):(?<s>[0-9]{2})(?:[.,](?<f>[0-9]{1,3}))?[\])]?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    /// <summary>The label at the start of <paramref name="text"/>, if its shape is that of a speaker label.</summary>
    public static SpeakerLabel? Match(string text) => Match(text, default);

    /// <summary>The label at the start of a line, given its inlines too, so that a bold run can end a label.</summary>
    public static SpeakerLabel? Match(string text, System.Collections.Immutable.ImmutableArray<Model.Inline> content)
    {
        // Only a line that opens with a bold run can have a label the text alone does not show (LabelDelimiters.BoldLabel),
        // so every other line's answer depends on its text alone and is remembered for the document.
        var memo = !content.IsDefault && content.Length >= 2 && content[0] is Model.Strong ? null : LabelMatchMemo.Current;
        return LabelMatchMemo.Remembered(memo?.Any, text, content, MatchAny);
    }

    /// <summary>The label at the start of <paramref name="text"/> when <see cref="Match(string)"/> gives one ending with a
    /// colon, else null. Every other delimiter's label is found only where no colon label is, so a line without a colon
    /// label is not tried for them: most lines asked are not labels at all.</summary>
    public static SpeakerLabel? MatchWithColon(string text) =>
        MatchColon(text) is not null && Match(text) is { Delimiter: LabelDelimiter.Colon } label ? label : null;

    private static SpeakerLabel? MatchAny(string text, System.Collections.Immutable.ImmutableArray<Model.Inline> content)
    {
        var colon = MatchColon(text);
        if (colon is not null && !text.AsSpan(0, Math.Min(colon.Length, text.Length)).ContainsAny(':', '.'))
        {
            // A bare "A  " set off by spaces may be an article before a longer label ("A  SRA.  BIA  KICIS (…) -").
            return LabelDelimiters.MatchOther(text, content) is { } longer && longer.Length > colon.Length && Words(longer.Name) is [var first, var second, ..] && first == colon.Name && IsHonorific(second) ? longer : colon;
        }

        return colon ?? LabelDelimiters.MatchOther(text, content);
    }

    /// <summary>Only labels that end with a colon: all a document whose census learned no other delimiter needs.</summary>
    public static SpeakerLabel? MatchColonOnly(string text) => MatchColon(text);

    private static SpeakerLabel? MatchColon(string text) => LabelMatchMemo.Remembered(LabelMatchMemo.Current?.Colon, text, MatchColonOnce);

    private static SpeakerLabel? MatchColonOnce(string text)
    {
        if (MatchUnnumbered(text) is { } label)
            return label;

        // Only a label that is clearly a person's (an honorific or an affiliation) may follow a number, so that a
        // numbered list ("1. Background: …") stays a list.
        if (text is not ['Q' or (>= '0' and <= '9'), ..])
            return null;
        var number = QuestionNumberPattern().Match(text);
        if (!number.Success || MatchUnnumbered(text[number.Length..]) is not { } numbered)
            return null;
        var clearlyAPerson = numbered.Affiliation is not null || IsHonorific(Words(numbered.Written)[0]);
        return clearlyAPerson && numbered.Time is null
            ? numbered with { Length = number.Length + numbered.Length, Number = number.Groups["number"].Value }
            : null;
    }

    /// <summary>A speaker name the source's markup gives (<c>data-speaker="Jane Doe (BBC)"</c>), split into name and
    /// affiliation like a label, whatever its shape: the markup, not the shape, says it is a speaker.</summary>
    public static SpeakerLabel Given(string written)
    {
        var text = written.Trim().TrimEnd(':').TrimEnd();
        if (MatchUnnumbered(text + ": ") is { } label && label.Written == text)
            return label with { Length = 0 };
        var split = GivenNamePattern().Match(text);
        if (!split.Success)
            return new SpeakerLabel(text, null, null, null, 0, LabelShape.NameWords) { Written = text };
        var affiliations = split.Groups["paren"].Captures.Select(c => c.Value.Trim()).ToList();
        return new SpeakerLabel(split.Groups["name"].Value.Trim(), affiliations.Count > 0 ? string.Join("; ", affiliations) : null, null, null, 0, LabelShape.NameWords) { Written = text };
    }

    [GeneratedRegex(@"[ \t\u00A0]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?<name>[^()]+?)\s*(?:\((?<paren>[^()]*)\)\s*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex GivenNamePattern();

    /// <summary>A label written before another delimiter, read as if a colon followed <paramref name="head"/>.</summary>
    public static SpeakerLabel? FromHead(string head, int length, LabelDelimiter delimiter)
    {
        head = head.TrimEnd();
        if (head.Length == 0 || head.Contains(',', StringComparison.Ordinal) || head.EndsWith('-') || MatchUnnumbered(head + ": x") is not { } label || label.Length != head.Length + 2 || (label.Time is not null && delimiter != LabelDelimiter.EndOfLine))
            return null;
        return label with { Length = length, Delimiter = delimiter };
    }

    private static SpeakerLabel? MatchUnnumbered(string text)
    {
        // Cheap checks first: LabelPattern needs a colon, BareQuestionPattern a leading Q or A, RecordLabelPattern a full stop.
        var length = text.Contains(':', StringComparison.Ordinal) ? LabelLength(text) : 0;
        if (length == 0)
        {
            // In a justified line with two spaces between all its words (`A  medicina  é…`), the spaces set nothing off.
            if (text.Length > 1 && text[0] is 'Q' or 'A' && BareQuestionPattern().Match(text) is { Success: true } bare && !text.AsSpan(bare.Length).TrimEnd().Contains("  ", StringComparison.Ordinal))
                return new SpeakerLabel(bare.Groups["name"].Value, null, null, null, bare.Length, LabelShape.UpperCase);
            if (!text.Contains('.', StringComparison.Ordinal) || text is not [var first, ..] || !RecordLabelInitials.Contains(first))
                return null;
            var record = RecordLabelPattern().Match(text);
            return record.Success
                ? new SpeakerLabel(record.Groups["name"].Value, record.Groups["paren"].Success ? record.Groups["paren"].Value.Trim() : null, null, null, record.Length, LabelShape.UpperCase)
                : null;
        }

        // The label depends on the matched head alone, and a document writes the same few heads again and again.
        if (LabelMatchMemo.Current is not { } memo)
            return FromLabelMatch(text, LabelPattern().Match(text));
        if (memo.Heads.TryGetValue(text.AsSpan(0, length), out var known))
            return known;
        var label = FromLabelMatch(text, LabelPattern().Match(text));
        memo.Heads.Dictionary[text[..length]] = label;
        return label;
    }

    /// <summary>How many characters <see cref="LabelPattern"/> matches at the start of the text (0 when it does not),
    /// found without capturing its groups.</summary>
    private static int LabelLength(string text)
    {
        foreach (var match in LabelPattern().EnumerateMatches(text))
            return match.Length;
        return 0;
    }

    /// <summary>The label <see cref="LabelPattern"/>'s match at the start of <paramref name="text"/> reads, or null when its
    /// name has no label's shape.</summary>
    private static SpeakerLabel? FromLabelMatch(string text, Match match)
    {
        var raw = match.Groups["name"].Value;
        var name = Spaces().Replace(raw.Trim(), " ");
        if (raw.Contains("   ", StringComparison.Ordinal) || name.Length == 0 || name.Length > MaxNameLength || name.EndsWith(','))
            return null;
        var nameWords = Words(name);
        if (nameWords.Length > 1 && Lexicon.SpeechVerbs.Contains(nameWords[^1]))
            name = string.Join(" ", nameWords[..^1]);
        var shape = ShapeOf(name);
        if (shape is null)
            return null;

        TimeSpan? time = null;
        string? timeText = null;
        string? affiliation = null;
        if (match.Groups["ts"].Success)
        {
            timeText = match.Groups["ts"].Value;
            time = ParseTime(timeText);
        }

        var affiliations = new List<string>();
        foreach (Capture capture in match.Groups["paren"].Captures)
        {
            var paren = Spaces().Replace(capture.Value.Trim(), " ");
            if (ParseTime(paren) is { } parenTime)
            {
                time ??= parenTime;
                timeText ??= "(" + paren + ")";
            }
            else
            {
                affiliations.Add(paren);
            }
        }

        if (affiliations.Count > 0)
            affiliation = string.Join("; ", affiliations);

        // An office followed by the person holding it ("The Secretary of State for Health (Mr Andrew Lansley)"): the
        // person is the speaker, the office what they speak for.
        string? person = null;
        if (IsChair(name))
            person = affiliations.Count != 1 ? null
                : PersonNamePattern().IsMatch(affiliations[0]) ? affiliations[0]
                : affiliations[0].Split([". ", ", ", "; "], StringSplitOptions.None)[0].Trim();
        else if (IsOffice(name) && affiliations.Count == 1 && PersonNamePattern().IsMatch(affiliations[0]) && ShapeOf(affiliations[0]) is { } personShape)
        {
            affiliation = name;
            name = affiliations[0];
            shape = personShape == LabelShape.SingleWord ? LabelShape.NameWords : personShape;
        }

        // An office rather than a name ("Tellers for the Ayes") needs the evidence of a phrase unless a person is named with it.
        if (shape == LabelShape.NameWords && affiliation is null && Words(name).Any(w => w.All(char.IsLower) && Lexicon.FunctionWords.Contains(w)))
            shape = LabelShape.Phrase;
        var written = Spaces().Replace(text[..match.Length].TrimEnd().TrimEnd(':').TrimEnd(), " ");
        if (timeText is not null && written.StartsWith(timeText, StringComparison.Ordinal))
            written = written[timeText.Length..].TrimStart();
        return new SpeakerLabel(name, affiliation, time, timeText, match.Length, shape.Value) { Written = written, Person = person is { Length: > 0 } ? person : null };
    }

    /// <summary>A time such as <c>01:23</c>, <c>[00:01:23]</c> or <c>(1:02:03.5)</c>.</summary>
    public static TimeSpan? ParseTime(string text)
    {
        var match = TimePattern().Match(text.Trim());
        if (!match.Success)
            return null;
        var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var seconds = int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture);
        if (seconds > 59 || (match.Groups["h"].Success && minutes > 59))
            return null;
        var millis = match.Groups["f"].Success ? int.Parse(match.Groups["f"].Value.PadRight(3, '0'), CultureInfo.InvariantCulture) : 0;
        return new TimeSpan(0, hours, minutes, seconds, millis);
    }

    /// <summary>The words of a name without honorifics and punctuation, upper case: the key that aliases share.</summary>
    public static IReadOnlyList<string> CoreWords(string name)
    {
        var words = new List<string>();
        foreach (var word in Words(name))
        {
            var core = word.Trim('.', ',', '\'', '’').ToUpperInvariant();
            if (core.Length > 0)
                words.Add(core);
        }

        while (words.Count > 1 && (IsHonorific(words[0]) || Lexicon.Articles.Contains(words[0])))
            words.RemoveAt(0);
        if (words.Count > 1 && words[^1] is "TEMPORE" && words[^2] is "PRO")
            words.RemoveRange(words.Count - 2, 2);
        return words;
    }

    /// <summary>A title of office rather than a name: it starts with "The" or links its words with "of", "for", "and".</summary>
    private static bool IsOffice(string name)
    {
        var words = Words(name);
        return words.Length > 1 && (words[0] is "The" or "THE" || words.Any(w => w is "of" or "for" or "and"));
    }

    /// <summary>A label that names the chair or presiding officer (<c>The SPEAKER pro tempore</c>, <c>O SR. PRESIDENTE</c>, <c>主席</c>).</summary>
    public static bool IsChair(string name) => LabelMatchMemo.Remembered(LabelMatchMemo.Current?.Chairs, name, IsChairOnce);

    private static bool IsChairOnce(string name) => CoreWords(name) is [var core] && Lexicon.Chair.Contains(core);

    public static bool IsHonorific(string word) => IsHonorific(word.AsSpan());

    /// <inheritdoc cref="IsHonorific(string)"/>
    public static bool IsHonorific(ReadOnlySpan<char> word) => Honorifics.Contains(word.Trim(".,")) || word is "The" or "THE" or "the";

    /// <summary>The honorifics, looked up by span so that a word cut from a line is not copied to be looked up.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Honorifics = Lexicon.Honorifics.GetAlternateLookup<ReadOnlySpan<char>>();

    private static string[] Words(string name) => name.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>How a name is written; a document's lines repeat the same few names, so it is worked out once per name.</summary>
    private static LabelShape? ShapeOf(string name) => LabelMatchMemo.Remembered(LabelMatchMemo.Current?.Shapes, name, ShapeOfOnce);

    private static LabelShape? ShapeOfOnce(string name)
    {
        var words = Words(name);
        if (words.Length is 0 or > 12)
            return null;
        if (words.Length == 1 && name.Length <= 12 && name.All(c => char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c)))
            return Lexicon.NotSpeakers.Contains(name) ? null : LabelShape.Uncased;
        if (words.Length == 1 && name.Length > 1 && name.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C'))
            return null;
        if (words.Length == 1 && name.Length == 2 && char.IsUpper(name[0]) && char.IsAsciiDigit(name[1]))
            return LabelShape.UpperCase;
        if (words[0].Length > 0 && (Lexicon.NotSpeakers.Contains(words[0].TrimEnd('.', ',')) || Lexicon.NotSpeakers.Contains(name)) && !(words.Length > 1 && IsUpper(name)))
            return null;
        if (!char.IsLetter(words[0][0]))
            return null;

        // A name never ends with a particle or an article ("Sessão de: 16/09/2025" is a field).
        if (words.Length > 1 && words[^1].All(char.IsLower) && ((Lexicon.Particles.Contains(words[^1]) && words[^1].Length <= 3) || Lexicon.Articles.Contains(words[^1])))
            return null;

        // A trailing number is allowed ("Speaker 1"); other digits mean this is not a name.
        var last = words[^1];
        var body = last.All(char.IsDigit) && words.Length > 1 ? words[..^1] : words;
        var letters = last.TrimEnd(AsciiDigits);
        if (words.Length == 1 && letters.Length > 1 && letters.Length < last.Length && letters.All(char.IsLetter))
            body = [letters];
        if (body.Any(w => w.Any(char.IsDigit)))
            return null;
        if (body.Any(w => w.Any(c => !char.IsLetter(c) && c is not '.' and not '\'' and not '’' and not '-' and not ',' and not '&')))
            return null;

        if (IsUpper(name))
            return LabelShape.UpperCase;

        // Mixed case: every word capitalised, bar particles and honorific-led upper-case surnames ("Mr. LIMAN");
        // a capitalised word followed by one or two lower-case ones is a phrase ("Audience questioner").
        // An article and an honorific before a name ("El señor FREI", "De heer Hijink", "Präsident Dr. Norbert Lammert").
        var titled = body.SkipWhile(w => IsHonorific(w) || Lexicon.Articles.Contains(w)).ToArray();
        if (titled.Length > 0 && titled.Length < body.Length && char.IsUpper(titled[0][0]) && titled.Skip(1).All(w => Lexicon.Particles.Contains(w) || char.IsUpper(w[0])))
            return titled.All(IsUpper) ? LabelShape.UpperCase : LabelShape.NameWords;
        if (!char.IsUpper(body[0][0]))
            return null;
        if (body.Skip(1).Any(w => !Lexicon.Particles.Contains(w) && !IsHonorific(w) && !char.IsUpper(w[0])))
            return body.Length <= 3 && body.Skip(1).All(w => w.TrimEnd('.').All(char.IsLower)) ? LabelShape.Phrase : null;

        if (body.Where(w => !IsHonorific(w)).All(w => IsUpper(w)) && body.Any(IsHonorific))
            return LabelShape.UpperCase;
        return body.Length == 1 ? LabelShape.SingleWord : LabelShape.NameWords;
    }

    private static readonly char[] AsciiDigits = [.. "0123456789"];

    private static bool IsUpper(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
                continue;
            letters++;
            if (!char.IsUpper(c))
                return false;
        }

        return letters > 0;
    }
}

/// <summary>The label matches of one document, remembered while it is normalised: the census, the title check, the page
/// layout and the block builder each ask for the label at the start of the same lines, and the answer depends on the
/// line's text alone (the parser is a pure function of it). Scoped to one normalisation on one thread, so nothing is kept
/// between documents.</summary>
internal sealed class LabelMatchMemo : IDisposable
{
    [ThreadStatic]
    private static LabelMatchMemo? current;

    private readonly LabelMatchMemo? outer;

    private LabelMatchMemo()
    {
        outer = current;
        current = this;
    }

    /// <summary>The memo of the normalisation running on this thread, or null outside one.</summary>
    public static LabelMatchMemo? Current => current;

    /// <summary><see cref="SpeakerLabelParser.Match(string, ImmutableArray{Model.Inline})"/> by line text.</summary>
    public Dictionary<string, SpeakerLabel?> Any { get; } = new(StringComparer.Ordinal);

    /// <summary>Labels ending with a colon by line text.</summary>
    public Dictionary<string, SpeakerLabel?> Colon { get; } = new(StringComparer.Ordinal);

    /// <summary>The shape of each label name (<see cref="LabelShape"/>), by name.</summary>
    public Dictionary<string, LabelShape?> Shapes { get; } = new(StringComparer.Ordinal);

    /// <summary>Labels ending with a colon by the head <c>SpeakerLabelParser.LabelPattern</c> matched, looked up by span.</summary>
    public Dictionary<string, SpeakerLabel?>.AlternateLookup<ReadOnlySpan<char>> Heads { get; } =
        new Dictionary<string, SpeakerLabel?>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether each label name names the chair, by name.</summary>
    public Dictionary<string, bool> Chairs { get; } = new(StringComparer.Ordinal);

    /// <summary>The answer for <paramref name="key"/> kept in <paramref name="table"/> (a table of the running memo),
    /// worked out by <paramref name="compute"/> the first time; worked out every time when there is no table.</summary>
    public static TValue Remembered<TValue>(Dictionary<string, TValue>? table, string key, Func<string, TValue> compute) =>
        Remembered(table, key, compute, static (k, work) => work(k));

    /// <inheritdoc cref="Remembered{TValue}(Dictionary{string, TValue}?, string, Func{string, TValue})"/>
    public static TValue Remembered<TValue, TState>(Dictionary<string, TValue>? table, string key, TState state, Func<string, TState, TValue> compute)
    {
        if (table is null)
            return compute(key, state);
        if (table.TryGetValue(key, out var known))
            return known;
        // Not a ref into the table across the call: the computation may fill this table itself.
        var value = compute(key, state);
        table[key] = value;
        return value;
    }

    /// <summary>Starts remembering matches on this thread until the result is disposed.</summary>
    public static LabelMatchMemo Begin() => new();

    public void Dispose() => current = outer;
}
