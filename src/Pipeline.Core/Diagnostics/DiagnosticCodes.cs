using System.Collections.Frozen;
using System.Reflection;

namespace Pipeline.Core.Diagnostics;

/// <summary>The level every diagnostic of a <see cref="DiagnosticCode"/> has.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class LevelAttribute(DiagnosticSeverity severity) : Attribute
{
    public DiagnosticSeverity Severity { get; } = severity;
}

/// <summary>Names, levels and parsing of <see cref="DiagnosticCode"/>s.</summary>
public static class DiagnosticCodes
{
    private static readonly FrozenDictionary<DiagnosticCode, DiagnosticSeverity> Levels = typeof(DiagnosticCode)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .ToFrozenDictionary(
            f => (DiagnosticCode)f.GetValue(null)!,
            f => f.GetCustomAttribute<LevelAttribute>()?.Severity ?? throw new InvalidOperationException($"DiagnosticCode.{f.Name} has no [Level]"));

    /// <summary>Every code, in number order.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } = [.. Levels.Keys.Order()];

    /// <summary><c>PL012</c>.</summary>
    public static string Name(DiagnosticCode code) => "PL" + ((int)code).ToString("000", CultureInfo.InvariantCulture);

    public static DiagnosticSeverity SeverityOf(DiagnosticCode code) =>
        Levels.TryGetValue(code, out var severity) ? severity : throw new ArgumentOutOfRangeException(nameof(code), code, "not a diagnostic code");

    /// <summary>The code named <paramref name="text"/> (<c>PL012</c>, any case), or null when there is none.</summary>
    public static DiagnosticCode? Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length != 5 || !trimmed.StartsWith("PL", StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(trimmed.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return null;
        var code = (DiagnosticCode)number;
        return Levels.ContainsKey(code) ? code : null;
    }
}
