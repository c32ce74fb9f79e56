using Pipeline.Core.Engine;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Core.Engine;

public sealed class BuildManifestTests
{
    private readonly string output = RepoPaths.NewTempFolder();

    private static ManifestEntry Entry(string input) => new(input, "text", "in-hash", null, "options", [new ManifestOutput(input + ".md", "out-hash", 3)]);

    [Fact]
    public void What_a_killed_run_recorded_in_the_journal_is_known_to_the_next_run()
    {
        var killed = BuildManifest.Open(output, null);
        killed.Record(Entry("a.txt"));
        killed.Record(Entry("b.txt"));
        killed.Dispose(); // no Compact: the process died here
        File.AppendAllText(Path.Combine(output, ".pipeline", "journal.jsonl"), """{"entry":{"input":"c.tx""");

        using var next = BuildManifest.Open(output, null);
        Assert.NotNull(next.Find("a.txt"));
        Assert.NotNull(next.Find("b.txt"));
        Assert.Equal(2, next.Entries.Count);
    }

    [Fact]
    public void Lines_recorded_by_many_workers_at_once_all_reach_the_journal_whole()
    {
        var killed = BuildManifest.Open(output, null);
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => killed.Record(Entry($"doc-{i:D3}.txt")));
        killed.Dispose(); // no Compact

        var lines = File.ReadAllLines(Path.Combine(output, ".pipeline", "journal.jsonl"));
        Assert.Equal(400, lines.Length);
        Assert.All(lines, line => Assert.StartsWith("{\"entry\":{\"input\":\"doc-", line, StringComparison.Ordinal));
        using var next = BuildManifest.Open(output, null);
        Assert.Equal(400, next.Entries.Count);
    }

    [Fact]
    public void A_journal_left_by_a_killed_run_is_appended_to_not_overwritten()
    {
        var killed = BuildManifest.Open(output, null);
        killed.Record(Entry("a.txt"));
        killed.Dispose();

        var next = BuildManifest.Open(output, null);
        next.Record(Entry("b.txt"));
        next.Dispose();

        using var third = BuildManifest.Open(output, null);
        Assert.Equal(["a.txt", "b.txt"], third.Entries.Select(e => e.Input).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_journal_and_manifest_keep_their_exact_json()
    {
        // Pins the bytes the compile-time (source-generated) JSON writes, as the reflection-based serializer did.
        var tool = System.Text.Json.JsonSerializer.Serialize(OptionsFingerprint.ToolVersion, ManifestTestJson.Default.String);
        using (var manifest = BuildManifest.Open(output, null))
        {
            manifest.Record(Entry("b.txt") with { SidecarHash = "side\"car" });
            manifest.Forget("c.txt");
            Assert.Equal(
                "{\"entry\":{\"input\":\"b.txt\",\"reader\":\"text\",\"inputHash\":\"in-hash\",\"sidecarHash\":\"side\\u0022car\",\"options\":\"options\",\"outputs\":[{\"path\":\"b.txt.md\",\"hash\":\"out-hash\",\"length\":3}]},\"removed\":null}\n"
                + "{\"entry\":null,\"removed\":\"c.txt\"}\n",
                File.ReadAllText(Path.Combine(output, ".pipeline", "journal.jsonl")));
            manifest.Record(Entry("a.txt"));
            manifest.Compact();
        }

        Assert.Equal(
            "{\"version\":1,\"tool\":" + tool + ",\"entries\":["
            + "{\"input\":\"a.txt\",\"reader\":\"text\",\"inputHash\":\"in-hash\",\"sidecarHash\":null,\"options\":\"options\",\"outputs\":[{\"path\":\"a.txt.md\",\"hash\":\"out-hash\",\"length\":3}]},"
            + "{\"input\":\"b.txt\",\"reader\":\"text\",\"inputHash\":\"in-hash\",\"sidecarHash\":\"side\\u0022car\",\"options\":\"options\",\"outputs\":[{\"path\":\"b.txt.md\",\"hash\":\"out-hash\",\"length\":3}]}]}",
            File.ReadAllText(Path.Combine(output, ".pipeline", "manifest.json")));
        using var reopened = BuildManifest.Open(output, null);
        Assert.Equal("side\"car", reopened.Find("b.txt")?.SidecarHash);
    }

    [Fact]
    public void Compacting_folds_the_journal_into_the_manifest()
    {
        using (var manifest = BuildManifest.Open(output, null))
        {
            manifest.Record(Entry("a.txt"));
            manifest.Record(Entry("b.txt"));
            manifest.Forget("a.txt");
            manifest.Compact();
        }

        Assert.False(File.Exists(Path.Combine(output, ".pipeline", "journal.jsonl")));
        using var reopened = BuildManifest.Open(output, null);
        Assert.Equal(["b.txt"], reopened.Entries.Select(e => e.Input));
    }

    [Fact]
    public void Each_shard_keeps_its_own_files()
    {
        using (var shard = BuildManifest.Open(output, new Shard(2, 4)))
        {
            shard.Record(Entry("a.txt"));
            shard.Compact();
        }

        Assert.True(File.Exists(Path.Combine(output, ".pipeline", "manifest.shard-2-of-4.json")));
        using var unsharded = BuildManifest.Open(output, null);
        Assert.Empty(unsharded.Entries);
    }

    [Fact]
    public void An_unreadable_manifest_means_a_full_rebuild_not_a_crash()
    {
        Directory.CreateDirectory(Path.Combine(output, ".pipeline"));
        File.WriteAllText(Path.Combine(output, ".pipeline", "manifest.json"), "{ not json");
        using var manifest = BuildManifest.Open(output, null);
        Assert.Empty(manifest.Entries);
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class ManifestTestJson : System.Text.Json.Serialization.JsonSerializerContext;
