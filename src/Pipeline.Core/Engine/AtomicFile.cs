using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace Pipeline.Core.Engine;

/// <summary>Writes a file so that it is either absent, its old self, or complete: the bytes go to a hidden
/// temporary file in the same folder, are flushed to disk, then renamed over the final name.</summary>
/// <remarks>A temporary's name has a fixed length whatever the output's name (<see cref="TemporaryPrefix"/>, the
/// owning run's id, a hash), so an output whose name is near the file system's 255-byte limit can still be staged, and
/// it names the run that owns it, so that clean-up removes only what no live run owns (see <see cref="RunRegistry"/>).</remarks>
public static class AtomicFile
{
    /// <summary>The prefix of temporary files; leftovers from a killed run are removed by <see cref="RemoveLeftovers"/>.</summary>
    public const string TemporaryPrefix = ".pipeline-tmp-";

    /// <summary>The length of every temporary file name: the prefix, an 8-character owner, a dash and 16 hex digits.</summary>
    public const int TemporaryNameLength = 14 + 8 + 1 + 16;

    /// <summary>Writes <paramref name="path"/> atomically.</summary>
    /// <param name="owner">The run that owns the temporary file (<see cref="RunRegistry.RunId"/>); a live run's
    /// temporaries are never removed by another run's clean-up.</param>
    /// <param name="cancellation">Checked just before the rename: a cancelled (abandoned) write leaves nothing behind.</param>
    public static void Write(string path, Action<Stream> write, string owner = "", CancellationToken cancellation = default)
    {
        using var staged = Stage(path, write, owner);
        cancellation.ThrowIfCancellationRequested();
        staged.Commit();
    }

    /// <summary>Writes the bytes of <paramref name="path"/> to a flushed temporary file beside it; nothing carries the
    /// final name until <see cref="StagedFile.Commit"/>. Disposing an uncommitted file deletes the temporary.</summary>
    public static StagedFile Stage(string path, Action<Stream> write, string owner = "") => Stage(path, write, owner, bufferSize: 65536);

    /// <summary>As <see cref="Stage(string, Action{Stream}, string)"/> for bytes already complete in memory, written in
    /// one call, except that the bytes are not yet flushed to disk: <see cref="StagedFile.Flush"/> (or
    /// <see cref="StagedFile.Commit"/>) does that. Staging every output of a document before flushing any lets the
    /// disk take their writes together, and a file system writes the folder and inode blocks they share once.</summary>
    public static StagedFile Stage(string path, ReadOnlyMemory<byte> bytes, string owner = "")
    {
        var temporary = TemporaryBeside(path, owner, out var target);
        SafeFileHandle? handle = null;
        try
        {
            handle = InFolder(temporary, () => File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None));
            RandomAccess.Write(handle, bytes.Span, fileOffset: 0);
            WriteBack.Start(handle);
            return new StagedFile(temporary, target, handle);
        }
        catch
        {
            handle?.Dispose();
            TryDelete(temporary);
            throw;
        }
    }

    private static StagedFile Stage(string path, Action<Stream> write, string owner, int bufferSize)
    {
        var temporary = TemporaryBeside(path, owner, out var target);
        try
        {
            using var stream = InFolder(temporary, () => new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize));
            write(stream);
            stream.Flush(flushToDisk: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }

        return new StagedFile(temporary, target);
    }

    private static string TemporaryBeside(string path, string owner, out string target)
    {
        target = Path.GetFullPath(path);
        return Path.Combine(Path.GetDirectoryName(target)!, TemporaryName(owner));
    }

    /// <summary>Creates a file in a folder that usually exists already: the folder is made only when creating the file
    /// finds it missing, which spares a <c>mkdir</c> call per output.</summary>
    private static T InFolder<T>(string file, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (DirectoryNotFoundException)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            return create();
        }
    }

    /// <summary>A fixed-length temporary name: prefix, owner (padded or cut to 8 characters) and 64 random bits, so two
    /// writes of one target never share a temporary.</summary>
    public static string TemporaryName(string owner) =>
        TemporaryPrefix + OwnerTag(owner) + "-" + RandomNumberGenerator.GetHexString(16, lowercase: true);

    /// <summary>The owner of a temporary file name, or null when the name is not a temporary's.</summary>
    public static string? OwnerOf(string fileName)
    {
        if (!fileName.StartsWith(TemporaryPrefix, StringComparison.Ordinal))
            return null;
        var rest = fileName[TemporaryPrefix.Length..];
        var dash = rest.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? rest : rest[..dash];
    }

    /// <summary>Removes temporary files under <paramref name="folder"/> whose owner <paramref name="isLive"/> says is
    /// not running (a killed run's leftovers); with no predicate, every temporary.</summary>
    public static int RemoveLeftovers(string folder, Func<string, bool>? isLive = null)
    {
        if (!Directory.Exists(folder))
            return 0;
        var removed = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, TemporaryPrefix + "*", options))
        {
            var owner = OwnerOf(Path.GetFileName(file)) ?? "";
            if (isLive is not null)
            {
                if (!verdicts.TryGetValue(owner, out var live))
                    verdicts[owner] = live = isLive(owner);
                if (live)
                    continue;
            }

            if (TryDelete(file))
                removed++;
        }

        return removed;
    }

    private static string OwnerTag(string owner)
    {
        Span<char> tag = stackalloc char[8];
        tag.Fill('0');
        var length = 0;
        foreach (var c in owner)
        {
            if (length == tag.Length)
                break;
            if (char.IsAsciiLetterOrDigit(c))
                tag[length++] = c;
        }

        return new string(tag);
    }

    internal static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}

/// <summary>An output written to its temporary file, waiting to be renamed into place.</summary>
/// <param name="unflushed">The temporary's open handle when its bytes still have to be flushed to disk; null when they are.</param>
public sealed class StagedFile(string temporary, string target, SafeFileHandle? unflushed = null) : IDisposable
{
    private SafeFileHandle? unflushed = unflushed;
    private bool committed;

    /// <summary>The final path.</summary>
    public string Target => target;

    /// <summary>The temporary file holding the complete bytes.</summary>
    public string Temporary => temporary;

    /// <summary>Flushes the temporary's bytes to disk, if staging left that to be done.</summary>
    public void Flush()
    {
        if (unflushed is null)
            return;
        RandomAccess.FlushToDisk(unflushed);
        unflushed.Dispose();
        unflushed = null;
    }

    /// <summary>Renames the temporary over the final name, its bytes on disk first.</summary>
    public void Commit()
    {
        Flush();
        File.Move(temporary, target, overwrite: true);
        committed = true;
    }

    /// <summary>Deletes the temporary unless it was committed.</summary>
    public void Dispose()
    {
        unflushed?.Dispose();
        unflushed = null;
        if (!committed)
            AtomicFile.TryDelete(temporary);
    }
}
