using System.Diagnostics;

namespace Pipeline.Tests.TestSupport;

/// <summary>External validators (jing, pandoc, …): a test that needs one runs it when it is installed, is
/// skipped with the reason when it is not, and fails when it is not but <c>PIPELINE_REQUIRE_CHECKS=1</c> (see <see cref="Checks"/>).</summary>
public static class ExternalTool
{

    /// <summary>The full path of <paramref name="name"/> on PATH (or <paramref name="name"/> itself when an absolute path exists);
    /// skips the test, or fails it when checks are required, when there is none.</summary>
    public static string Require(string name)
    {
        var found = Find(name);
        if (found is not null)
            return found;
        Checks.Missing($"{name} is not installed");
        return name;
    }

    public static string? Find(string name)
    {
        if (Path.IsPathRooted(name))
            return File.Exists(name) ? name : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
                return candidate;
        }

        return null;
    }

    /// <summary>Runs a program to completion and returns its exit code and output (stdout and stderr together).</summary>
    public static (int ExitCode, string Output) Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null, int timeoutSeconds = 300)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish in {timeoutSeconds} s");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
