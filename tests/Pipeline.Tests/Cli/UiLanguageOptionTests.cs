using Pipeline.Cli;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Cli;

/// <summary>Issue #14 item 3: <c>--ui-language</c> and <c>PIPELINE_UI_LANGUAGE</c> choose the words the writers add.</summary>
public sealed class UiLanguageOptionTests
{
    private readonly string folder = RepoPaths.NewTempFolder();

    private string Input()
    {
        var input = Path.Combine(folder, "talk.txt");
        File.WriteAllText(input, BatchFixtures.Transcript);
        return input;
    }

    [Fact]
    public async Task Flag_sets_the_interface_language_of_the_output()
    {
        var output = Path.Combine(folder, "out");

        var (code, _, _) = await CliRunner.Run("convert", Input(), "--out", output, "--to", "md", "--ui-language", "es");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("# Participantes {#front-matter .unnumbered}", File.ReadAllText(Path.Combine(output, "talk.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Variable_sets_it_and_the_flag_wins_over_the_variable()
    {
        var fromVariable = Path.Combine(folder, "env");
        var fromFlag = Path.Combine(folder, "flag");
        var environment = new Dictionary<string, string> { ["PIPELINE_UI_LANGUAGE"] = "nl" };

        var (code, _, _) = await CliRunner.Run(environment, "convert", Input(), "--out", fromVariable, "--to", "md");
        var (flagCode, _, _) = await CliRunner.Run(environment, "convert", Input(), "--out", fromFlag, "--to", "md", "--ui-language", "pl");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(ExitCodes.Success, flagCode);
        Assert.Contains("# Deelnemers {", File.ReadAllText(Path.Combine(fromVariable, "talk.md")), StringComparison.Ordinal);
        Assert.Contains("# Uczestnicy {", File.ReadAllText(Path.Combine(fromFlag, "talk.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_interface_language_reconverts_an_unchanged_input()
    {
        var output = Path.Combine(folder, "out");
        await CliRunner.Run("convert", Input(), "--out", output, "--to", "md");

        var (code, stdout, _) = await CliRunner.Run("convert", Input(), "--out", output, "--to", "md", "--ui-language", "it");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("1 converted", stdout, StringComparison.Ordinal);
        Assert.Contains("# Partecipanti {", File.ReadAllText(Path.Combine(output, "talk.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--ui-language", "french!")]
    [InlineData("--ui-language", "")]
    public async Task A_value_that_is_not_a_language_tag_is_a_usage_error(string flag, string value)
    {
        var (code, _, stderr) = await CliRunner.Run("convert", Input(), "--out", Path.Combine(folder, "out"), flag, value);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("language tag", stderr, StringComparison.Ordinal);
    }
}
