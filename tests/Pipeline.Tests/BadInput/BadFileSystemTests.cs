using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.BadInput;

/// <summary>Issue #6, bad input: problems of the file system rather than of content. The tests run as root, where
/// <c>chmod 000</c> does not stop reading, so an unreadable input is a broken link or a FIFO and an unwritable output
/// folder is a path below a regular file.</summary>
[Trait("Category", "External")]
public sealed class BadFileSystemTests
{
    [Fact]
    public async Task Symlink_loop_in_the_input_folder_neither_hangs_nor_repeats_inputs()
    {
        SkipUnlessUnix();
        var batch = BatchUnderTest.Create();
        Directory.CreateDirectory(Path.Combine(batch.Input, "loop"));
        File.CreateSymbolicLink(Path.Combine(batch.Input, "loop", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(batch.Input, "self.txt"), "self.txt");

        var run = await batch.ConvertAsync();

        Assert.Equal(Pipeline.Cli.ExitCodes.SomeFailed, run.Code);
        Assert.Contains("cannot read", run.ErrorFor("self.txt"), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(batch.Output, "loop")), "the linked folder was entered");
        batch.AssertGoodNeighbourConverted();
        batch.AssertNothingHalfWritten("self");
    }

    [Fact]
    public async Task Unreadable_file_a_broken_link_fails_with_an_error_naming_it()
    {
        SkipUnlessUnix();
        var batch = BatchUnderTest.Create();
        File.CreateSymbolicLink(Path.Combine(batch.Input, "gone.txt"), Path.Combine(batch.Root, "no-such-file.txt"));

        var run = await batch.ConvertAsync();

        Assert.Equal(Pipeline.Cli.ExitCodes.SomeFailed, run.Code);
        Assert.Contains("gone.txt: cannot read", run.ErrorFor("gone.txt"), StringComparison.Ordinal);
        batch.AssertGoodNeighbourConverted();
        batch.AssertNothingHalfWritten("gone");
    }

    [Fact]
    public async Task Fifo_named_like_a_transcript_fails_without_blocking_the_batch()
    {
        SkipUnlessUnix();
        var batch = BatchUnderTest.Create();
        var fifo = Path.Combine(batch.Input, "pipe.txt");
        var (code, output) = ExternalTool.Run(ExternalTool.Require("mkfifo"), [fifo]);
        Assert.True(code == 0, output);

        // Opening a FIFO for reading waits for a writer that never comes; the batch must not try.
        var run = await batch.ConvertAsync();

        Assert.Equal(Pipeline.Cli.ExitCodes.SomeFailed, run.Code);
        Assert.Contains("empty file", run.ErrorFor("pipe.txt"), StringComparison.Ordinal);
        batch.AssertGoodNeighbourConverted();
        batch.AssertNothingHalfWritten("pipe");
    }

    [Fact]
    public async Task Unwritable_output_folder_is_one_usage_error_naming_it_before_any_document_is_read()
    {
        var batch = BatchUnderTest.Create();
        var blocker = Path.Combine(batch.Root, "a-file");
        File.WriteAllText(blocker, "a regular file");
        var output = Path.Combine(blocker, "out");

        var run = await BatchUnderTest.ConvertAsync(batch.Input, output);

        Assert.Equal(Pipeline.Cli.ExitCodes.Usage, run.Code);
        Assert.Equal($"pipeline: output folder {output} cannot be created: {blocker} is a file, not a folder", run.Err.TrimEnd());
        Assert.Equal("", run.Out);
        Assert.Equal("a regular file", File.ReadAllText(blocker));
        Assert.Equal([blocker, Path.Combine(batch.Root, "in")], Directory.GetFileSystemEntries(batch.Root).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Input_name_that_would_write_outside_the_output_folder_stays_inside_it()
    {
        // On Unix a backslash is an ordinary character of a file name; read as a separator, this name's outputs
        // would land two folders above --out.
        SkipUnlessUnix();
        var batch = BatchUnderTest.Create();
        const string Name = @"x\..\..\..\escape.txt";
        batch.Add(Name, BatchUnderTest.GoodText);

        var run = await batch.ConvertAsync();

        Assert.Equal(Pipeline.Cli.ExitCodes.Success, run.Code);
        Assert.True(File.Exists(Path.Combine(batch.Output, @"x\..\..\..\escape.md")), run.Out + run.Err);
        var above = Path.GetDirectoryName(batch.Root)!;
        Assert.Empty(Directory.GetFiles(above, "escape.*"));
        Assert.Empty(Directory.GetFiles(batch.Root, "escape.*"));
        batch.AssertGoodNeighbourConverted();
        batch.AssertNothingHalfWritten();
    }

    private static void SkipUnlessUnix() => Assert.SkipWhen(OperatingSystem.IsWindows(), "needs Unix links, FIFOs and backslashes in names");
}
