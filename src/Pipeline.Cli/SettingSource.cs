using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

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

    public int Integer(Option<int?> option, string variableName, int fallback)
    {
        if (Given(option))
            return parse.GetValue(option) ?? fallback;
        var text = Variable(variableName);
        if (text is null)
            return fallback;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"{variableName}={text}: expected a whole number");
    }

    public double Number(Option<double?> option, string variableName, double fallback)
    {
        if (Given(option))
            return parse.GetValue(option) ?? fallback;
        var text = Variable(variableName);
        if (text is null)
            return fallback;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"{variableName}={text}: expected a number");
    }

    /// <summary>An environment variable, with empty meaning unset (so <c>PIPELINE_X=</c> in a manifest does no harm).</summary>
    public string? Variable(string name) => variable(name) is { Length: > 0 } value ? value : null;

    private bool Given(Option option) => parse.GetResult(option) is { Implicit: false };
}
