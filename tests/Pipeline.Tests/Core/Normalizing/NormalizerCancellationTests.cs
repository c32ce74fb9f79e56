using System.Text;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Readers.Text;

namespace Pipeline.Tests.Core.Normalizing;

public sealed class NormalizerCancellationTests
{
    [Fact]
    public void A_cancelled_read_stops_in_the_normaliser_instead_of_running_to_its_end()
    {
        var text = string.Concat(Enumerable.Repeat("ANNA: We sailed at dawn.\n\nBEN: And the storm?\n\n", 2_000));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new PlainTextReader().Read(new ReaderInput("long.txt", Encoding.UTF8.GetBytes(text)) { Cancellation = cancelled.Token }));
    }

    [Fact]
    public void An_uncancelled_read_is_unchanged()
    {
        var document = new PlainTextReader().Read(new ReaderInput("short.txt", "ANNA: We sailed at dawn.\n\nBEN: And the storm?\n"u8.ToArray()));
        Assert.Equal(2, document.Blocks.OfType<Pipeline.Core.Model.Turn>().Count());
    }
}
