using Pipeline.Core.Diagnostics;
using Pipeline.Core.Engine;

namespace Pipeline.Tests.Core.Engine;

public sealed class TransientIoTests
{
    [Theory]
    [InlineData(unchecked((int)0x80070020))] // Windows sharing violation
    [InlineData(11)] // EAGAIN: a lock held elsewhere
    [InlineData(116)] // ESTALE: an NFS handle gone stale
    public void Locks_and_network_hiccups_are_transient(int code) =>
        Assert.True(TransientIo.IsTransient(new IOException("x", code)));

    [Theory]
    [InlineData(28)] // ENOSPC: waiting will not free the disk
    [InlineData(unchecked((int)0x80070070))] // Windows disk full
    public void A_full_disk_is_not(int code) =>
        Assert.False(TransientIo.IsTransient(new IOException("x", code)));

    [Fact]
    public void Missing_files_and_permissions_are_not_and_a_wrapped_cause_counts()
    {
        Assert.False(TransientIo.IsTransient(new FileNotFoundException()));
        Assert.False(TransientIo.IsTransient(new UnauthorizedAccessException()));
        Assert.True(TransientIo.IsTransient(new TranscriptException("a.txt", "cannot read", inner: new IOException("x", 11))));
    }
}
