using Pipeline.Cli;

namespace Pipeline.Tests.Cli;

/// <summary>Runs the CLI in-process with string writers and a made-up environment (never the test process's own).</summary>
internal static class CliRunner
{
    public static async Task<(int Code, string Out, string Err)> Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var variables = environment ?? new Dictionary<string, string>();
        var context = new CliContext(stdout, stderr, name => variables.GetValueOrDefault(name));
        var code = await Pipeline.Cli.Cli.RunAsync(args, context, TestContext.Current.CancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static Task<(int Code, string Out, string Err)> Run(params string[] args) => Run(null, args);
}
