using System.CommandLine;

namespace Pipeline.Cli;

/// <summary><c>pipeline formats</c>: the registered readers and writers.</summary>
internal static class FormatsCommand
{
    public static Command Create(FormatRegistry registry, TextWriter stdout)
    {
        var command = new Command("formats", "List the input and output formats.");
        command.SetAction(_ =>
        {
            stdout.WriteLine("Readers (input):");
            foreach (var reader in registry.Readers)
                stdout.WriteLine($"  {reader.Name,-10} {string.Join(" ", reader.Extensions),-18} {reader.Description}");
            stdout.WriteLine("Writers (output, --to):");
            foreach (var writer in registry.Writers)
                stdout.WriteLine($"  {writer.Name,-10} {writer.Extension,-18} {writer.Description}");
            return ExitCodes.Success;
        });
        return command;
    }
}
