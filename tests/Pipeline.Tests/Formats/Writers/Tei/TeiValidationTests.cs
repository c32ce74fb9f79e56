using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Formats.Writers.Tei;

/// <summary>The TEI output validates against <c>tei_all.rng</c> (P5 4.7.0) with jing: one jing run for every document.</summary>
[Trait("Category", "External")]
public sealed class TeiValidationTests
{
    /// <summary>A file jing must reject, in the same run: proves the run really validates (a misplaced <c>u</c>).</summary>
    private const string InvalidControl =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><u/></teiHeader><text><body><p/></body></text></TEI>\n";

    [Fact]
    public void Every_test_document_is_valid_tei_all()
    {
        var jing = ExternalTool.Require("jing");
        var schema = RepoPaths.RequireShared("schemas/tei_all.rng");
        var folder = RepoPaths.NewTempFolder();
        var files = new List<string>();
        foreach (var name in TeiTestSupport.Names)
        {
            var path = Path.Combine(folder, name + ".tei.xml");
            File.WriteAllBytes(path, TeiTestSupport.WriteBytes(TeiTestSupport.Named(name)).Bytes);
            files.Add(path);
        }

        var control = Path.Combine(folder, "invalid-control.xml");
        File.WriteAllText(control, InvalidControl);

        var (exitCode, output) = ExternalTool.Run(jing, [schema, .. files, control]);

        var errors = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Contains(": error:", StringComparison.Ordinal) || line.Contains(": fatal:", StringComparison.Ordinal))
            .ToList();
        Assert.NotEqual(0, exitCode);
        Assert.Contains(errors, line => line.StartsWith(control, StringComparison.Ordinal));
        var ours = errors.Where(line => !line.StartsWith(control, StringComparison.Ordinal)).ToList();
        Assert.True(ours.Count == 0, "jing reported:\n" + string.Join("\n", ours));
        Directory.Delete(folder, recursive: true);
    }
}
