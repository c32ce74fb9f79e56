using System.CommandLine;
using Pipeline.Core.Debugging;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;

namespace Pipeline.Cli;

/// <summary><c>pipeline inspect FILE…</c>: prints the model a reader builds, as text or JSON.</summary>
internal static class InspectCommand
{
    public static Command Create(FormatRegistry registry, TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Description = "Transcript files, folders or globs.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the model as JSON instead of the text dump." };
        var command = new Command("inspect", "Show the canonical model a transcript is read into: metadata, participants, blocks, footnotes, diagnostics.")
        {
            files,
            json,
        };
        command.SetAction(parse =>
        {
            IReadOnlyList<InputFile> inputs;
            try
            {
                inputs = InputDiscovery.Expand(parse.GetValue(files) ?? [], f => registry.FindReader(f, []) is not null);
            }
            catch (FileNotFoundException ex)
            {
                throw new UsageException(ex.Message);
            }

            var failed = false;
            foreach (var input in inputs)
            {
                try
                {
                    var (_, document) = new DocumentLoader(registry).Load(input);
                    stdout.Write(parse.GetValue(json) ? ModelJson.ToJson(document) : ModelDump.ToText(document));
                }
                catch (Exception ex) when (ex is TranscriptException or UnsupportedInputException or IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine(LogText.Escape($"error: {(ex is TranscriptException or UnsupportedInputException ? ex.Message : $"{input.DisplayPath}: {ex.Message}")}"));
                    failed = true;
                }
            }

            return failed ? ExitCodes.SomeFailed : ExitCodes.Success;
        });
        return command;
    }
}
