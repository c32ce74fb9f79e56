using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.BadInput;

/// <summary>Runs the real <c>pipeline</c> command in a child process (the CLI project's dll is copied beside the tests),
/// for inputs that could take the process down.</summary>
internal static class ChildPipeline
{
    public static (int ExitCode, string Output) Run(params string[] arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "pipeline.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : ExternalTool.Require("dotnet");
        return ExternalTool.Run(host, [dll, .. arguments]);
    }
}
