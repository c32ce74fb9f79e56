using System.Diagnostics;
using System.Text;

namespace Pipeline.Tests.TestSupport;

/// <summary>The built <c>pipeline</c> program run as a real child process (<c>dotnet pipeline.dll …</c>), for tests
/// that kill it or send it signals.</summary>
public sealed class PipelineProcess : IDisposable
{
    private readonly StringBuilder output = new();

    private PipelineProcess(Process process) => Process = process;

    public Process Process { get; }

    /// <summary>Standard output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (output)
                return output.ToString();
        }
    }

    public static PipelineProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ProgramPath());
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        var process = new Process { StartInfo = start };
        var child = new PipelineProcess(process);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits, polling, until <paramref name="condition"/> holds; false when the process exited first.</summary>
    public async Task<bool> WaitUntil(Func<bool> condition, CancellationToken cancellation)
    {
        while (!condition())
        {
            if (Process.HasExited)
                return condition();
            await Task.Delay(20, cancellation);
        }

        return true;
    }

    /// <summary>Sends SIGTERM, as a container runtime does on shutdown (Process.Kill would send SIGKILL).</summary>
    public void Terminate()
    {
        using var kill = System.Diagnostics.Process.Start("kill", ["-TERM", Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public void Dispose()
    {
        if (!Process.HasExited)
            Process.Kill(entireProcessTree: true);
        Process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }

    private static string ProgramPath()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "pipeline.dll");
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "pipeline.runtimeconfig.json")))
            return beside;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<configuration>/net10.0/
        return Path.Combine(RepoPaths.Root, "src", "Pipeline.Cli", "bin", configuration, "net10.0", "pipeline.dll");
    }
}
