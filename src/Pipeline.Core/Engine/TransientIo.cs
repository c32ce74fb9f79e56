namespace Pipeline.Core.Engine;

/// <summary>Tells I/O errors worth retrying (a file locked by another process, a network share that blinked) from
/// those that will not go away by waiting (missing file, no permission, disk full).</summary>
public static class TransientIo
{
    // Windows error codes arrive as HRESULTs (0x8007xxxx); Unix errors as the raw errno.
    private const int WindowsSharingViolation = 32;
    private const int WindowsLockViolation = 33;
    private const int WindowsNetworkNameDeleted = 64;
    private const int WindowsUnexpectedNetworkError = 59;
    private const int UnixInterrupted = 4; // EINTR
    private const int UnixIoError = 5; // EIO: what NFS and CIFS mounts report for a dropped connection
    private const int UnixTryAgain = 11; // EAGAIN / EWOULDBLOCK: a lock held by another process
    private const int UnixBusy = 16; // EBUSY
    private const int UnixTimedOut = 110; // ETIMEDOUT
    private const int UnixStaleHandle = 116; // ESTALE

    private static readonly HashSet<int> WindowsCodes = [WindowsSharingViolation, WindowsLockViolation, WindowsNetworkNameDeleted, WindowsUnexpectedNetworkError];
    private static readonly HashSet<int> UnixCodes = [UnixInterrupted, UnixIoError, UnixTryAgain, UnixBusy, UnixTimedOut, UnixStaleHandle];

    /// <summary>Whether <paramref name="exception"/> (or the I/O error a <see cref="TranscriptException"/> wraps) may succeed when tried again.</summary>
    public static bool IsTransient(Exception exception)
    {
        if (exception is TranscriptException { InnerException: { } inner })
            return IsTransient(inner);
        if (exception is not IOException io || io is FileNotFoundException or DirectoryNotFoundException or PathTooLongException or EndOfStreamException)
            return false;
        var code = io.HResult;
        if ((code & unchecked((int)0xFFFF0000)) == unchecked((int)0x80070000))
            return WindowsCodes.Contains(code & 0xFFFF);
        return UnixCodes.Contains(code) || io.Message.Contains("being used by another process", StringComparison.Ordinal);
    }
}
