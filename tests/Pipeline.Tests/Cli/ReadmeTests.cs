using System.Text.RegularExpressions;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Cli;

/// <summary>Issue #15: the README a newcomer reads first stays short and says what the command really does.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    [GeneratedRegex(@"(?<![\w-])--[a-z][a-z-]+", RegexOptions.CultureInvariant)]
    private static partial Regex LongOption();

    [GeneratedRegex(@"(?<![\w-])-[a-z](?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex ShortOption();

    [Fact]
    public void Readme_is_at_most_12_KB_and_shows_how_to_pass_arguments()
    {
        Assert.InRange(new FileInfo(Path.Combine(RepoPaths.Root, "README.md")).Length, 1, 12 * 1024);
        Assert.Contains("dotnet run --project src/Pipeline.Cli -- ", Readme, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install --global --add-source artifacts/package Pipeline.Cli", Readme, StringComparison.Ordinal);
        Assert.Contains("--user \"$(id -u):$(id -g)\"", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readme_synopsis_and_convert_help_name_the_same_options()
    {
        var synopsis = Synopsis();
        var (code, help, _) = await CliRunner.Run("convert", "--help");
        Assert.Equal(0, code);
        var fromHelp = Options(help).Where(o => o is not ("-h" or "-?" or "--help")).ToHashSet(StringComparer.Ordinal);
        var fromReadme = Options(synopsis.Split("pipeline inspect", 2)[0]).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(fromHelp.Order(StringComparer.Ordinal), fromReadme.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Readme_commands_are_the_cli_commands_and_run()
    {
        var (_, help, _) = await CliRunner.Run("--help");
        var commandSection = help[help.IndexOf("Commands:", StringComparison.Ordinal)..];
        var commands = Regex.Matches(commandSection, @"(?m)^\s{2}(\w+)\s").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["convert", "formats", "inspect"], commands.Order(StringComparer.Ordinal));
        var synopsis = Synopsis();
        Assert.All(commands, c => Assert.Contains($"pipeline {c}", synopsis, StringComparison.Ordinal));

        // Every 'pipeline …' example line in the README parses: no unknown command or option.
        foreach (var line in Readme.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("pipeline convert ", StringComparison.Ordinal) && !l.Contains('…', StringComparison.Ordinal)))
        {
            var args = line[(line.IndexOf("pipeline convert ", StringComparison.Ordinal) + "pipeline ".Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(a => a != "#").ToArray();
            var (_, _, err) = await CliRunner.Run([.. args, "--out", "-", "--help"]);
            Assert.DoesNotContain("unknown", err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Input_has_one_sample_per_reader()
    {
        var registry = Pipeline.Formats.BuiltInFormats.CreateRegistry();
        var samples = RepoPaths.InputSamples().ToList();
        foreach (var reader in registry.Readers)
        {
            Assert.Contains(samples, s =>
            {
                var head = File.ReadAllBytes(s);
                return registry.FindReader(s, head.AsSpan(0, Math.Min(head.Length, 4096)))?.Name == reader.Name;
            });
        }
    }

    private static string Synopsis()
    {
        var start = Readme.IndexOf("\npipeline  ", StringComparison.Ordinal);
        Assert.True(start >= 0, "the README has a synopsis block starting with 'pipeline'");
        var end = Readme.IndexOf("```", start, StringComparison.Ordinal);
        return Readme[start..end];
    }

    private static IEnumerable<string> Options(string text) =>
        LongOption().Matches(text).Select(m => m.Value).Concat(ShortOption().Matches(text).Select(m => m.Value));
}
