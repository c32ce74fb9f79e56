using System.Collections.Frozen;
using System.Text.Json;

namespace Pipeline.Formats.Writers.Interface;

/// <summary>The words the writers add themselves (the participants heading, roles, "page X of Y", "paraphrased", the
/// footnote heading, "continued", the untitled fallback), in one language. The words are data: one embedded JSON file per
/// language under <c>Writers/Interface/Words/</c>; a word a language's file lacks comes from English.</summary>
/// <remarks>The language is <see cref="Pipeline.Core.Plugins.WriterOptions.UiLanguage"/> when given (<c>--ui-language</c>),
/// else the document's language; only the primary subtag counts (<c>fr-CA</c> → <c>fr</c>), and a language without a file
/// gets English.</remarks>
public sealed class InterfaceWords
{
    /// <summary>The language every other falls back to.</summary>
    public const string DefaultLanguage = "en";

    private const string ResourcePrefix = "Pipeline.Formats.Writers.Interface.Words.";

    private static readonly Lazy<FrozenDictionary<string, InterfaceWords>> All = new(Load);

    private static readonly FrozenSet<string> RoleKeys =
        FrozenSet.ToFrozenSet(["interviewer", "interviewee", "moderator", "questioner", "respondent", "speaker", "chair"], StringComparer.Ordinal);

    private readonly FrozenDictionary<string, string> words;

    private InterfaceWords(string language, FrozenDictionary<string, string> words)
    {
        Language = language;
        this.words = words;
    }

    /// <summary>The language these words are in (a primary subtag such as <c>fr</c>).</summary>
    public string Language { get; }

    /// <summary>The languages that have a word file.</summary>
    public static IReadOnlyCollection<string> Languages => All.Value.Keys;

    /// <summary>English.</summary>
    public static InterfaceWords English => All.Value[DefaultLanguage];

    /// <summary>Heading of the participant list.</summary>
    public string Participants => this["participants"];

    /// <summary>Marks a participant that is a group speaking together.</summary>
    public string Group => this["group"];

    /// <summary>After the label of a turn the editor paraphrased.</summary>
    public string Paraphrased => this["paraphrased"];

    /// <summary>Heading of the footnotes.</summary>
    public string Notes => this["notes"];

    /// <summary>Marks a turn or note continued from the previous page.</summary>
    public string Continued => this["continued"];

    /// <summary>The title of a document with no title and nothing to derive one from.</summary>
    public string Untitled => this["untitled"];

    /// <summary>Heading of the front matter when it holds no participant list.</summary>
    public string Introduction => this["introduction"];

    /// <summary>Heading of the speech before the first section, when the front matter also has a heading of its own.</summary>
    public string Transcript => this["transcript"];

    /// <summary>Introduces the footnotes no marker in the text refers to.</summary>
    public string UnreferencedNotes => this["unreferencedNotes"];

    /// <summary>Heading of a transcript's word index, when it is written (<c>--keep-index</c>).</summary>
    public string Index => this["index"];

    /// <summary>The word with this key; English when this language lacks it.</summary>
    public string this[string key] =>
        words.TryGetValue(key, out var word) ? word
        : All.Value[DefaultLanguage].words.TryGetValue(key, out var english) ? english
        : throw new KeyNotFoundException($"No interface word '{key}'.");

    /// <summary>The words for a document: <paramref name="uiLanguage"/> when given, else <paramref name="documentLanguage"/>;
    /// English when neither has a word file.</summary>
    public static InterfaceWords For(string? documentLanguage, string? uiLanguage = null) =>
        Find(uiLanguage) ?? Find(documentLanguage) ?? English;

    /// <summary>A role from the model (<c>interviewer</c>) in this language; a role without a word is shown as it is.</summary>
    public string Role(string role)
    {
        var key = role.Trim().ToLowerInvariant();
        if (!RoleKeys.Contains(key))
            return role;
        return words.TryGetValue(key, out var word) || English.words.TryGetValue(key, out word) ? word : role;
    }

    /// <summary>"Page 3 of 12" in this language.</summary>
    public string PageOf(int page, int pages)
    {
        var (before, between, after) = PageOfParts();
        return before + page.ToString(CultureInfo.InvariantCulture) + between + pages.ToString(CultureInfo.InvariantCulture) + after;
    }

    /// <summary>The text before the page number, between it and the page count, and after the count (for fields that
    /// fill in the numbers, as in a DOCX footer).</summary>
    public (string Before, string Between, string After) PageOfParts()
    {
        const string page = "{page}";
        const string pages = "{pages}";
        var template = this["pageOf"];
        var first = template.IndexOf(page, StringComparison.Ordinal);
        var second = template.IndexOf(pages, StringComparison.Ordinal);
        if (first < 0 || second < first + page.Length)
            template = English["pageOf"];
        first = template.IndexOf(page, StringComparison.Ordinal);
        second = template.IndexOf(pages, StringComparison.Ordinal);
        return (template[..first], template[(first + page.Length)..second], template[(second + pages.Length)..]);
    }

    private static InterfaceWords? Find(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
            return null;
        var primary = language.Trim().Replace('_', '-').Split('-')[0].ToLowerInvariant();
        return All.Value.GetValueOrDefault(primary);
    }

    private static FrozenDictionary<string, InterfaceWords> Load()
    {
        var assembly = typeof(InterfaceWords).Assembly;
        var all = new Dictionary<string, InterfaceWords>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            var language = name[ResourcePrefix.Length..^".json".Length];
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Resource '{name}' cannot be opened.");
            var map = JsonSerializer.Deserialize(stream, InterfaceWordsJsonContext.Default.DictionaryStringString)
                ?? throw new InvalidOperationException($"Resource '{name}' holds no words.");
            all[language] = new InterfaceWords(language, map.ToFrozenDictionary(StringComparer.Ordinal));
        }

        if (!all.ContainsKey(DefaultLanguage))
            throw new InvalidOperationException("The English interface words are missing.");
        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
