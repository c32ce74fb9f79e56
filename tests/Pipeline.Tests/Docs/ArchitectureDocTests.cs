using System.Text.RegularExpressions;
using Pipeline.Core.Model;
using Pipeline.Formats;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Docs;

/// <summary>docs/architecture.md's data flow stays true: it names every registered reader and writer and every pass.</summary>
public sealed class ArchitectureDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "architecture.md"));

    private static string Section(string title)
    {
        var match = Regex.Match(Doc, "^## " + Regex.Escape(title) + "\n(.*?)(?=^## )", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(match.Success, $"docs/architecture.md has no '## {title}' section");
        return match.Groups[1].Value;
    }

    [Fact]
    public void Data_flow_lists_the_stages_in_order()
    {
        Assert.Contains("decode → read → normalise → check → passes → write → store", Section("Data flow"), StringComparison.Ordinal);
    }

    [Fact]
    public void Data_flow_names_every_registered_reader_and_writer()
    {
        var flow = Section("Data flow");
        var registry = BuiltInFormats.CreateRegistry();
        foreach (var name in registry.Readers.Select(r => r.Name).Concat(registry.Writers.Select(w => w.Name)))
            Assert.Contains("`" + name + "`", flow, StringComparison.Ordinal);
        var listed = Regex.Matches(Regex.Match(flow, @"\*\*read\*\*.*?(?=\* \*\*normalise)", RegexOptions.Singleline).Value, "`([a-z]+)`")
            .Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(listed, registry.Readers.Select(r => r.Name).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void Data_flow_names_every_pass()
    {
        var passes = Regex.Match(Section("Data flow"), @"\*\*passes\*\*.*?(?=\* \*\*write)", RegexOptions.Singleline).Value;
        Assert.NotEmpty(DocumentPasses.Names);
        foreach (var name in DocumentPasses.Names)
            Assert.Contains(name, passes, StringComparison.Ordinal);
    }
}
