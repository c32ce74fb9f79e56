using System.Reflection;

namespace Pipeline.Core.Engine;

/// <summary>A hash of everything besides the input that decides what the outputs contain: formats, page size,
/// <c>--strict</c>, the build time stamped into undated documents and the tool version. Outputs recorded under
/// another fingerprint are rebuilt.</summary>
public static class OptionsFingerprint
{
    /// <summary>The tool's informational version (e.g. <c>0.1.0+3f2a…</c>).</summary>
    public static string ToolVersion { get; } =
        typeof(OptionsFingerprint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(OptionsFingerprint).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public static string Of(BatchOptions options)
    {
        var text = new StringBuilder()
            .Append("tool=").Append(ToolVersion).Append('\n')
            .Append("formats=").AppendJoin(',', options.Writers.Select(w => w.Name)).Append('\n')
            .Append("page-size=").Append(options.WriterOptions.PageSize).Append('\n')
            .Append("ui-language=").Append(options.WriterOptions.UiLanguage ?? "document").Append('\n')
            .Append("keep-index=").Append(options.WriterOptions.KeepIndex ? "yes" : "no").Append('\n')
            .Append("strict=").Append(options.Strict ? "yes" : "no").Append(StrictCodes(options)).Append('\n')
            .Append("build-time=").Append(options.WriterOptions.BuildTime?.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) ?? "none").Append('\n')
            .ToString();
        return ContentHash.Of(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Empty for plain <c>--strict</c> (so its fingerprint is unchanged), else <c>:PL012,PL031</c>.</summary>
    private static string StrictCodes(BatchOptions options) =>
        options.Strict && options.StrictCodes.Count > 0
            ? ":" + string.Join(',', options.StrictCodes.Select(Diagnostics.DiagnosticCodes.Name).Order(StringComparer.Ordinal))
            : "";
}
