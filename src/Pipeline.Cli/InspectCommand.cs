using System.CommandLine;
using Pipeline.Core.Debugging;

namespace Pipeline.Cli;

/// <summary><c>pipeline inspect FILE…</c>: prints the model a reader builds, as text or JSON.</summary>
internal static class InspectCommand
{
    public static Command Create(FormatRegistry registry, CliContext context, CliMessages messages)
    {
        var files = new Argument<string[]>("files") { Description = "Transcript files, folders or globs.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the model as JSON instead of the text dump; with several files, one compact JSON object per line." };
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
            var asJson = parse.GetValue(json);
            foreach (var input in inputs)
            {
                try
                {
                    var (_, document) = new DocumentLoader(registry).Load(input);
                    if (!asJson)
                        context.Stdout.Write(ModelDump.ToText(document));
                    else if (inputs.Count == 1)
                        context.Stdout.Write(ModelJson.ToJson(document));
                    else
                        context.Stdout.WriteLine(JsonLine(ModelJson.ToJson(document)));
                }
                catch (Exception ex) when (ex is TranscriptException or UnsupportedInputException or IOException or UnauthorizedAccessException)
                {
                    messages.Error(ex is TranscriptException or UnsupportedInputException ? ex.Message : $"{input.DisplayPath}: {ex.Message}");
                    failed = true;
                }
            }

            return failed ? ExitCodes.SomeFailed : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The same JSON on one line (JSON Lines), so several files' models can be read one per line.</summary>
    private static string JsonLine(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            document.WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
