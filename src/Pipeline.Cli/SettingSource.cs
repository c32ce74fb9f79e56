using System.CommandLine;
using System.CommandLine.Parsing;

namespace Pipeline.Cli;

/// <summary>Reads one option's value: the flag when it was given, else its environment variable, else the default.
/// A malformed value is a usage error that names where it came from.</summary>
internal sealed class SettingSource(ParseResult parse, Func<string, string?> variable)
{
    public string Text(Option<string?> option, string variableName, string fallback) =>
        Given(option) ? parse.GetValue(option) ?? fallback : Variable(variableName) ?? fallback;

    public string? OptionalText(Option<string?> option, string variableName) =>
        Given(option) ? parse.GetValue(option) : Variable(variableName);

    public bool Flag(Option<bool> option, string variableName)
    {
        if (Given(option))
            return parse.GetValue(option);
        return Variable(variableName)?.ToLowerInvariant() switch
        {
            null or "0" or "false" or "no" or "off" => false,
            "1" or "true" or "yes" or "on" => true,
            var other => throw new UsageException($"{variableName}={other}: expected true or false"),
        };
    }

    /// <summary>A whole number from the flag or the variable; either way a malformed one names where it came from.</summary>
    public int Integer(Option<string?> option, string variableName, int fallback)
    {
        var (text, origin) = Raw(option, variableName);
        if (text is null)
            return fallback;
        return int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"{origin}: expected a whole number, such as 4");
    }

    /// <summary>A number (a dot for decimals) from the flag or the variable.</summary>
    public double Number(Option<string?> option, string variableName, double fallback)
    {
        var (text, origin) = Raw(option, variableName);
        if (text is null)
            return fallback;
        return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new UsageException($"{origin}: expected a number of seconds, such as 30 or 2.5");
    }

    /// <summary>One of <paramref name="allowed"/>, ignoring case, from the flag or the variable (the same rule for both).</summary>
    public string Choice(Option<string?> option, string variableName, string fallback, params string[] allowed)
    {
        var (text, origin) = Raw(option, variableName);
        if (text is null)
            return fallback;
        return allowed.FirstOrDefault(a => a.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase))
               ?? throw new UsageException($"{origin}: expected {string.Join(" or ", allowed)}");
    }

    /// <summary>A BCP 47 language tag (<c>fr</c>, <c>pt-BR</c>) from the flag or the variable; null when neither is given.</summary>
    public string? LanguageTag(Option<string?> option, string variableName)
    {
        var (text, origin) = Raw(option, variableName);
        if (text is null)
            return null;
        var tag = text.Trim();
        return System.Text.RegularExpressions.Regex.IsMatch(tag, "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
            ? tag
            : throw new UsageException($"{origin}: expected a language tag, such as fr or pt-BR");
    }

    /// <summary>The text given and where it came from, as a message shows it (<c>--jobs abc</c>, <c>PIPELINE_JOBS=abc</c>).</summary>
    private (string? Text, string Origin) Raw(Option<string?> option, string variableName)
    {
        if (Given(option))
        {
            var value = parse.GetValue(option) ?? "";
            return (value, $"{option.Name} '{value}'");
        }

        var variable = Variable(variableName);
        return (variable, $"{variableName}={variable}");
    }

    /// <summary>An environment variable, with empty meaning unset (so <c>PIPELINE_X=</c> in a manifest does no harm).</summary>
    public string? Variable(string name) => variable(name) is { Length: > 0 } value ? value : null;

    private bool Given(Option option) => parse.GetResult(option) is { Implicit: false };
}
