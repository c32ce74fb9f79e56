using Pipeline.Core.Engine;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Core.Engine;

/// <summary>Issue 11: runs sharing an output folder — the lock, stale locks, and who owns which temporaries.</summary>
public sealed class RunRegistryTests
{
    private readonly string output = Path.Combine(RepoPaths.NewTempFolder(), "out");

    [Fact]
    public void A_second_unsharded_run_is_refused_while_the_first_lives_and_admitted_after()
    {
        using (var first = RunRegistry.Enter(output, null))
        {
            var lockText = File.ReadAllText(RunRegistry.LockPath(output));
            Assert.Contains($"\"pid\":{Environment.ProcessId}", lockText, StringComparison.Ordinal);
            Assert.Contains("\"startedAt\":", lockText, StringComparison.Ordinal);
            var refused = Assert.Throws<OutputFolderBusyException>(() => RunRegistry.Enter(output, null));
            Assert.Contains($"pid {Environment.ProcessId}", refused.Message, StringComparison.Ordinal);
            Assert.Throws<OutputFolderBusyException>(() => RunRegistry.Enter(output, new Shard(0, 2)));
        }

        Assert.False(File.Exists(RunRegistry.LockPath(output)));
        using var again = RunRegistry.Enter(output, null);
    }

    [Fact]
    public void The_lock_and_a_registration_keep_their_exact_json()
    {
        using var run = RunRegistry.Enter(output, null);
        var host = System.Text.Encodings.Web.JavaScriptEncoder.Default.Encode(Environment.MachineName);
        var expected = $$"""^\{"pid":{{Environment.ProcessId}},"startedAt":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ","host":"{{System.Text.RegularExpressions.Regex.Escape(host)}}","run":"{{run.RunId}}","shard":null\}$""";
        Assert.Matches(expected, File.ReadAllText(RunRegistry.LockPath(output)));
        Assert.Matches(expected, File.ReadAllText(Path.Combine(output, ".pipeline", "runs", run.RunId + ".json")));
    }

    [Fact]
    public void Shards_share_a_folder_but_keep_an_unsharded_run_out()
    {
        using var shard0 = RunRegistry.Enter(output, new Shard(0, 2));
        using var shard1 = RunRegistry.Enter(output, new Shard(1, 2));
        Assert.True(shard0.IsLive(shard1.RunId));
        Assert.Throws<OutputFolderBusyException>(() => RunRegistry.Enter(output, null));
    }

    [Fact]
    public void A_lock_left_by_a_dead_run_is_stale_and_replaced()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(RunRegistry.LockPath(output))!);
        File.WriteAllText(RunRegistry.LockPath(output), "{\"pid\":999999,\"startedAt\":\"2020-01-01T00:00:00Z\",\"host\":\"gone\",\"run\":\"deadbeef\"}");
        using var run = RunRegistry.Enter(output, null);
        Assert.Contains(run.RunId, File.ReadAllText(RunRegistry.LockPath(output)), StringComparison.Ordinal);
        Assert.False(run.IsLive("deadbeef"));
    }

    [Fact]
    public void Clean_up_keeps_the_temporaries_of_a_live_run_and_removes_a_dead_runs()
    {
        using var other = RunRegistry.Enter(output, new Shard(0, 2));
        using var me = RunRegistry.Enter(output, new Shard(1, 2));
        var theirs = Path.Combine(output, AtomicFile.TemporaryName(other.RunId));
        var dead = Path.Combine(output, AtomicFile.TemporaryName("0dead000"));
        File.WriteAllText(theirs, "in flight");
        File.WriteAllText(dead, "left by a killed run");

        AtomicFile.RemoveLeftovers(output, me.IsLive);

        Assert.True(File.Exists(theirs));
        Assert.False(File.Exists(dead));
    }
}
