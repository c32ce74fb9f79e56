using Pipeline.Core.Engine;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Core.Engine;

public sealed class AtomicFileTests
{
    private readonly string folder = RepoPaths.NewTempFolder();

    [Fact]
    public void A_write_that_throws_leaves_the_old_file_and_no_temporary()
    {
        var path = Path.Combine(folder, "a.md");
        File.WriteAllText(path, "old");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.WriteByte(1);
            throw new InvalidOperationException("writer bug");
        }, cancellation: TestContext.Current.CancellationToken));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.EnumerateFiles(folder));
    }

    [Fact]
    public void A_cancelled_write_is_never_renamed_into_place()
    {
        var path = Path.Combine(folder, "a.md");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => AtomicFile.Write(path, s => s.WriteByte(1), cancellation: cancelled.Token));
        Assert.Empty(Directory.EnumerateFiles(folder));
    }

    [Fact]
    public void Leftovers_are_removed_per_owner()
    {
        var mine = Path.Combine(folder, "sub", AtomicFile.TemporaryPrefix + "shard-1-of-2-x-a.md");
        var theirs = Path.Combine(folder, AtomicFile.TemporaryPrefix + "shard-0-of-2-y-b.md");
        Directory.CreateDirectory(Path.GetDirectoryName(mine)!);
        File.WriteAllText(mine, "");
        File.WriteAllText(theirs, "");

        Assert.Equal(1, AtomicFile.RemoveLeftovers(folder, "shard-1-of-2-"));
        Assert.True(File.Exists(theirs));
        Assert.Equal(1, AtomicFile.RemoveLeftovers(folder));
    }
}
