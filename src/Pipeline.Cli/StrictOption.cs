using System.CommandLine;

namespace Pipeline.Cli;

/// <summary><c>--strict</c> (every warning fails its document) or <c>--strict=PL016,PL020</c> (only diagnostics of
/// those codes do), or the same in <c>PIPELINE_STRICT</c> (<c>true</c>, <c>false</c> or codes).</summary>
internal static class StrictOption
{
    /// <summary>Where the codes go after <see cref="Rewrite"/>: hidden, so help and the README show only <c>--strict</c>.</summary>
    public const string CodesName = "--strict-codes";

    public static Option<bool> Create(string variableName) => new("--strict")
    {
        Description = $"Fail a document that has warnings; --strict=PL016,PL020 fails only one with diagnostics of those codes (docs/diagnostics.md). [env: {variableName}]",
    };

    public static Option<string?> CreateCodes() => new(CodesName) { Hidden = true };

    /// <summary>The arguments with <c>--strict=CODES</c> (or <c>--strict CODES</c>) spelled <c>--strict --strict-codes
    /// CODES</c>: the parser takes a value after an option greedily, so a bare <c>--strict</c> before an input would
    /// swallow it; here a value is taken only when it looks like codes.</summary>
    public static string[] Rewrite(string[] args)
    {
        var result = new List<string>(args.Length + 2);
        for (var i = 0; i < args.Length; i++)
        {
            var token = args[i];
            if (token == "--")
            {
                result.AddRange(args[i..]);
                break;
            }

            if (token.StartsWith("--strict=", StringComparison.Ordinal) && token["--strict=".Length..] is var value && !Yes(value) && !No(value))
                result.AddRange(["--strict", CodesName, value]);
            else if (token == "--strict" && i + 1 < args.Length && LooksLikeCodes(args[i + 1]))
                result.AddRange(["--strict", CodesName, args[++i]]);
            else
                result.Add(token);
        }

        return [.. result];
    }

    /// <summary>Null when not strict; an empty set when every warning fails a document; else the codes that do.
    /// An unknown code is a usage error that names it, with the nearest known code.</summary>
    public static IReadOnlySet<DiagnosticCode>? Read(ParseResult parse, Option<bool> strict, Option<string?> codes, SettingSource source, string variableName)
    {
        if (parse.GetResult(codes) is { Implicit: false })
            return Parse(parse.GetValue(codes) ?? "", "--strict");
        if (parse.GetResult(strict) is { Implicit: false })
            return parse.GetValue(strict) ? new HashSet<DiagnosticCode>() : null;
        var value = source.Variable(variableName);
        return value is null ? null : Parse(value, $"{variableName}={value}");
    }

    /// <summary>Whether a token after a bare <c>--strict</c> is its value: codes (<c>PL016,PL020</c>, a digit in each),
    /// never a path such as <c>input/</c> or <c>plenary.txt</c>.</summary>
    private static bool LooksLikeCodes(string token) =>
        token.Split(',').All(part => part.Trim() is { Length: > 2 and <= 8 } code
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
