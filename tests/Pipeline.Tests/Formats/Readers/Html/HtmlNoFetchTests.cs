using System.Net;
using System.Net.Sockets;

namespace Pipeline.Tests.Formats.Readers.Html;

public sealed class HtmlNoFetchTests
{
    [Fact]
    public async Task Reading_a_page_makes_no_network_request()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var connections = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var accepting = Task.Run(async () =>
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    using var client = await listener.AcceptTcpClientAsync(stop.Token);
                    Interlocked.Increment(ref connections);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }, TestContext.Current.CancellationToken);

        var origin = $"http://127.0.0.1:{port}";
        var html = $"<!DOCTYPE html><html><head><title>Probe</title><link rel=\"stylesheet\" href=\"{origin}/style.css\"><script src=\"{origin}/app.js\"></script></head>"
                   + $"<body><article><p>ALMA REED: We met at the station.</p><img src=\"{origin}/pic.gif\"><iframe src=\"{origin}/frame.html\"></iframe>"
                   + "<p>BEN STONE: It was raining, and the train was late by an hour or more.</p></article></body></html>";
        var document = HtmlReaderTests.Read(html);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        listener.Stop();
        await accepting;

        Assert.Equal(2, HtmlReaderTests.Turns(document).Count);
        Assert.Equal(0, Volatile.Read(ref connections));
    }
}
