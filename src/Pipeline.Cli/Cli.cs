using System.CommandLine;
using Pipeline.Core.Plugins;
using Pipeline.Formats;

namespace Pipeline.Cli;

/// <summary>The <c>pipeline</c> command, testable with string writers.</summary>
public static class Cli
{
    /// <summary>Runs the command line and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation = default)
    {
        var registry = BuiltInFormats.CreateRegistry();
        if (args.Length == 0)
            return await ConvertCommand.RunDefaultAsync(registry, stdout, stderr, cancellation);

        var root = new RootCommand("pipeline: converts spoken-word transcripts (text, HTML) into TEI XML, EPUB-ready Markdown, DOCX and PDF, knowing who speaks.\n\nWith no arguments, converts input/ to output/ in every format.")
        {
            ConvertCommand.Create(registry, stdout, stderr),
            InspectCommand.Create(registry, stdout, stderr),
            FormatsCommand.Create(registry, stdout),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                stderr.WriteLine($"pipeline: {error.Message}");
            stderr.WriteLine("Run 'pipeline --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellation);
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"pipeline: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (UnknownFormatException ex)
        {
            stderr.WriteLine($"pipeline: {ex.Message}");
            return ExitCodes.Usage;
        }
    }
}

/// <summary>The exit codes, decided here and nowhere else.</summary>
public static class ExitCodes
{
    /// <summary>Every document converted.</summary>
    public const int Success = 0;

    /// <summary>At least one document failed; the others were converted.</summary>
    public const int SomeFailed = 1;

    /// <summary>Bad usage: unknown option or format, missing input.</summary>
    public const int Usage = 2;
}

/// <summary>A command line that cannot be carried out as written.</summary>
public sealed class UsageException(string message) : Exception(message);
