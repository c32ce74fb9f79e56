using System.Net;
using System.Net.Sockets;

namespace Pipeline.Tests.BadInput;

/// <summary>A TCP listener on the loopback interface that counts connections: a page's remote resources point here,
/// so any fetch shows up as a count above zero.</summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
    private readonly Task accepting;
    private int connections;

    public LoopbackServer()
    {
        listener.Start();
        Origin = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        accepting = Task.Run(AcceptAsync, TestContext.Current.CancellationToken);
    }

    public string Origin { get; }

    /// <summary>Stops listening and returns how many connections were made.</summary>
    public async Task<int> ConnectionsAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await accepting;
        return Volatile.Read(ref connections);
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Dispose();
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                Interlocked.Increment(ref connections);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }
}
