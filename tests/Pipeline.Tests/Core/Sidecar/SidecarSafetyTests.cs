using System.Diagnostics;
using System.Text;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Sidecar;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Core.Sidecar;

/// <summary>Issue #11.9: a sidecar with nulls, a byte-order mark, a FIFO, a device behind a symbolic link or over 1 MB is
/// a clear error naming the sidecar (and line where one applies) or, for the mark, accepted — never a hang or a crash.</summary>
[Trait("Category", "External")]
public sealed class SidecarSafetyTests
{
    private readonly string folder = RepoPaths.NewTempFolder();

    private string Transcript => Path.Combine(folder, "talk.txt");

    private string SidecarPath => Path.Combine(folder, "talk.meta.json");

    private TranscriptException LoadFails()
    {
        // Guarded: a regression that blocks (a FIFO) fails the test instead of hanging the run.
        var load = Task.Run(() => Assert.Throws<TranscriptException>(() => SidecarMetadata.LoadFor(Transcript, "in/talk.txt", Path.GetFileNameWithoutExtension(Transcript))));
        Assert.True(load.Wait(TimeSpan.FromSeconds(30)), "loading the sidecar did not finish");
        var error = load.Result;
        Assert.Equal(Path.Combine("in", "talk.meta.json"), error.SourcePath);
        return error;
    }

    [Theory]
    [InlineData("{\n  \"speakers\": [\n    { \"name\": null }\n  ]\n}", 3, "name is null")]
    [InlineData("{\n  \"speakers\": [\n    { \"name\": \"Ana\", \"aliases\": [\"ANA\",\n null] }\n  ]\n}", 4, "alias is null")]
    [InlineData("{\n  \"speakers\": [\n    { \"name\": \"Ana\", \"aliases\": null }\n  ]\n}", 3, "alias list is null")]
    [InlineData("{\n  \"speakers\": [\n    null\n  ]\n}", 3, "a speaker is null")]
    [InlineData("{\n  \"speakers\": null\n}", 2, "speaker list is null")]
    [InlineData("{\n  \"name\": null\n}", 2, "name")]
    public void Nulls_where_a_value_belongs_are_an_error_naming_the_sidecar_and_line(string json, int line, string reason)
    {
        File.WriteAllText(SidecarPath, json);

        var error = LoadFails();

        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speaker_without_a_name_is_an_error()
    {
        File.WriteAllText(SidecarPath, """{ "speakers": [ { "role": "interviewer" } ] }""");

        Assert.Contains("speaker 1 has no name", LoadFails().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_optional_fields_mean_not_given()
    {
        File.WriteAllText(SidecarPath, """{ "title": null, "speakers": [ { "name": "Ana Lima", "role": null } ] }""");

        var sidecar = SidecarMetadata.LoadFor(Transcript, Transcript, Path.GetFileNameWithoutExtension(Transcript))!;

        Assert.Null(sidecar.Title);
        Assert.Equal("Ana Lima", Assert.Single(sidecar.Speakers).Name);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        File.WriteAllBytes(SidecarPath, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{ "title": "Harbour talk" }""")]);

        Assert.Equal("Harbour talk", SidecarMetadata.LoadFor(Transcript, Transcript, Path.GetFileNameWithoutExtension(Transcript))!.Title);
    }

    [Fact]
    public void A_sidecar_over_one_megabyte_is_refused()
    {
        File.WriteAllText(SidecarPath, "{ \"description\": \"" + new string('x', SidecarMetadata.MaxBytes) + "\" }");

        Assert.Contains("larger than 1 MB", LoadFails().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_behind_a_symbolic_link_is_refused_without_reading_it()
    {
        File.CreateSymbolicLink(SidecarPath, "/dev/zero");

        Assert.Contains("not a regular file", LoadFails().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_is_refused_without_blocking()
    {
        var (code, output) = ExternalTool.Run(ExternalTool.Require("mkfifo"), [SidecarPath]);
        Assert.True(code == 0, output);
        var clock = Stopwatch.StartNew();

        Assert.Contains("not a regular file", LoadFails().Reason, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30));
    }
}
