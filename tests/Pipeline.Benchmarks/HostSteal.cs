using System.Globalization;

namespace Pipeline.Benchmarks;

/// <summary>How much of the machine's CPU time the hypervisor gave to other guests (the <c>steal</c> column of
/// <c>/proc/stat</c>) over a measurement. On a shared VM the same binary's CPU time per document varies by 20 % from run to run;
/// the benchmark prints steal beside its CPU figures, so a run made while the host was busy can be told apart.</summary>
public sealed class HostSteal
{
    private readonly (long Steal, long Total)? start = Read();

    /// <summary>Steal as a share of all CPU time since this was created; null where <c>/proc/stat</c> is not there.</summary>
    public double? Share()
    {
        var end = Read();
        if (start is not { } from || end is not { } to || to.Total <= from.Total)
            return null;
        return (double)(to.Steal - from.Steal) / (to.Total - from.Total);
    }

    /// <summary>The aggregate <c>cpu</c> line: user nice system idle iowait irq softirq steal …, in clock ticks.</summary>
    private static (long Steal, long Total)? Read()
    {
        try
        {
            var line = File.ReadLines("/proc/stat").FirstOrDefault(l => l.StartsWith("cpu ", StringComparison.Ordinal));
            var ticks = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
            // Guest time (columns 9 and 10) is already counted in user and nice.
            return ticks is { Length: >= 8 } ? (ticks[7], ticks.Take(8).Sum()) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
