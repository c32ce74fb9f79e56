using System.Runtime.InteropServices;

namespace Pipeline.Cli;

/// <summary>Turns the first SIGINT or SIGTERM into a stop request instead of an immediate exit, so the batch can stop
/// taking documents, let those in flight finish (or abandon them without partial files) and write its report. A second
/// signal gets the default behaviour: the process ends at once.</summary>
internal sealed class ShutdownSignals : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly PosixSignalRegistration[] registrations;
    private readonly Lock gate = new();
    private PosixSignal? received;

    public ShutdownSignals() =>
        registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => stop.Token;

    /// <summary>130 after SIGINT, 143 after SIGTERM (128 + the signal number, as shells report it).</summary>
    public int ExitCode
    {
        get
        {
            lock (gate)
                return received == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;
        }
    }

    public void Dispose()
    {
        foreach (var registration in registrations)
            registration.Dispose();
        stop.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        lock (gate)
        {
            if (received is not null)
                return;
            received = context.Signal;
            context.Cancel = true;
        }

        stop.Cancel();
    }
}
