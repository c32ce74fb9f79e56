using Pipeline.Core.Engine;

namespace Pipeline.Tests.Core.Engine;

public sealed class OutputBufferTests
{
    [Fact]
    public void A_returned_buffer_comes_back_empty_and_at_the_start()
    {
        var first = OutputBuffer.Rent();
        first.Write(new byte[1000]);
        OutputBuffer.Return(first);

        var second = OutputBuffer.Rent();

        Assert.Same(first, second);
        Assert.Equal(0, second.Length);
        Assert.Equal(0, second.Position);
        OutputBuffer.Return(second);
    }

    [Fact]
    public void A_buffer_still_rented_is_never_handed_out_twice()
    {
        var outer = OutputBuffer.Rent();
        var inner = OutputBuffer.Rent();

        Assert.NotSame(outer, inner);
        OutputBuffer.Return(inner);
        OutputBuffer.Return(outer);
    }

    [Fact]
    public void A_buffer_grown_beyond_the_kept_capacity_is_not_kept()
    {
        var big = OutputBuffer.Rent();
        big.Write(new byte[OutputBuffer.KeptCapacity + 1]);
        OutputBuffer.Return(big);

        var next = OutputBuffer.Rent();

        Assert.NotSame(big, next);
        OutputBuffer.Return(next);
    }

    [Fact]
    public void A_buffer_a_writer_closed_is_not_kept()
    {
        var closed = OutputBuffer.Rent();
        closed.Dispose();
        OutputBuffer.Return(closed);

        var next = OutputBuffer.Rent();

        Assert.NotSame(closed, next);
        Assert.True(next.CanWrite);
        OutputBuffer.Return(next);
    }
}
