using System.CommandLine;

namespace Pipeline.Cli;

/// <summary>Finds a mistyped command or option before parsing, so <c>convert input --stirct</c> is reported as an
/// unknown option (with the nearest known one) instead of as a missing input named <c>--stirct</c>.</summary>
internal static class CommandLineCheck
{
    /// <summary>The problem with <paramref name="args"/>, or null when every command and option is known.</summary>
    public static string? Problem(RootCommand root, IReadOnlyList<string> args)
    {
        Command command = root;
        var commandChosen = false;
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (token == "--")
                return null; // everything after is an argument
            if (token.Length > 1 && token[0] == '-')
            {
                var name = token.Split('=', 2)[0];
                var option = OptionsOf(root, command).FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));
                if (option is null)
                    return Unknown("option", name, OptionsOf(root, command).SelectMany(o => o.Aliases.Append(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)));
                if (option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool) && !token.Contains('=', StringComparison.Ordinal))
                    i++; // its value, whatever it looks like ('-', '-1')
                continue;
            }

            if (commandChosen)
                continue;
            var sub = command.Subcommands.FirstOrDefault(c => c.Name == token || c.Aliases.Contains(token));
            if (sub is not null)
            {
                command = sub;
                commandChosen = true;
                continue;
            }

            if (command == root)
                return Unknown("command", token, root.Subcommands.Select(c => c.Name));
            commandChosen = true;
        }

        return null;
    }

    private static IEnumerable<Option> OptionsOf(RootCommand root, Command command) =>
        command == root ? root.Options : command.Options.Concat(root.Options.Where(o => o.Recursive));

    /// <summary><c>unknown option '--stirct' (did you mean '--strict'?)</c>; without the question when nothing is near.</summary>
    internal static string Unknown(string kind, string given, IEnumerable<string> known)
    {
        var nearest = known.Distinct()
            .Select(k => (Name: k, Distance: Distance(given.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(k => k.Distance <= Math.Max(2, given.Length / 3))
            .OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal)
            .Select(k => k.Name)
            .FirstOrDefault();
        return nearest is null ? $"unknown {kind} '{given}'" : $"unknown {kind} '{given}' (did you mean '{nearest}'?)";
    }

    /// <summary>Edit distance with adjacent transpositions (<c>--stirct</c> is one edit from <c>--strict</c>).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }

        return d[a.Length, b.Length];
    }
}
