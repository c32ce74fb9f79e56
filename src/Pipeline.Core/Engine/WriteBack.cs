using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Pipeline.Core.Engine;

/// <summary>Asks the kernel to start writing a file's bytes to disk now, without waiting for them. A later
/// <c>fsync</c> then mostly finds them written or in flight, so a document's outputs reach the disk side by side
/// rather than one round trip after another. A hint only: where it is not available nothing happens, and durability
/// still comes from the <c>fsync</c> (<see cref="StagedFile.Flush"/>).</summary>
internal static class WriteBack
{
    private const uint SyncFileRangeWrite = 2; // SYNC_FILE_RANGE_WRITE: start write-out of dirty pages, do not wait

    private static bool available = OperatingSystem.IsLinux();

    public static void Start(SafeFileHandle file)
    {
        if (!available)
            return;
        try
        {
            _ = SyncFileRange(file.DangerousGetHandle(), 0, 0, SyncFileRangeWrite);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            available = false;
        }
    }

    [DllImport("libc", EntryPoint = "sync_file_range")]
    private static extern int SyncFileRange(nint fd, long offset, long count, uint flags);
}
