using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Pipeline.Benchmarks;

/// <summary>CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), in stopwatch ticks. On a machine
/// shared with other work, wall time per stage is inflated by waiting for a core; the thread's CPU time is not.
/// Falls back to the stopwatch elsewhere.</summary>
public static partial class ThreadClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool IsCpuTime { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    public static long Now() => IsCpuTime && TryRead(out var ticks) ? ticks : Stopwatch.GetTimestamp();

    private static bool TryRead(out long ticks)
    {
        ticks = 0;
        try
        {
            if (clock_gettime(ClockThreadCpuTimeId, out var spec) != 0)
                return false;
            ticks = (long)((spec.Seconds * 1_000_000_000.0 + spec.Nanoseconds) * Stopwatch.Frequency / 1_000_000_000.0);
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int clock_gettime(int clock, out TimeSpec time);
}
