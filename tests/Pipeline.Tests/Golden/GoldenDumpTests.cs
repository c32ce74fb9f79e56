using System.Text;
using Pipeline.Tests.Cli;

namespace Pipeline.Tests.Golden;

/// <summary>Each golden input is read into exactly the model its <c>.native</c> dump records. A difference fails with
/// a unified diff; <c>PIPELINE_UPDATE_GOLDEN=1 dotnet test --filter "FullyQualifiedName~Golden"</c> rewrites the dumps
/// (review the change with <c>git diff</c> before committing it).</summary>
public sealed class GoldenDumpTests
{
    public static TheoryData<string> Cases() => [.. GoldenCases.All()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Input_reads_into_the_model_its_native_dump_records(string @case)
    {
        var native = GoldenCases.NativeOf(@case);
        var nativePath = Path.Combine(GoldenCases.Folder, native);
        var (actual, reader) = GoldenCases.Dump(@case);
        var folder = @case[..@case.IndexOf('/', StringComparison.Ordinal)];
        Assert.True(reader == folder, $"Golden/{@case} is in the folder of reader '{folder}' but reader '{reader ?? "(none)"}' takes it: move it to Golden/{reader}/ or change its ending");

        if (GoldenCases.Updating)
        {
            if (!File.Exists(nativePath) || File.ReadAllText(nativePath, Encoding.UTF8) != actual)
                File.WriteAllText(nativePath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        if (!File.Exists(nativePath))
        {
            Assert.Fail($"Golden/{@case} has no expected dump Golden/{native}. Create it with "
                        + $"`{GoldenCases.UpdateVariable}=1 dotnet test --filter \"FullyQualifiedName~Golden\"` (or `pipeline inspect` on the file), "
                        + "then read it and commit it with the input.");
        }

        var expected = File.ReadAllText(nativePath, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            Assert.Fail($"Golden/{@case} no longer reads into Golden/{native} (- expected, + actual). If the change is intended, "
                        + $"rerun with {GoldenCases.UpdateVariable}=1 and review the diff.\n"
                        + UnifiedDiff.Of(expected, actual, "Golden/" + native, "actual"));
        }
    }

    [Fact]
    public async Task The_dumps_are_what_pipeline_inspect_prints()
    {
        foreach (var @case in GoldenCases.All())
        {
            var full = Path.Combine(GoldenCases.Folder, @case);
            var (code, stdout, stderr) = await CliRunner.Run("inspect", full);
            var (dump, _) = GoldenCases.Dump(@case);
            var printed = code == 0 ? stdout : stderr;
            Assert.Equal(dump.Replace(@case, full, StringComparison.Ordinal), printed.Replace("\r\n", "\n", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_native_dump_has_its_input()
    {
        var inputs = GoldenCases.All().Select(GoldenCases.NativeOf).ToHashSet(StringComparer.Ordinal);
        var orphans = GoldenCases.Natives().Where(n => !inputs.Contains(n)).ToList();
        Assert.True(orphans.Count == 0, "expected dumps without an input (delete them or restore the input): " + string.Join(", ", orphans));
    }

    [Fact]
    public void Cases_cover_every_reader_with_forty_inputs_or_more()
    {
        var cases = GoldenCases.All().ToList();
        var readers = cases.Select(c => c[..c.IndexOf('/', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        var names = Pipeline.Formats.BuiltInFormats.CreateRegistry().Readers.Select(r => r.Name).Where(n => !readers.Contains(n)).ToList();
        Assert.True(cases.Count >= 40, $"only {cases.Count} golden cases");
        Assert.True(names.Count == 0, "readers with no golden case: " + string.Join(", ", names));
    }
}
