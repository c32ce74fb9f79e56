using System.Text;
using System.Text.Json;
using Pipeline.Cli;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Cli;

/// <summary>Issue #15: the habits a new user brings (pandoc's -o, -, --from; a mistyped option) and the messages
/// they get back.</summary>
public sealed class NewcomerCliTests
{
    private const string Good = "A title\n\nANNA LEE: Hello there.\n\nBEN OKAFOR: Hi, thanks for having me.\n";

    private readonly string folder = RepoPaths.NewTempFolder();

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Runs in-process with standard input and a byte standard output.</summary>
    private static async Task<(int Code, string Out, string Err, byte[] Bytes)> RunWithStreams(byte[] stdin, bool terminal, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var bytes = new MemoryStream();
        var context = new CliContext(stdout, stderr, _ => null, terminal) { OpenStdin = () => new MemoryStream(stdin), OpenStdout = () => bytes };
        var code = await Pipeline.Cli.Cli.RunAsync(args, context, TestContext.Current.CancellationToken);
        return (code, stdout.ToString(), stderr.ToString(), bytes.ToArray());
    }

    [Theory]
    [InlineData("--stirct", "--strict")]
    [InlineData("--ouptut", "--output")]
    [InlineData("--dry-run", null)]
    [InlineData("--verbsoe", "--verbose")]
    public async Task Unknown_option_is_exit_2_naming_it_and_the_nearest(string given, string? nearest)
    {
        var input = Write("a.txt", Good);
        var (code, stdout, stderr) = await CliRunner.Run("convert", input, given, "--out", Path.Combine(folder, "out"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", stdout);
        var expected = nearest is null ? $"unknown option '{given}'" : $"unknown option '{given}' (did you mean '{nearest}'?)";
        Assert.StartsWith($"pipeline: {expected}\n", stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("not found", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "out")));
    }

    [Fact]
    public async Task Unknown_command_and_inspect_option_are_exit_2_with_a_suggestion()
    {
        var (code, _, stderr) = await CliRunner.Run("convrt", "input");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("unknown command 'convrt' (did you mean 'convert'?)", stderr, StringComparison.Ordinal);
        (code, _, stderr) = await CliRunner.Run("inspect", Write("a.txt", Good), "--jsn");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("unknown option '--jsn' (did you mean '--json'?)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Option_values_that_look_like_options_are_values()
    {
        // '-' after -o is standard output and '--timeout' takes its value even when it starts with a dash.
        var (code, _, stderr) = await CliRunner.Run("convert", Write("a.txt", Good), "--timeout", "-1", "--out", Path.Combine(folder, "out"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("timeout -1", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown option", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--jobs", "abc", "--jobs 'abc': expected a whole number")]
    [InlineData("--timeout", "soon", "--timeout 'soon': expected a number of seconds")]
    [InlineData("--page-size", "legal", "--page-size 'legal': expected A4 or Letter")]
    [InlineData("--log-format", "xml", "--log-format 'xml': expected text or json")]
    public async Task A_value_of_the_wrong_kind_names_the_option_and_the_kind_in_words(string option, string value, string message)
    {
        var (code, _, stderr) = await CliRunner.Run("convert", Write("a.txt", Good), option, value, "--out", Path.Combine(folder, "out"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choices_ignore_case_on_the_command_line_as_in_the_environment()
    {
        var input = Write("a.txt", Good);
        var (code, stdout, stderr) = await CliRunner.Run("convert", input, "--page-size", "letter", "--log-format", "JSON", "--to", "md", "--out", Path.Combine(folder, "flag"));
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", stderr);
        Assert.All(Lines(stdout), line => JsonDocument.Parse(line).Dispose());
        var environment = new Dictionary<string, string> { ["PIPELINE_PAGE_SIZE"] = "letter", ["PIPELINE_LOG_FORMAT"] = "JSON" };
        (code, stdout, _) = await CliRunner.Run(environment, "convert", input, "--to", "md", "--out", Path.Combine(folder, "env"));
        Assert.Equal(ExitCodes.Success, code);
        Assert.All(Lines(stdout), line => JsonDocument.Parse(line).Dispose());
        (code, _, stderr) = await CliRunner.Run(new Dictionary<string, string> { ["PIPELINE_JOBS"] = "many" }, "convert", input, "--out", Path.Combine(folder, "env"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("PIPELINE_JOBS=many: expected a whole number", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sidecar_errors_name_the_field_not_the_dotnet_member()
    {
        var input = Write("talk.txt", Good);
        Write("talk.meta.json", "{ \"titel\": \"A talk\" }");
        var (code, _, stderr) = await CliRunner.Run("inspect", input);
        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Contains("unknown field 'titel' (known fields: title,", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(".NET", stderr, StringComparison.Ordinal);
        Write("talk.meta.json", "{ \"speakers\": [ { \"name\": \"Anna Lee\", \"aliases\": \"AL\" } ] }");
        (code, _, stderr) = await CliRunner.Run("inspect", input);
        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Contains("field 'speakers[0].aliases' has the wrong kind of value: expected a list of texts", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dash_o_with_a_known_ending_writes_that_one_file()
    {
        var input = Write("seed.txt", Good);
        var pdf = Path.Combine(folder, "one.pdf");
        var (code, stdout, stderr) = await CliRunner.Run("convert", input, "-o", pdf);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", stderr);
        Assert.Contains("one.pdf", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(pdf), "a file, not a folder");
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(pdf)[..5]);
        Assert.Equal(["one.pdf", "seed.txt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var tei = Path.Combine(folder, "nested", "seed.tei.xml");
        (code, _, _) = await CliRunner.Run("convert", input, "--output", tei);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("<TEI", File.ReadAllText(tei), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_inputs_to_one_file_and_an_output_over_its_input_are_usage_errors()
    {
        var a = Write("a.txt", Good);
        var b = Write("b.txt", Good);
        var (code, _, stderr) = await CliRunner.Run("convert", a, b, "-o", Path.Combine(folder, "both.md"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("writes one file, but 2 inputs were given", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "both.md")));

        var markdown = Write("talk.md", "# Talk\n\n**ANNA LEE:** Hello.\n");
        (code, _, stderr) = await CliRunner.Run("convert", markdown, "-o", markdown);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("overwrite", stderr, StringComparison.Ordinal);
        Assert.Equal("# Talk\n\n**ANNA LEE:** Hello.\n", File.ReadAllText(markdown));
    }

    [Fact]
    public async Task Dash_reads_stdin_and_dash_o_dash_writes_stdout()
    {
        var (code, stdout, stderr, _) = await RunWithStreams(Encoding.UTF8.GetBytes(Good), false, "convert", "-", "--to", "md", "-o", "-");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", stderr);
        Assert.Contains("**Anna Lee:** Hello there.", stdout, StringComparison.Ordinal);

        // Sniffed: a WebVTT file on standard input needs no --from.
        (code, stdout, _, _) = await RunWithStreams(Encoding.UTF8.GetBytes("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Anna Lee>Hello there.\n"), false, "convert", "-", "--to", "md");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Hello there.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_binary_format_goes_to_a_pipe_as_bytes_but_never_to_a_terminal()
    {
        var stdin = Encoding.UTF8.GetBytes(Good);
        var (code, stdout, stderr, bytes) = await RunWithStreams(stdin, terminal: true, "convert", "-", "--to", "pdf", "-o", "-");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("binary format and standard output is a terminal", stderr, StringComparison.Ordinal);
        Assert.Empty(bytes);
        Assert.Equal("", stdout);
        (code, _, _, bytes) = await RunWithStreams(stdin, terminal: false, "convert", "-", "--to", "pdf", "-o", "-");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
    }

    [Fact]
    public async Task From_overrides_the_ending()
    {
        var log = Write("interview.log", Good);
        var (code, _, stderr) = await CliRunner.Run("convert", log, "--from", "text", "-o", Path.Combine(folder, "interview.md"));
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", stderr);
        Assert.Contains("**Anna Lee:** Hello there.", File.ReadAllText(Path.Combine(folder, "interview.md")), StringComparison.Ordinal);

        // In folder mode too (the name ignoring case): an .html file is read by the text reader.
        Write("in/page.html", "<p>ANNA LEE: Hello there.</p>\n");
        string stdout;
        (code, stdout, _) = await CliRunner.Run("convert", Path.Combine(folder, "in"), "--from", "TEXT", "--to", "md", "--out", Path.Combine(folder, "out"), "-v");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("page.html (read as text) →", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "out", "page.md")));

        (code, _, stderr) = await CliRunner.Run("convert", log, "--from", "word", "-o", Path.Combine(folder, "x.md"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("unknown input format 'word'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiet_prints_only_the_summary_and_verbose_names_the_reader()
    {
        Write("in/a.txt", Good);
        var (code, stdout, _) = await CliRunner.Run("convert", Path.Combine(folder, "in"), "--to", "md", "--out", Path.Combine(folder, "q"), "-q");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Single(Lines(stdout));
        Assert.StartsWith("1 converted", stdout, StringComparison.Ordinal);
        (code, stdout, _) = await CliRunner.Run("convert", Path.Combine(folder, "in"), "--to", "md", "--out", Path.Combine(folder, "v"), "--verbose");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("a.txt (read as text) →", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_folder_that_is_a_file_is_one_usage_error_before_anything_is_read()
    {
        Write("in/a.txt", Good);
        Write("in/b.txt", Good);
        var blocker = Write("taken", "a regular file");
        foreach (var output in new[] { blocker, Path.Combine(blocker, "out") })
        {
            var (code, stdout, stderr) = await CliRunner.Run("convert", Path.Combine(folder, "in"), "--out", output, "--to", "md");
            Assert.Equal(ExitCodes.Usage, code);
            Assert.Equal("", stdout);
            var lines = Lines(stderr);
            Assert.InRange(lines.Count, 1, 3);
            Assert.Contains(output, lines[0], StringComparison.Ordinal);
            Assert.Contains("is a file", lines[0], StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        }

        Assert.Equal("a regular file", File.ReadAllText(blocker));
    }

    [Fact]
    public async Task Nothing_to_convert_is_exit_0_with_one_line_unless_fail_if_empty()
    {
        var empty = Path.Combine(folder, "empty");
        Directory.CreateDirectory(empty);
        var (code, stdout, stderr) = await CliRunner.Run("convert", empty, "--out", Path.Combine(folder, "out"));
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", stderr);
        Assert.Single(Lines(stdout));
        Assert.Contains("nothing to convert", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "out")));
        (code, _, stderr) = await CliRunner.Run("convert", empty, "--out", Path.Combine(folder, "out"), "--fail-if-empty");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("nothing to convert", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_json_logs_every_line_on_both_streams_is_one_json_object()
    {
        Write("in/a.txt", Good);
        Write("in/bad.txt", "");
        var json = new Dictionary<string, string> { ["PIPELINE_LOG_FORMAT"] = "json" };
        var runs = new List<(int Code, string Out, string Err)>
        {
            await CliRunner.Run(json, "convert", Path.Combine(folder, "in"), "--to", "md", "--out", Path.Combine(folder, "out")),
            await CliRunner.Run(json, "convert", Path.Combine(folder, "in"), "--stirct"),
            await CliRunner.Run("convert", Path.Combine(folder, "in"), "--log-format", "json", "--out", Write("file", "x")),
            await CliRunner.Run(json, "convert", Path.Combine(folder, "missing")),
            await CliRunner.Run(json, "inspect", Path.Combine(folder, "in", "bad.txt")),
            await CliRunner.Run(json),
        };

        Assert.Contains(runs, r => r.Code == ExitCodes.SomeFailed);
        Assert.Contains(runs, r => r.Code == ExitCodes.Usage);
        foreach (var (_, stdout, stderr) in runs)
        {
            foreach (var line in Lines(stdout).Concat(Lines(stderr)))
            {
                using var parsed = JsonDocument.Parse(line);
                Assert.True(parsed.RootElement.TryGetProperty("level", out _), line);
            }
        }
    }

    [Fact]
    public async Task Inspect_json_on_several_files_prints_json_lines()
    {
        var a = Write("a.txt", Good);
        var b = Write("b.txt", Good.Replace("Hello", "Good morning", StringComparison.Ordinal));
        var (code, stdout, _) = await CliRunner.Run("inspect", "--json", a, b);
        Assert.Equal(ExitCodes.Success, code);
        var lines = Lines(stdout);
        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => Assert.Equal("turn", JsonDocument.Parse(line).RootElement.GetProperty("blocks")[0].GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Root_help_names_every_registered_reader()
    {
        var (code, stdout, _) = await CliRunner.Run("--help");
        Assert.Equal(ExitCodes.Success, code);
        foreach (var reader in Pipeline.Formats.BuiltInFormats.CreateRegistry().Readers)
            Assert.Contains(reader.Name, stdout, StringComparison.Ordinal);
    }

    private static List<string> Lines(string text) => [.. text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries)];
}
