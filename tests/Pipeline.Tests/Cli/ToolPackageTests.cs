using System.Diagnostics;
using System.Text.RegularExpressions;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Cli;

/// <summary>Issue #15: the README's "install it once" path. The CLI packs as a .NET tool, installs from the package
/// folder alone (no feed, no network: the only source is that folder, into a fresh package cache) and runs as
/// <c>pipeline</c>. Slow (a pack and an install, 10 to 30 s); needs only the .NET SDK.</summary>
[Trait("Category", "External")]
[Trait("Category", "Slow")]
public sealed class ToolPackageTests
{
    private static readonly TimeSpan StepLimit = TimeSpan.FromSeconds(120);

    private readonly string folder = RepoPaths.NewTempFolder();

    [Fact]
    public async Task Packed_tool_installs_from_its_folder_and_pipeline_runs()
    {
        var dotnet = RequireSdk();
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<configuration>/net10.0/
        var packages = Path.Combine(folder, "package");
        var tools = Path.Combine(folder, "tools");

        // The test run has built the CLI in its own configuration: pack that build (no restore, no network).
        var project = Path.Combine(RepoPaths.Root, "src", "Pipeline.Cli", "Pipeline.Cli.csproj");
        await Run(dotnet, ["pack", project, "--no-build", "-c", configuration, "-o", packages, "-nodeReuse:false"]);
        var package = Assert.Single(Directory.GetFiles(packages, "*.nupkg"));
        Assert.StartsWith("Pipeline.Cli.", Path.GetFileName(package), StringComparison.Ordinal);

        // Only the package folder as a source (a config that clears the user's feeds), and a fresh package cache so
        // that an older Pipeline.Cli of the same version extracted earlier is not what gets installed.
        var config = Path.Combine(folder, "nuget.config");
        File.WriteAllText(config, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources><clear /></packageSources></configuration>\n");
        await Run(dotnet, ["tool", "install", "--tool-path", tools, "--configfile", config, "--add-source", packages, "Pipeline.Cli"]);

        var pipeline = Path.Combine(tools, OperatingSystem.IsWindows() ? "pipeline.exe" : "pipeline");
        Assert.True(File.Exists(pipeline), $"no {pipeline} after the install");
        var version = (await Run(pipeline, ["--version"])).Trim();
        var (_, expected, _) = await CliRunner.Run("--version");
        Assert.Matches(new Regex(@"^\d+\.\d+\.\d+"), version);
        Assert.Equal(expected.Trim(), version);

        var work = Path.Combine(folder, "work");
        Directory.CreateDirectory(work);
        await Run(pipeline, ["convert", Path.Combine(RepoPaths.Input, "harbour-interview.txt"), "-o", "x.md"], work);
        var markdown = File.ReadAllText(Path.Combine(work, "x.md"));
        Assert.Contains("Ingrid Solberg", markdown, StringComparison.Ordinal);
        Assert.Contains("We used to close the outer basin", markdown, StringComparison.Ordinal);
    }

    /// <summary>The <c>dotnet</c> on PATH when it has an SDK; otherwise skips (fails under PIPELINE_REQUIRE_CHECKS=1).</summary>
    private static string RequireSdk()
    {
        var dotnet = ExternalTool.Find("dotnet");
        if (dotnet is null)
        {
            Checks.Missing("dotnet is not on PATH (packing and installing the tool needs the .NET SDK)");
            return "dotnet";
        }

        var (code, sdks) = ExternalTool.Run(dotnet, ["--list-sdks"], timeoutSeconds: 60);
        if (code != 0 || string.IsNullOrWhiteSpace(sdks))
            Checks.Missing("the dotnet on PATH has no SDK (dotnet --list-sdks lists none), so it cannot pack the tool");
        return dotnet;
    }

    /// <summary>Runs a step in a clean environment (the test host's MSBuild variables removed, the package cache
    /// private to this test, the runtime the tests run on as DOTNET_ROOT for the tool's launcher); fails with its
    /// output when it exits non-zero.</summary>
    private async Task<string> Run(string program, string[] arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? folder,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["NUGET_PACKAGES"] = Path.Combine(folder, "nuget-cache");
        start.Environment["DOTNET_CLI_HOME"] = Path.Combine(folder, "cli-home");
        // No MSBuild node or build server left running after the test.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // shared/Microsoft.NETCore.App/<version>/ of the running runtime, three levels below its root.
        start.Environment["DOTNET_ROOT"] = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(StepLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(program)} {string.Join(' ', arguments)} did not finish in {StepLimit.TotalSeconds} s");
        }

        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{output}\n{await stderr}");
        return output;
    }
}
