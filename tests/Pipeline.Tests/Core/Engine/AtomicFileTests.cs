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
    public void Staged_bytes_become_the_file_only_on_commit()
    {
        var path = Path.Combine(folder, "a.pdf");
        byte[] bytes = [.. Enumerable.Range(0, 200_000).Select(i => (byte)i)];

        using (var staged = AtomicFile.Stage(path, bytes.AsMemory(1, bytes.Length - 2)))
        {
            Assert.False(File.Exists(path));
            staged.Commit();
        }

        Assert.Equal(bytes[1..^1], File.ReadAllBytes(path));
        Assert.Single(Directory.EnumerateFiles(folder));
    }

    [Fact]
    public void Staged_bytes_flushed_apart_from_the_commit_are_renamed_whole()
    {
        var path = Path.Combine(folder, "a.docx");
        File.WriteAllText(path, "old");
        using (var staged = AtomicFile.Stage(path, new byte[] { 1, 2, 3 }))
        {
            staged.Flush();
            staged.Flush();
            Assert.Equal("old", File.ReadAllText(path));
            staged.Commit();
        }

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Single(Directory.EnumerateFiles(folder));
    }

    [Fact]
    public void A_staged_file_given_up_before_its_flush_leaves_nothing()
    {
        var path = Path.Combine(folder, "a.pdf");
        var staged = AtomicFile.Stage(path, new byte[] { 1, 2, 3 });
        Assert.Single(Directory.EnumerateFiles(folder));

        staged.Dispose();

        Assert.Empty(Directory.EnumerateFiles(folder));
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
    public void Leftovers_are_removed_only_when_their_owner_is_not_live()
    {
        var mine = Path.Combine(folder, "sub", AtomicFile.TemporaryPrefix + "live1234-0123456789abcdef");
        var theirs = Path.Combine(folder, AtomicFile.TemporaryPrefix + "dead5678-0123456789abcdef");
        Directory.CreateDirectory(Path.GetDirectoryName(mine)!);
        File.WriteAllText(mine, "");
        File.WriteAllText(theirs, "");

        Assert.Equal(1, AtomicFile.RemoveLeftovers(folder, owner => owner == "live1234"));
        Assert.True(File.Exists(mine));
        Assert.False(File.Exists(theirs));
    }

    [Fact]
    public void A_temporary_name_has_a_fixed_length_whatever_the_output_name()
    {
        var longName = new string('n', 250) + ".md";
        Assert.Equal(AtomicFile.TemporaryNameLength, AtomicFile.TemporaryName("abcd1234").Length);
        Assert.Equal(AtomicFile.TemporaryNameLength, AtomicFile.TemporaryName("").Length);
        Assert.Equal(AtomicFile.TemporaryNameLength, AtomicFile.TemporaryName("a-much-longer-owner-id").Length);
        Assert.Equal("abcd1234", AtomicFile.OwnerOf(AtomicFile.TemporaryName("abcd1234")));
        Assert.Equal("ab000000", AtomicFile.OwnerOf(AtomicFile.TemporaryName("a-b")));
        AtomicFile.Write(Path.Combine(folder, longName), s => s.WriteByte(65), "abcd1234", TestContext.Current.CancellationToken);
        Assert.Equal("A", File.ReadAllText(Path.Combine(folder, longName)));
    }

    [Fact]
    public void Two_temporaries_of_one_owner_never_share_a_name()
    {
        var names = Enumerable.Range(0, 1000).Select(_ => AtomicFile.TemporaryName("abcd1234")).ToHashSet();
        Assert.Equal(1000, names.Count);
    }

    [Fact]
    public void Staging_into_a_missing_folder_creates_it()
    {
        var target = Path.Combine(folder, "new", "deeper", "a.md");
        using (var staged = AtomicFile.Stage(target, "hello"u8.ToArray(), "abcd1234"))
            staged.Commit();
        AtomicFile.Write(Path.Combine(folder, "other", "b.md"), s => s.WriteByte(66), "abcd1234", TestContext.Current.CancellationToken);

        Assert.Equal("hello", File.ReadAllText(target));
        Assert.Equal("B", File.ReadAllText(Path.Combine(folder, "other", "b.md")));
    }
}
