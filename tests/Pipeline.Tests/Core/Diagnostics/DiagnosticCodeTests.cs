using System.Text.RegularExpressions;
using Pipeline.Core.Diagnostics;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Core.Diagnostics;

/// <summary>Issue 16 item 2: the list of diagnostic codes is closed and documented; docs/diagnostics.md and
/// <see cref="DiagnosticCode"/> say the same; every call site uses a code of the level it reports.</summary>
public sealed partial class DiagnosticCodeTests
{
    [GeneratedRegex(@"^\| (?<code>PL\d{3}) \| (?<level>info|warning|error) \| (?<meaning>[^|]+) \| (?<todo>[^|]+) \|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^\| *PL", RegexOptions.Multiline)]
    private static partial Regex AnyCodeRow();

    // Diagnostic.Warning(DiagnosticCode.UnclosedBracket, … and the qualified form Core.Diagnostics.DiagnosticCode.X.
    [GeneratedRegex(@"Diagnostic\.(?<level>Info|Warning|Error)\(\s*(?:[\w.]*\.)?DiagnosticCode\.(?<name>\w+)")]
    private static partial Regex FactoryCall();

    [GeneratedRegex(@"\bDiagnosticCode\.(?<name>\w+)")]
    private static partial Regex AnyUse();

    [Fact]
    public void Every_code_is_documented_every_documented_code_exists_and_the_levels_match()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"));
        var rows = TableRow().Matches(text).ToList();
        Assert.Equal(AnyCodeRow().Matches(text).Count, rows.Count); // no malformed row slips past the pattern
        var documented = rows.ToDictionary(r => r.Groups["code"].Value, r => r.Groups["level"].Value);
        Assert.Equal(rows.Count, documented.Count); // each code once

        var inCode = DiagnosticCodes.All.ToDictionary(DiagnosticCodes.Name, c => DiagnosticCodes.SeverityOf(c).ToString().ToLowerInvariant());
        Assert.Equal(inCode.Keys.Order(StringComparer.Ordinal), documented.Keys.Order(StringComparer.Ordinal));
        foreach (var (code, level) in inCode)
            Assert.True(documented[code] == level, $"{code} is {level} in DiagnosticCode but {documented[code]} in docs/diagnostics.md");
        Assert.All(rows, r => Assert.True(r.Groups["todo"].Value.Trim().Length > 0, r.Value));
    }

    [Fact]
    public void Every_call_site_uses_a_code_of_its_own_level_and_every_code_is_used()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.EndsWith("DiagnosticCode.cs", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(RepoPaths.Root, f), File.ReadAllText);
        var calls = sources.SelectMany(s => FactoryCall().Matches(s.Value).Select(m => (File: s.Key, Level: m.Groups["level"].Value, Name: m.Groups["name"].Value))).ToList();
        Assert.True(calls.Count >= 100, $"only {calls.Count} Diagnostic.Info/Warning/Error calls with a code found");

        var mismatched = calls
            .Where(c => !Enum.TryParse<DiagnosticCode>(c.Name, out var code) || DiagnosticCodes.SeverityOf(code).ToString() != c.Level)
            .Select(c => $"{c.File}: Diagnostic.{c.Level}(DiagnosticCode.{c.Name})")
            .ToList();
        Assert.True(mismatched.Count == 0, "codes created at another level than their own:\n" + string.Join("\n", mismatched));

        var used = sources.Values.SelectMany(s => AnyUse().Matches(s).Select(m => m.Groups["name"].Value)).ToHashSet(StringComparer.Ordinal);
        var unused = DiagnosticCodes.All.Where(c => !used.Contains(c.ToString())).Select(c => $"{DiagnosticCodes.Name(c)} {c}").ToList();
        Assert.True(unused.Count == 0, "codes no code reports (remove them, or say where they come from):\n" + string.Join("\n", unused));
    }

    [Fact]
    public void Codes_are_named_PL_and_three_digits_and_parse_back_in_any_case()
    {
        Assert.All(DiagnosticCodes.All, c =>
        {
            var name = DiagnosticCodes.Name(c);
            Assert.Matches("^PL[0-9]{3}$", name);
            Assert.Equal(c, DiagnosticCodes.Parse(name));
            Assert.Equal(c, DiagnosticCodes.Parse(name.ToLowerInvariant()));
        });
        Assert.Equal("PL018", DiagnosticCodes.Name(DiagnosticCode.UnclosedBracket));
        Assert.Null(DiagnosticCodes.Parse("PL999"));
        Assert.Null(DiagnosticCodes.Parse("PL18"));
        Assert.Null(DiagnosticCodes.Parse("XX018"));
    }

    [Fact]
    public void A_code_created_at_another_level_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => Diagnostic.Info(DiagnosticCode.UnclosedBracket, "never closed"));
        Assert.Contains("PL018", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagnostic_prints_its_code_and_keeps_its_arguments_in_order()
    {
        var diagnostic = Diagnostic.Warning(DiagnosticCode.LabelAmbiguous, "label 'Lee' could be 'Anna Lee' or 'Bo Lee'; kept apart", 12, 1)
            .With("label", "Lee").With("candidates", "Anna Lee, Bo Lee").With("count", 2);

        Assert.Equal("warning PL016 12:1: label 'Lee' could be 'Anna Lee' or 'Bo Lee'; kept apart", diagnostic.ToString());
        Assert.Equal("info PL010: first line taken as the title", Diagnostic.Info(DiagnosticCode.TitleFromFirstLine, "first line taken as the title").ToString());
        Assert.Equal(["label", "candidates", "count"], diagnostic.Arguments.Select(a => a.Name));
        Assert.Equal("Lee", diagnostic.Argument("label"));
        Assert.True(diagnostic.Arguments[2].IsNumber);
        Assert.Null(diagnostic.Argument("speaker"));
    }
}
