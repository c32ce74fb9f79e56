using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Benchmarks;

/// <summary>What one child process cost: wall time, peak resident memory and CPU time (user + system; the system part
/// alone in <see cref="SystemCpu"/>, zero when unknown).</summary>
public sealed record RunCost(TimeSpan Wall, long PeakRssBytes, TimeSpan Cpu, int ExitCode, string Method)
{
    public TimeSpan SystemCpu { get; init; }
}

/// <summary>Runs a program as a child process and measures it. With GNU time at <c>/usr/bin/time</c> the peak RSS and
/// CPU time come from the kernel's rusage for that child (exact); otherwise <c>/proc/PID/status</c> VmHWM is polled every
/// 5 ms while it runs (can miss growth in the last poll interval) and CPU time is unknown.</summary>
public static class ChildProcess
{
    private const string GnuTime = "/usr/bin/time";

    public static string MeasurementMethod => File.Exists(GnuTime)
        ? "GNU time (/usr/bin/time -f '%e %M %U %S'): kernel rusage of the child — exact peak RSS and CPU"
        : "/proc/PID/status VmHWM polled every 5 ms; wall time by stopwatch";

    public static RunCost Run(string program, IEnumerable<string> arguments, string? workingDirectory = null, TextWriter? log = null)
    {
        var args = arguments.ToList();
        return File.Exists(GnuTime) ? RunWithGnuTime(program, args, workingDirectory, log) : RunPolling(program, args, workingDirectory, log);
    }

    private static RunCost RunWithGnuTime(string program, List<string> args, string? workingDirectory, TextWriter? log)
    {
        var report = Path.GetTempFileName();
        try
        {
            var wall = Stopwatch.StartNew();
            var code = Execute(GnuTime, ["-f", "%e %M %U %S", "-o", report, program, .. args], workingDirectory, log, null);
            wall.Stop();
            var fields = File.ReadAllLines(report).Last(l => l.Length > 0).Split(' ');
            double F(int i) => double.Parse(fields[i], CultureInfo.InvariantCulture);
            return new RunCost(wall.Elapsed, (long)F(1) * 1024, TimeSpan.FromSeconds(F(2) + F(3)), code, "gnu-time") { SystemCpu = TimeSpan.FromSeconds(F(3)) };
        }
        finally
        {
            File.Delete(report);
        }
    }

    private static RunCost RunPolling(string program, List<string> args, string? workingDirectory, TextWriter? log)
    {
        long peak = 0;
        var wall = Stopwatch.StartNew();
        var code = Execute(program, args, workingDirectory, log, process =>
        {
            while (!process.HasExited)
            {
                peak = Math.Max(peak, ReadHighWaterMark(process.Id));
                Thread.Sleep(5);
            }
        });
        wall.Stop();
        return new RunCost(wall.Elapsed, peak, TimeSpan.Zero, code, "poll-vmhwm");
    }

    private static long ReadHighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }

    private static int Execute(string program, List<string> args, string? workingDirectory, TextWriter? log, Action<Process>? watch)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in args)
            info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        watch?.Invoke(process);
        process.WaitForExit();
        var error = stderr.Result;
        _ = stdout.Result;
        if (process.ExitCode != 0)
            log?.WriteLine($"  ! {Path.GetFileName(program)} exited {process.ExitCode}: {error.Trim().Split('\n').LastOrDefault()}");
        return process.ExitCode;
    }
}
