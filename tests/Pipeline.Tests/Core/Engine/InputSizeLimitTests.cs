using Pipeline.Core.Engine;

namespace Pipeline.Tests.Core.Engine;

public sealed class InputSizeLimitTests
{
    [Theory]
    [InlineData("1048576", 1048576L)]
    [InlineData("64MB", 64L * 1024 * 1024)]
    [InlineData("64 mb", 64L * 1024 * 1024)]
    [InlineData("1GB", 1024L * 1024 * 1024)]
    [InlineData("1.5GiB", 1536L * 1024 * 1024)]
    [InlineData("512k", 512L * 1024)]
    [InlineData("900B", 900L)]
    public void Sizes_are_read_in_bytes_with_powers_of_1024(string text, long expected)
    {
        Assert.True(InputSizeLimit.TryParse(text, out var limit));
        Assert.Equal(expected, limit);
    }

    [Fact]
    public void Zero_means_no_limit()
    {
        Assert.True(InputSizeLimit.TryParse("0", out var limit));
        Assert.Null(limit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MB")]
    [InlineData("-5MB")]
    [InlineData("ten")]
    [InlineData("5 PB")]
    [InlineData("99999999999999999999GB")]
    public void Anything_else_is_not_a_size(string text) => Assert.False(InputSizeLimit.TryParse(text, out _));

    [Fact]
    public void The_error_names_the_file_its_size_and_the_limit()
    {
        var error = InputSizeLimit.TooLarge("in/big.txt", 3 * 1024 * 1024 + 5, 1024 * 1024);

        Assert.Equal("in/big.txt: input too large: 3 MB (3,145,733 bytes) is above --max-input-size 1 MB (1,048,576 bytes); not read", error.Message);
    }
}
