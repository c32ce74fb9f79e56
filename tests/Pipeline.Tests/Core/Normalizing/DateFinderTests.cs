using Pipeline.Core.Normalizing;

namespace Pipeline.Tests.Core.Normalizing;

public sealed class DateFinderTests
{
    [Theory]
    [InlineData("which took place in Moscow on June 11, 2021.", "2021-06-11")]
    [InlineData("recorded 4 March 2021 in Leeds", "2021-03-04")]
    [InlineData("le 3 février 2022", "2022-02-03")]
    [InlineData("11 июня 2021 года", "2021-06-11")]
    [InlineData("Published 2024-05-01", "2024-05-01")]
    [InlineData("September 2019 edition", "2019-09")]
    [InlineData("no date here, only 42 things", null)]
    [InlineData("February 30, 2021", null)]
    public void Finds_dates_in_prose(string text, string? expected) => Assert.Equal(expected, DateFinder.Find(text));
}
