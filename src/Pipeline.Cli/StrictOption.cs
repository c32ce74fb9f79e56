using System.CommandLine;
using Pipeline.Core.Diagnostics;

namespace Pipeline.Cli;

/// <summary><c>--strict</c> (every warning fails its document) or <c>--strict=PL016,PL020</c> (only diagnostics of
/// those codes do), or the same in <c>PIPELINE_STRICT</c> (<c>true</c>, <c>false</c> or codes).</summary>
internal static class StrictOption
{
    public static Option<string?> Create(string variableName) => new("--strict")
    {
        Description = $"Fail a document that has warnings; --strict=PL016,PL020 fails only one with diagnostics of those codes (docs/diagnostics.md). [env: {variableName}]",
        Arity = ArgumentArity.ZeroOrOne,
        CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
                return "";
            var token = result.Tokens[0].Value;
            if (Fits(token))
                return token;
            result.OnlyTake(0); // an input after a bare --strict
            return "";
        },
    };

    /// <summary>Null when not strict; an empty set when every warning fails a document; else the codes that do.
    /// An unknown code is a usage error that names it, with the nearest known code.</summary>
    public static IReadOnlySet<DiagnosticCode>? Read(ParseResult parse, Option<string?> option, SettingSource source, string variableName)
    {
        if (parse.GetResult(option) is { Implicit: false })
            return Parse(parse.GetValue(option) ?? "", "--strict");
        var value = source.Variable(variableName);
        return value is null ? null : Parse(value, $"{variableName}={value}");
    }

    /// <summary>Whether a token after <c>--strict</c> is its value: a yes/no word or codes (<c>PL016,PL020</c>, a
    /// digit in each), never a path such as <c>input/</c> or <c>plenary.txt</c>.</summary>
    private static bool Fits(string token) =>
        Yes(token) || No(token) || token.Split(',').All(part => part.Trim() is { Length: > 2 and <= 8 } code
            && code.StartsWith("PL", StringComparison.OrdinalIgnoreCase) && code.All(char.IsAsciiLetterOrDigit) && code.Any(char.IsAsciiDigit));

    private static IReadOnlySet<DiagnosticCode>? Parse(string text, string origin)
    {
        if (Yes(text))
            return new HashSet<DiagnosticCode>();
        if (No(text))
            return null;
        var codes = new HashSet<DiagnosticCode>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (DiagnosticCodes.Parse(part) is { } code)
            {
                codes.Add(code);
                continue;
            }

            if (!part.StartsWith("PL", StringComparison.OrdinalIgnoreCase))
                throw new UsageException($"{origin}: expected true, false or diagnostic codes such as PL016,PL020");
            var known = DiagnosticCodes.All.Select(DiagnosticCodes.Name);
            throw new UsageException($"{origin}: {CommandLineCheck.Unknown("diagnostic code", part, known)}; the codes are listed in docs/diagnostics.md");
        }

        return codes.Count > 0 ? codes : throw new UsageException($"{origin}: expected true, false or diagnostic codes such as PL016,PL020");
    }

    private static bool Yes(string text) => text.Trim().ToLowerInvariant() is "" or "1" or "true" or "yes" or "on";

    private static bool No(string text) => text.Trim().ToLowerInvariant() is "0" or "false" or "no" or "off";
}
