using Pipeline.Core.Engine;

namespace Pipeline.Tests.Core.Engine;

public sealed class ShardTests
{
    [Fact]
    public void Shards_0_to_N_minus_1_take_every_path_exactly_once()
    {
        var paths = Enumerable.Range(0, 500).Select(i => $"folder{i % 7}/interview-{i}.txt").ToList();
        var shards = Enumerable.Range(0, 8).Select(i => new Shard(i, 8)).ToList();
        Assert.All(paths, p => Assert.Single(shards, s => s.Contains(p)));
        Assert.All(shards, s => Assert.Contains(paths, s.Contains));
    }

    [Fact]
    public void The_partition_is_stable_and_ignores_the_separator_style()
    {
        var shard = new Shard(1, 3);
        Assert.Equal(shard.Contains("a/b.txt"), new Shard(1, 3).Contains("a\\b.txt"));
        var owner = Enumerable.Range(0, 3).Single(i => new Shard(i, 3).Contains("stable/path.txt"));
        Assert.Equal(owner, Enumerable.Range(0, 3).Single(i => new Shard(i, 3).Contains("stable/path.txt")));
    }

    [Theory]
    [InlineData("3/8", 3, 8)]
    [InlineData("0/1", 0, 1)]
    public void Parses_index_over_count(string text, int index, int count) =>
        Assert.Equal(new Shard(index, count), Shard.TryParse(text));

    [Theory]
    [InlineData("8/8")]
    [InlineData("-1/2")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("0/0")]
    public void Rejects_what_is_not_a_shard(string text) => Assert.Null(Shard.TryParse(text));
}
