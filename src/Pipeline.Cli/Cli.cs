using System.CommandLine;
using Pipeline.Formats;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>The <c>pipeline</c> command, testable with string writers.</summary>
public static class Cli
{
    /// <summary>Runs the command line in the process's environment and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation = default) =>
        RunAsync(args, CliContext.ForProcess(stdout, stderr), cancellation);

    /// <summary>The real process: console streams, a progress bar on a terminal, and SIGINT/SIGTERM as a clean stop.</summary>
    public static async Task<int> RunFromConsoleAsync(string[] args)
    {
        using var signals = new ShutdownSignals();
        var isTerminal = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        var context = CliContext.ForProcess(Console.Out, Console.Error, isTerminal) with { StoppedExitCode = () => signals.ExitCode };
        return await RunAsync(args, context, signals.Token);
    }

    /// <summary>Runs the command line in <paramref name="context"/>; <paramref name="stop"/> stops a batch cleanly.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken stop = default)
    {
        var registry = BuiltInFormats.CreateRegistry();
        var messages = new CliMessages(context, CliMessages.FormatOf(args, context));
        if (args.Length == 0)
        {
            var defaults = ConvertCommand.DefaultArguments(context);
            if (defaults is null)
            {
                messages.Usage($"no arguments given and no '{ConvertCommand.DefaultInput}/' folder here", "Run 'pipeline --help' for usage.");
                return ExitCodes.Usage;
            }

            messages.Note($"Converting {(defaults.Length > 1 ? ConvertCommand.DefaultInput + "/" : "$" + EnvironmentNames.Input)} (see 'pipeline --help' for more).");
            args = defaults;
        }

        var root = new RootCommand(RootDescription(registry))
        {
            ConvertCommand.Create(registry, context, messages),
            InspectCommand.Create(registry, context, messages),
            FormatsCommand.Create(registry, context.Stdout),
        };
        args = StrictOption.Rewrite(args);
        if (CommandLineCheck.Problem(root, args) is { } problem)
        {
            messages.Usage(problem, $"Run 'pipeline {(args.FirstOrDefault(a => root.Subcommands.Any(c => c.Name == a)) is { } name ? name + " " : "")}--help' for usage.");
            return ExitCodes.Usage;
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                messages.Usage(error.Message);
            if (messages.Format == LogFormat.Text)
                context.Stderr.WriteLine("Run 'pipeline --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            // ProcessTerminationTimeout = null: signals are ours to handle (ShutdownSignals), not System.CommandLine's.
            var configuration = new InvocationConfiguration { Output = context.Stdout, Error = context.Stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await parsed.InvokeAsync(configuration, stop);
        }
        catch (Exception ex) when (ex is UsageException or UnknownFormatException or UnsafePathsException)
        {
            messages.Usage(ex.Message);
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OutputFolderBusyException)
        {
            // Reached only when the run's own files (lock, manifest, report) cannot be written, or another run holds
            // the output folder; documents fail one by one.
            messages.Error(ex.Message);
            return ExitCodes.SomeFailed;
        }
        catch (Exception ex)
        {
            // A bug: a named error and exit 1, never a crash (the convert run has already written its report).
            messages.Error($"internal error: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.SomeFailed;
        }
    }

    /// <summary>The root help's first paragraph, listing the registered readers and writers (never out of date).</summary>
    internal static string RootDescription(FormatRegistry registry) =>
        $"pipeline: converts spoken-word transcripts ({string.Join(", ", registry.Readers.Select(r => r.Name))}) into "
        + $"{string.Join(", ", registry.Writers.Select(w => w.Name))}, knowing who speaks.\n\n"
        + "With no arguments, converts input/ to output/ in every format. 'pipeline formats' lists the formats with their file endings.";
}

/// <summary>The exit codes, decided here and nowhere else.</summary>
public static class ExitCodes
{
    /// <summary>Every document converted (or was already up to date).</summary>
    public const int Success = 0;

    /// <summary>At least one document failed, or the batch stopped because output writes kept failing.</summary>
    public const int SomeFailed = 1;

    /// <summary>Bad usage: unknown option or format, missing input, malformed environment variable.</summary>
    public const int Usage = 2;

    /// <summary>Stopped by SIGINT (Ctrl+C): 128 + 2.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM (e.g. a container being shut down): 128 + 15.</summary>
    public const int Terminated = 143;
}

/// <summary>A command line that cannot be carried out as written.</summary>
public sealed class UsageException(string message) : Exception(message);
