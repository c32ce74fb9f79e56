namespace Pipeline.Cli;

/// <summary>What the command line runs in: its output streams, its environment variables, whether a person is
/// watching a terminal, and the exit code a stop request stands for. Injectable, so tests run the CLI in-process.</summary>
/// <param name="Variable">Reads an environment variable (null when unset).</param>
/// <param name="IsTerminal">Standard output is an interactive terminal: show a progress bar.</param>
public sealed record CliContext(TextWriter Stdout, TextWriter Stderr, Func<string, string?> Variable, bool IsTerminal = false)
{
    /// <summary>The exit code when the run was stopped (SIGINT unless the console host knows better).</summary>
    public Func<int> StoppedExitCode { get; init; } = () => ExitCodes.Interrupted;

    /// <summary>Opens standard input as bytes (for the input <c>-</c>); null where there is none.</summary>
    public Func<Stream>? OpenStdin { get; init; }

    /// <summary>Opens standard output as bytes (for a binary format written to <c>-o -</c>); null where there is none.</summary>
    public Func<Stream>? OpenStdout { get; init; }

    /// <summary>The process's real environment.</summary>
    public static CliContext ForProcess(TextWriter stdout, TextWriter stderr, bool isTerminal = false) =>
        new(stdout, stderr, Environment.GetEnvironmentVariable, isTerminal)
        {
            OpenStdin = Console.OpenStandardInput,
            OpenStdout = Console.OpenStandardOutput,
        };

    /// <summary>Whether GitHub Actions runs us, so problems also go out as workflow annotations.</summary>
    public bool InGitHubActions => string.Equals(Variable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);
}
