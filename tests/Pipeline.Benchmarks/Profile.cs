using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Benchmarks;

/// <summary>Time and allocations of one stage, summed over documents.</summary>
public sealed record StageCost(string Stage, TimeSpan Time, long AllocatedBytes);

/// <summary>An in-process profile: runs every stage of every document on one thread with a stopwatch and the
/// thread's allocation counter around each stage. It is what gives the per-format share of the time, which the
/// <c>pipeline</c> process does not report.</summary>
public static class Profile
{
    /// <summary>Profiles <paramref name="files"/> after <paramref name="warmup"/> warm-up passes over the first one.</summary>
    public static IReadOnlyList<StageCost> Run(IReadOnlyList<string> files, int warmup = 2)
    {
        var writers = Stages.Writers;
        var stages = new List<string> { "decode+read", "normalise" };
        stages.AddRange(writers.Select(w => "write " + w.Name));
        var times = new long[stages.Count];
        var allocations = new long[stages.Count];
        using var buffer = new MemoryStream();
        for (var w = 0; w < warmup && files.Count > 0; w++)
            Once(files[0], record: false);
        foreach (var file in files)
            Once(file, record: true);
        return [.. stages.Select((s, i) => new StageCost(s, TimeSpan.FromTicks(times[i] * TimeSpan.TicksPerSecond / Stopwatch.Frequency), allocations[i]))];

        void Once(string file, bool record)
        {
            var bytes = File.ReadAllBytes(file);
            var input = Measure(0, () => Stages.DecodeAndRead(file, bytes));
            var document = Measure(1, () => Stages.Normalize(input));
            for (var i = 0; i < writers.Length; i++)
                Measure(2 + i, () => Stages.Write(writers[i], document, buffer));

            T Measure<T>(int stage, Func<T> work)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var start = ThreadClock.Now();
                var result = work();
                if (record)
                {
                    times[stage] += ThreadClock.Now() - start;
                    allocations[stage] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                }

                return result;
            }
        }
    }

    /// <summary>What the stage times are: the thread's CPU time where the OS gives it, else wall time.</summary>
    public static string Unit => ThreadClock.IsCpuTime ? "CPU" : "wall";

    /// <summary>The profile as a Markdown table: per stage total, share, per document and allocations per document.</summary>
    public static string Table(IReadOnlyList<StageCost> costs, int documents)
    {
        var total = costs.Sum(c => c.Time.TotalMilliseconds);
        var lines = new List<string>
        {
            $"| stage | total {Unit} ms | share | {Unit} ms/doc | allocated MB/doc |",
            "|---|---:|---:|---:|---:|",
        };
        foreach (var c in costs)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {c.Stage} | {c.Time.TotalMilliseconds:F0} | {100 * c.Time.TotalMilliseconds / total:F1} % | {c.Time.TotalMilliseconds / documents:F2} | {c.AllocatedBytes / 1048576.0 / documents:F2} |"));
        }

        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"| **all** | {total:F0} | 100 % | {total / documents:F2} | {costs.Sum(c => c.AllocatedBytes) / 1048576.0 / documents:F2} |"));
        return string.Join('\n', lines);
    }
}
