using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;

namespace Pipeline.Core.Engine;

/// <summary>Who is writing to an output folder. Every run registers under <c>OUT/.pipeline/runs/</c> and holds an
/// operating-system lock on its own file for as long as it lives, so its temporaries are never removed by another
/// run's clean-up; a run that is killed loses the lock with its process, so what it left is recognised as stale. An
/// unsharded run also takes <c>OUT/.pipeline/lock</c> (its PID, start time, host and run id): a second unsharded run,
/// or a sharded one, is refused with a message naming the holder while it lives, and a lock left by a dead run is
/// replaced.</summary>
public sealed class RunRegistry : IDisposable
{
    private const string RunsFolder = "runs";
    private const int MaxLockAttempts = 40;
    private static readonly TimeSpan LockRetryDelay = TimeSpan.FromMilliseconds(50);
    private readonly string folder;
    private readonly FileStream? handle;
    private bool ownsLock;

    private RunRegistry(string folder, string runId, FileStream? handle)
    {
        this.folder = folder;
        RunId = runId;
        this.handle = handle;
    }

    /// <summary>This run's id: 8 hex digits, also the owner tag of its temporary files.</summary>
    public string RunId { get; }

    /// <summary>The lock file of an output folder.</summary>
    public static string LockPath(string outputFolder) => Path.Combine(outputFolder, BuildManifest.FolderName, "lock");

    /// <summary>Registers a run in <paramref name="outputFolder"/>; an unsharded run also takes the folder's lock.</summary>
    /// <exception cref="OutputFolderBusyException">Another live run holds the folder in a way this run cannot share.</exception>
    public static RunRegistry Enter(string outputFolder, Shard? shard)
    {
        var folder = Path.Combine(Path.GetFullPath(outputFolder), BuildManifest.FolderName);
        var runs = Path.Combine(folder, RunsFolder);
        try
        {
            Directory.CreateDirectory(runs);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing can be written there: every document fails with its own error naming the path, and with no
            // registration this run removes nobody's temporaries.
            return new RunRegistry(folder, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)), null);
        }

        string runId;
        FileStream handle;
        while (true)
        {
            runId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
            try
            {
                handle = new FileStream(Path.Combine(runs, runId + ".lock"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
                break;
            }
            catch (IOException) when (File.Exists(Path.Combine(runs, runId + ".lock")))
            {
                // Two runs drew the same id: draw again.
            }
        }

        var registry = new RunRegistry(folder, runId, handle);
        try
        {
            var info = RunInfo.OfThisProcess(runId, shard);
            File.WriteAllText(Path.Combine(runs, runId + ".json"), JsonSerializer.Serialize(info, RunRegistryJsonContext.Default.RunInfo));
            if (shard is null)
                registry.TakeLock(info);
            else if (registry.LiveLockHolder() is { } holder)
                throw Busy(outputFolder, holder);
            registry.RemoveDeadRuns();
            return registry;
        }
        catch
        {
            registry.Dispose();
            throw;
        }
    }

    /// <summary>Whether the run <paramref name="runId"/> is still running (holds its registration lock).</summary>
    public bool IsLive(string runId)
    {
        if (string.Equals(runId, RunId, StringComparison.Ordinal) || handle is null)
            return true;
        if (runId.Length == 0 || runId.Any(c => !char.IsAsciiLetterOrDigit(c)))
            return false;
        var path = Path.Combine(folder, RunsFolder, runId + ".lock");
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        catch (IOException)
        {
            return true; // locked: its process is alive
        }
    }

    public void Dispose()
    {
        if (ownsLock)
            AtomicFile.TryDelete(Path.Combine(folder, "lock"));
        handle?.Dispose();
        AtomicFile.TryDelete(Path.Combine(folder, RunsFolder, RunId + ".json"));
        AtomicFile.TryDelete(Path.Combine(folder, RunsFolder, RunId + ".lock"));
    }

    private void TakeLock(RunInfo info)
    {
        var path = Path.Combine(folder, "lock");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                    JsonSerializer.Serialize(stream, info, RunRegistryJsonContext.Default.RunInfo);
                ownsLock = true;
                break;
            }
            catch (IOException) when (File.Exists(path) && attempt < MaxLockAttempts)
            {
                // A run that has just created the lock may not have written who it is yet: an unreadable lock is
                // given time before it is taken for stale, or two runs starting together could both go on.
                if (!TryReadLockHolder(out var holder) && attempt < MaxLockAttempts - 1)
                {
                    Thread.Sleep(LockRetryDelay);
                    continue;
                }

                if (holder is { Run: { } run } && run != RunId && IsLive(run))
                    throw Busy(Path.GetDirectoryName(folder)!, holder);
                AtomicFile.TryDelete(path); // stale: its run is gone
            }
        }

        // A sharded run registers before it looks for the lock, and this run took the lock before looking for them,
        // so of two runs starting together at least one sees the other.
        foreach (var other in OtherRuns())
        {
            if (IsLive(other.Run ?? ""))
                throw Busy(Path.GetDirectoryName(folder)!, other);
        }
    }

    /// <summary>The holder of <c>.pipeline/lock</c> when it is a live run other than this one.</summary>
    private RunInfo? LiveLockHolder() =>
        TryReadLockHolder(out var holder) && holder is { Run: { } run } && run != RunId && IsLive(run) ? holder : null;

    /// <summary>Reads who holds <c>.pipeline/lock</c>: true with the holder, or with null when there is no lock; false
    /// when the lock exists but cannot be read (its run may be writing it).</summary>
    private bool TryReadLockHolder(out RunInfo? holder)
    {
        holder = null;
        try
        {
            holder = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(folder, "lock")), RunRegistryJsonContext.Default.RunInfo);
            return true;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return false;
        }
    }

    private IEnumerable<RunInfo> OtherRuns()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, RunsFolder), "*.lock"))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            if (id == RunId)
                continue;
            RunInfo? info = null;
            try
            {
                info = JsonSerializer.Deserialize(File.ReadAllBytes(Path.ChangeExtension(file, ".json")), RunRegistryJsonContext.Default.RunInfo);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
            {
            }

            yield return info is { Run: not null } ? info : new RunInfo(0, null, null, id, null);
        }
    }

    private void RemoveDeadRuns()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, RunsFolder), "*.lock").ToList())
        {
            var id = Path.GetFileNameWithoutExtension(file);
            if (!IsLive(id))
            {
                AtomicFile.TryDelete(file);
                AtomicFile.TryDelete(Path.ChangeExtension(file, ".json"));
            }
        }
    }

    private static OutputFolderBusyException Busy(string outputFolder, RunInfo holder)
    {
        var who = holder.Pid > 0
            ? string.Create(CultureInfo.InvariantCulture, $"pid {holder.Pid}{(holder.Host is null ? "" : " on " + holder.Host)}, started {holder.StartedAt ?? "?"}{(holder.Shard is null ? "" : ", shard " + holder.Shard)}")
            : $"run {holder.Run}";
        return new OutputFolderBusyException(
            $"{outputFolder} is in use by another run ({who}); two unsharded runs, or an unsharded and a sharded run, cannot write one output folder at once (lock: {LockPath(outputFolder)})");
    }

    /// <summary>What a run writes about itself, for the lock and its registration.</summary>
    internal sealed record RunInfo(int Pid, string? StartedAt, string? Host, string? Run, string? Shard)
    {
        public static RunInfo OfThisProcess(string runId, Shard? shard)
        {
            string? started;
            try
            {
                started = Process.GetCurrentProcess().StartTime.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or System.ComponentModel.Win32Exception)
            {
                started = null;
            }

            return new RunInfo(Environment.ProcessId, started, Environment.MachineName, runId, shard?.ToString());
        }
    }
}

/// <summary>The output folder is held by another live run.</summary>
public sealed class OutputFolderBusyException(string message) : Exception(message);
