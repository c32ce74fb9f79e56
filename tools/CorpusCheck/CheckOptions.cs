namespace Pipeline.CorpusCheck;

/// <summary>The command line: <c>corpus-check [--schema FILE] [--floors FILE] [--readers a,b] [FOLDER…]</c>. Folders
/// default to <c>../shared/corpus</c> and <c>../shared/corpus-2</c>; a bare argument ending in <c>.rng</c> is the schema.</summary>
internal sealed record CheckOptions(IReadOnlyList<string> Folders, string Schema, string Floors, IReadOnlySet<string>? Readers)
{
    /// <summary>True when <c>PIPELINE_REQUIRE_CHECKS=1</c>: a check that cannot run (jing missing) is a failure, not a note.</summary>
    public static bool ChecksRequired => Environment.GetEnvironmentVariable("PIPELINE_REQUIRE_CHECKS")?.Trim() is "1" or "true" or "True" or "TRUE";

    public static CheckOptions? Parse(string[] args, TextWriter error)
    {
        var folders = new List<string>();
        string? schema = null;
        string? floors = null;
        HashSet<string>? readers = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "--schema" or "--floors" or "--readers")
            {
                if (i + 1 >= args.Length)
                {
                    error.WriteLine($"corpus-check: {arg} needs a value");
                    return null;
                }

                var value = args[++i];
                if (arg == "--schema")
                    schema = value;
                else if (arg == "--floors")
                    floors = value;
                else
                    readers = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                error.WriteLine($"corpus-check: unknown option '{arg}' (usage: corpus-check [--schema FILE] [--floors FILE] [--readers a,b] [FOLDER…])");
                return null;
            }
            else if (arg.EndsWith(".rng", StringComparison.OrdinalIgnoreCase))
            {
                schema = arg;
            }
            else
            {
                folders.Add(arg);
            }
        }

        if (folders.Count == 0)
            folders.AddRange([Path.Combine("..", "shared", "corpus"), Path.Combine("..", "shared", "corpus-2")]);
        schema ??= Path.Combine(folders[0], "..", "schemas", "tei_all.rng");
        floors ??= DefaultFloors();
        return new CheckOptions(folders, schema, floors, readers);
    }

    /// <summary>tools/CorpusCheck/floors.json in the working folder's repository, else the copy beside the program.</summary>
    private static string DefaultFloors()
    {
        var inRepo = Path.Combine("tools", "CorpusCheck", "floors.json");
        return File.Exists(inRepo) ? inRepo : Path.Combine(AppContext.BaseDirectory, "floors.json");
    }
}
