using Pipeline.Core.Engine;

namespace Pipeline.Tests.Core.Engine;

public sealed class KeptBufferTests
{
    private readonly KeptBuffer buffers = new();

    [Fact]
    public void A_returned_buffer_comes_back_empty_and_at_the_start()
    {
        var first = buffers.Rent();
        first.Write(new byte[1000]);
        buffers.Return(first);

        var second = buffers.Rent();

        Assert.Same(first, second);
        Assert.Equal(0, second.Length);
        Assert.Equal(0, second.Position);
        buffers.Return(second);
    }

    [Fact]
    public void A_buffer_still_rented_is_never_handed_out_twice()
    {
        var outer = buffers.Rent();
        var inner = buffers.Rent();

        Assert.NotSame(outer, inner);
        buffers.Return(inner);
        buffers.Return(outer);
    }

    [Fact]
    public void A_buffer_grown_beyond_the_kept_capacity_is_not_kept()
    {
        var big = buffers.Rent();
        big.Write(new byte[KeptBuffer.KeptCapacity + 1]);
        buffers.Return(big);

        var next = buffers.Rent();

        Assert.NotSame(big, next);
        buffers.Return(next);
    }

    [Fact]
    public void A_buffer_a_writer_closed_is_not_kept()
    {
        var closed = buffers.Rent();
        closed.Dispose();
        buffers.Return(closed);

        var next = buffers.Rent();

        Assert.NotSame(closed, next);
        Assert.True(next.CanWrite);
        buffers.Return(next);
    }

    [Fact]
    public void Two_slots_on_one_thread_keep_their_own_buffers()
    {
        var other = new KeptBuffer();
        var mine = buffers.Rent();
        var theirs = other.Rent();
        buffers.Return(mine);
        other.Return(theirs);

        Assert.Same(mine, buffers.Rent());
        Assert.Same(theirs, other.Rent());
    }
}
